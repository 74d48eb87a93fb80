import { z } from 'zod';
import type { SetupRefusalReason } from './sync-refused';

/**
 * What a CouchDB-protocol server's answers mean while setting up, one table per request. The
 * bodies are CouchDB's `{"error", "reason"}` objects (CouchDB API reference, "HTTP status codes";
 * couch_httpd's error mapping); pouchdb-server answers the same codes.
 *
 * | request                          | answer                                     | meaning           |
 * |----------------------------------|--------------------------------------------|-------------------|
 * | GET /                            | 200 with `couchdb: "Welcome"` (Apache      | a CouchDB server  |
 * |                                  |   CouchDB, Cloudant) or `express-pouchdb`  |                   |
 * |                                  |   (pouchdb-server)                         |                   |
 * |                                  | anything else (HTML, another JSON, 404)    | not_couchdb       |
 * | any, as the administrator        | 401 "Name or password is incorrect."       | admin_auth        |
 * |                                  | 401/403 "You are not a server admin." or   | not_admin         |
 * |                                  |   `forbidden`                              |                   |
 * | any                              | 507, or a reason naming quota/space        | full              |
 * |                                  | 5xx (other), 429                            | unreachable (retry) |
 * | PUT /{db}                        | 201, 202                                   | created           |
 * |                                  | 412 `file_exists`                          | exists (then its  |
 * |                                  |                                            |   members decide) |
 * | PUT /_users/org.couchdb.user:{n} | 201, 202                                   | created           |
 * |                                  | 409 `conflict`                             | exists (updated   |
 * |                                  |                                            |   with its _rev)  |
 * |                                  | 404 `not_found` — no `_users` database (a  | missing: created, |
 * |                                  |   new single-node CouchDB 3, e.g. Docker)  |   then again      |
 * | PUT /{db}/_security              | 200 `{"ok":true}`                          | set               |
 * | GET /{db} as the member          | 200                                        | the member reads  |
 * |                                  | 401 / 403                                  | auth              |
 */
export type CouchStep = 'welcome' | 'create-db' | 'put-user' | 'put-security' | 'member-check' | 'read';

export type CouchOutcome = 'ok' | 'exists' | 'missing' | SetupRefusalReason | 'unexpected';

const ErrorBodySchema = z.object({ error: z.string(), reason: z.string().optional() }).loose();
const WelcomeSchema = z.union([z.object({ couchdb: z.literal('Welcome') }).loose(), z.object({ 'express-pouchdb': z.string() }).loose()]);

function errorBody(body: unknown): { error: string; reason: string } | null {
  const parsed = ErrorBodySchema.safeParse(body);
  return parsed.success ? { error: parsed.data.error, reason: parsed.data.reason ?? '' } : null;
}

/** The outcome of one answer (`body` is the parsed JSON, or null when it was not JSON). */
export function classifyCouchAnswer(step: CouchStep, status: number, body: unknown): CouchOutcome {
  if (step === 'welcome') return status === 200 && WelcomeSchema.safeParse(body).success ? 'ok' : 'not_couchdb';
  const error = errorBody(body);
  const text = `${error?.error ?? ''} ${error?.reason ?? ''}`.toLowerCase();
  if (status === 507 || /quota|no space|disk.*full|insufficient storage|too_large_db/.test(text)) return 'full';
  if (status === 429 || status >= 500) return 'unreachable';
  if (status === 401 || status === 403) {
    if (step === 'member-check' || step === 'read') return 'auth';
    if (/not a server admin|admin/.test(text) && !/incorrect/.test(text)) return 'not_admin';
    if (status === 403 || error?.error === 'forbidden') return 'not_admin';
    return 'admin_auth';
  }
  if (status === 404 && (step === 'member-check' || step === 'read')) return 'not_found';
  switch (step) {
    case 'create-db':
      if (status === 201 || status === 202) return 'ok';
      if (status === 412 && error?.error === 'file_exists') return 'exists';
      return 'unexpected';
    case 'put-user':
      if (status === 201 || status === 202) return 'ok';
      if (status === 409) return 'exists';
      if (status === 404) return 'missing';
      return 'unexpected';
    case 'put-security':
    case 'member-check':
    case 'read':
      return status >= 200 && status < 300 ? 'ok' : 'unexpected';
  }
}
