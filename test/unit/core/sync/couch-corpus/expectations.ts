import type { CouchOutcome } from '../../../../../electron/core/sync/setup/couch-answers';

/**
 * What each answer must mean, from the protocol and from what the user must be told: a wrong
 * administrator password is not "not an admin"; a rate limit or a server error is worth trying
 * again (unreachable), not a refusal; an HTML page on the address is not a CouchDB server.
 * Every expectation is strict.
 */
export const EXPECTED: Record<string, CouchOutcome> = {
  'apache-couchdb-3-root': 'ok',
  'cloudant-root': 'ok',
  'pouchdb-server-root': 'ok',
  'router-login-page': 'not_couchdb',
  'nginx-404': 'not_couchdb',
  'other-json-api': 'not_couchdb',
  'create-db-created': 'ok',
  'create-db-accepted': 'ok',
  'create-db-exists': 'exists',
  'create-db-exists-pouchdb': 'exists',
  'create-db-wrong-password': 'admin_auth',
  'create-db-not-admin': 'not_admin',
  'create-db-forbidden': 'not_admin',
  'create-db-illegal-name': 'unexpected',
  'cloudant-rate-limited': 'unreachable',
  'server-error': 'unreachable',
  'insufficient-storage': 'full',
  'put-user-created': 'ok',
  'put-user-exists': 'exists',
  'put-user-no-users-db': 'missing',
  'put-security-ok': 'ok',
  'member-reads': 'ok',
  'member-wrong-password': 'auth',
  'member-not-a-member': 'auth',
  'member-db-deleted': 'not_found',
};
