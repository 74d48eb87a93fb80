import type { SyncRefusalReason } from '../sync-port';

/** Why setting up or joining stopped, besides the engine's refusals: said to the user by `refusalSentence`. */
export type SetupRefusalReason = SyncRefusalReason | 'admin_auth' | 'not_couchdb' | 'name_taken' | 'not_admin' | 'bad_code' | 'bad_url' | 'needs_https';

/** A refusal with its reason code; the message is the user's sentence. */
export class SyncRefused extends Error {
  constructor(
    readonly reason: SetupRefusalReason,
    message: string = refusalSentence(reason),
  ) {
    super(message);
    this.name = 'SyncRefused';
  }
}

/**
 * | reason          | what the user reads                                                                     |
 * |-----------------|-----------------------------------------------------------------------------------------|
 * | auth            | the member user's name or password is not accepted                                      |
 * | admin_auth      | the administrator's name or password is not accepted                                    |
 * | not_admin       | that account may not create databases                                                   |
 * | full            | the server has no room left                                                             |
 * | unreachable     | no answer from the server                                                               |
 * | not_found       | the database is gone                                                                    |
 * | address_refused | a server on the user's own network needs their "on my own network" choice               |
 * | wrong_passphrase| the passphrase does not open this code or these records                                 |
 * | not_couchdb     | the address answers, but not as a CouchDB server                                        |
 * | name_taken      | the database exists and belongs to someone else                                         |
 * | bad_code        | the setup code is not one (cut short, mistyped)                                         |
 * | bad_url         | not an http(s) address, or it carries a name/password                                   |
 * | needs_https     | http:// to a server on the internet: its passwords would cross the internet in clear    |
 */
export function refusalSentence(reason: SetupRefusalReason): string {
  switch (reason) {
    case 'auth':
      return 'The sync server does not accept this computer’s sync user name or password.';
    case 'admin_auth':
      return 'The server does not accept that administrator name or password.';
    case 'not_admin':
      return 'That account may not create databases on the server; use the server administrator’s account.';
    case 'full':
      return 'The sync server has no room left; free space on it (or raise its quota), and syncing carries on.';
    case 'unreachable':
      return 'The sync server does not answer; check the address and that it is running. Hearback tries again by itself.';
    case 'not_found':
      return 'The job search’s database is gone from the sync server.';
    case 'address_refused':
      return 'That server is on your own computer or network; tick “This server is on my own network” to connect to it.';
    case 'wrong_passphrase':
      return 'That passphrase does not open it; check the passphrase and try again.';
    case 'not_couchdb':
      return 'That address answers, but not as a CouchDB server; check the address (for Docker usually http://<computer>:5984).';
    case 'name_taken':
      return 'A database with this job search’s name already exists on the server and belongs to someone else.';
    case 'bad_code':
      return 'That is not a complete setup code; copy the whole code from the first computer again.';
    case 'bad_url':
      return 'Enter the server’s address starting with https:// or http://, without a user name or password in it.';
    case 'needs_https':
      return 'A server on the internet must be reached with https://; over http:// its passwords would travel unencrypted.';
  }
}
