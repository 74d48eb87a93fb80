import { HearbackError } from '../../../../shared/contract';
import { SyncRefused, type SetupRefusalReason } from './sync-refused';

/**
 * A setup refusal as the contract says it: the sentence is the user's; the field it is about (when
 * one is) is named so the form shows it beside that field.
 *
 * | reasons                                        | code            | field           |
 * |------------------------------------------------|-----------------|-----------------|
 * | bad_url, not_couchdb, needs_https              | invalid_request | serverUrl       |
 * | address_refused                                | invalid_request | ownNetwork      |
 * | admin_auth                                     | invalid_request | adminPassword   |
 * | not_admin                                      | invalid_request | adminUser       |
 * | bad_code                                       | invalid_request | code            |
 * | wrong_passphrase                               | invalid_request | passphrase      |
 * | name_taken, auth, not_found, full, unreachable | unavailable     | —               |
 */
const FIELD: Partial<Record<SetupRefusalReason, string>> = {
  bad_url: 'serverUrl',
  not_couchdb: 'serverUrl',
  needs_https: 'serverUrl',
  address_refused: 'ownNetwork',
  admin_auth: 'adminPassword',
  not_admin: 'adminUser',
  bad_code: 'code',
  wrong_passphrase: 'passphrase',
};

export function toContractError(error: unknown): HearbackError | Error {
  if (error instanceof HearbackError) return error;
  if (!(error instanceof SyncRefused)) return error instanceof Error ? error : new Error(String(error));
  const field = FIELD[error.reason];
  return field === undefined ? new HearbackError('unavailable', error.message) : new HearbackError('invalid_request', error.message, [{ path: field, message: error.message }]);
}
