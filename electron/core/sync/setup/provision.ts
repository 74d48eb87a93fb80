import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { NetworkReach, Resolver } from '../../net/address-rule';
import { CouchClient, type CouchCredentials } from './couch-http';
import { SyncRefused } from './sync-refused';

/**
 * Provisioning a job search on a CouchDB server with the administrator's account (used for these
 * requests only, never kept): its database, a member user with a random password, and the
 * database's `_security` naming that user as its only member.
 *
 * | step                               | already there (a retry)                                    |
 * |------------------------------------|------------------------------------------------------------|
 * | GET / — a CouchDB server?          | —                                                          |
 * | PUT /{db}                          | 412: ours when its members are our user, or it has neither |
 * |                                    | members nor documents (an interrupted attempt); otherwise  |
 * |                                    | `name_taken`, nothing changed                              |
 * | PUT /_users/org.couchdb.user:{u}   | 409: the user is read and written again with the new       |
 * |                                    | password (its `_rev`), so the caller's password is the one |
 * |                                    | 404: no `_users` yet (single-node CouchDB 3 before its     |
 * |                                    | setup) — `PUT /_users`, then the user again                |
 * | PUT /{db}/_security                | written again, the same value                              |
 * | GET /{db} as the member            | proves the member can read it before anything is saved     |
 *
 * Database names follow CouchDB's rule: `^[a-z][a-z0-9_$()+/-]*$`, at most 238 characters.
 */
export const DATABASE_NAME_RULE = /^[a-z][a-z0-9_$()+/-]*$/;
export const MAX_DATABASE_NAME = 238;

/** `hearback-<the user's name, folded>-<seed>`: valid for CouchDB whatever the name holds. */
export function databaseNameFor(label: string, seed: string): string {
  const folded = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const safeSeed =
    seed
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 32) || 'x';
  return ['hearback', folded || 'job-search', safeSeed].join('-');
}

export const memberUserFor = (seed: string): string =>
  `hearback-${
    seed
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 32) || 'x'
  }`;

/** 192 random bits: the member's password is never typed, only carried in the setup code. */
export const newMemberPassword = (): string => randomBytes(24).toString('base64url');

export interface ProvisionRequest {
  serverUrl: string;
  admin: CouchCredentials;
  reach: NetworkReach;
  database: string;
  member: CouchCredentials;
  resolve?: Resolver;
  timeoutMs?: number;
}

const SecuritySchema = z
  .object({
    members: z
      .object({ names: z.array(z.string()).optional(), roles: z.array(z.string()).optional() })
      .loose()
      .optional(),
    admins: z
      .object({ names: z.array(z.string()).optional(), roles: z.array(z.string()).optional() })
      .loose()
      .optional(),
  })
  .loose();
const DbInfoSchema = z.object({ doc_count: z.number() }).loose();
const UserDocSchema = z.object({ _rev: z.string() }).loose();

/** Creates (or finishes creating) the database and its member; returns the server URL in its one form. */
export async function provision(req: ProvisionRequest): Promise<{ serverUrl: string }> {
  if (!DATABASE_NAME_RULE.test(req.database) || req.database.length > MAX_DATABASE_NAME) throw new Error(`Not a CouchDB database name: ${req.database}`);
  const client = new CouchClient(req.serverUrl, { reach: req.reach, ...(req.resolve ? { resolve: req.resolve } : {}), ...(req.timeoutMs ? { timeoutMs: req.timeoutMs } : {}) });
  const db = encodeURIComponent(req.database);
  const userId = `org.couchdb.user:${req.member.username}`;
  try {
    await client.step('welcome', 'GET', '', null);
    const created = await client.step('create-db', 'PUT', db, req.admin);
    if (created.outcome === 'exists') await claimExisting(client, db, req);
    const userDoc = { _id: userId, name: req.member.username, password: req.member.password, roles: [], type: 'user' };
    let user = await client.step('put-user', 'PUT', `_users/${encodeURIComponent(userId)}`, req.admin, userDoc);
    if (user.outcome === 'missing') {
      await client.step('create-db', 'PUT', '_users', req.admin);
      user = await client.step('put-user', 'PUT', `_users/${encodeURIComponent(userId)}`, req.admin, userDoc);
      if (user.outcome === 'missing') throw new SyncRefused('not_couchdb');
    }
    if (user.outcome === 'exists') {
      const current = await client.step('read', 'GET', `_users/${encodeURIComponent(userId)}`, req.admin);
      const rev = UserDocSchema.safeParse(current.body);
      if (!rev.success) throw new SyncRefused('not_couchdb');
      await client.step('put-user', 'PUT', `_users/${encodeURIComponent(userId)}`, req.admin, { ...userDoc, _rev: rev.data._rev });
    }
    // `couchdb_auth_only`: IBM Cloudant checks `_users` members only with it (its own IAM otherwise);
    // Apache CouchDB keeps the field and ignores it.
    await client.step('put-security', 'PUT', `${db}/_security`, req.admin, { admins: { names: [], roles: [] }, members: { names: [req.member.username], roles: [] }, couchdb_auth_only: true });
    await client.step('member-check', 'GET', db, req.member);
    return { serverUrl: client.base.href };
  } finally {
    await client.close();
  }
}

async function claimExisting(client: CouchClient, db: string, req: ProvisionRequest): Promise<void> {
  const security = SecuritySchema.safeParse((await client.step('read', 'GET', `${db}/_security`, req.admin)).body);
  if (!security.success) throw new SyncRefused('not_couchdb');
  const members = [...(security.data.members?.names ?? []), ...(security.data.members?.roles ?? [])];
  if (members.length === 1 && members[0] === req.member.username) return;
  if (members.length > 0) throw new SyncRefused('name_taken');
  const info = DbInfoSchema.safeParse((await client.step('read', 'GET', db, req.admin)).body);
  if (!info.success) throw new SyncRefused('not_couchdb');
  if (info.data.doc_count > 0) throw new SyncRefused('name_taken');
}

/** For a joining computer: the server answers as CouchDB and the member may read the database. */
export async function checkMemberAccess(serverUrl: string, database: string, member: CouchCredentials, reach: NetworkReach, options: { resolve?: Resolver; timeoutMs?: number } = {}): Promise<void> {
  const client = new CouchClient(serverUrl, { reach, ...options });
  try {
    await client.step('welcome', 'GET', '', null);
    await client.step('member-check', 'GET', encodeURIComponent(database), member);
  } finally {
    await client.close();
  }
}
