import { PouchDB, type PouchDatabase } from './pouch';
import { fetch as undiciFetch, type Dispatcher } from 'undici';
import { refusalForUrl, type NetworkReach } from '../../net/address-rule';
import { createGuardedDispatcher, isAddressRefused } from '../../net/guarded-dispatcher';
import type { SyncConnection, SyncRefusalReason } from '../sync-port';

/**
 * The server's database as PouchDB sees it, every request going through the address rule (the
 * guarded undici dispatcher): a server on the user's own network (loopback, a NAS on a private
 * address) is reached only when the connection says `reach: 'own-network'`.
 *
 * What a failure means (`classifyFailure`):
 *
 * | the server answered / the request failed with        | status shown             |
 * |-------------------------------------------------------|--------------------------|
 * | 401, 403                                              | refused: auth            |
 * | 507, or a write refused for space (`insufficient_storage`, `file_exists` quota) | refused: full |
 * | 404 on the database                                   | refused: not_found       |
 * | the address rule refused the server                   | refused: address_refused |
 * | a refused connection, no such name, a timeout, a reset, 5xx | offline (retried with backoff) |
 * | (a request with no answer reaches PouchDB as a 503 naming why; an address refusal keeps its reason) | |
 */
export type Failure = { kind: 'refused'; reason: SyncRefusalReason } | { kind: 'offline' };

export function connectionReach(connection: SyncConnection): NetworkReach {
  return connection.reach ?? 'public';
}

export interface RemoteDatabase {
  db: PouchDatabase;
  close(): Promise<void>;
}

/**
 * How long the server may keep silent on a request: longer than the live changes feed's heartbeat
 * (PouchDB's 10 s), so only a server that accepts connections and never answers trips it — which
 * then shows as offline instead of "syncing" for ever.
 */
export const SERVER_SILENCE_MS = 60_000;

/** Null and a refusal when the address rule refuses the URL before any request. */
export function openRemote(connection: SyncConnection, options: { silenceTimeoutMs?: number } = {}): RemoteDatabase | { refused: SyncRefusalReason } {
  let base: URL;
  try {
    base = new URL(connection.serverUrl);
  } catch {
    return { refused: 'unreachable' };
  }
  if (base.username || base.password || refusalForUrl(base, connectionReach(connection)) !== null) return { refused: 'address_refused' };
  const dispatcher: Dispatcher = createGuardedDispatcher({ reach: connectionReach(connection), connectTimeoutMs: 10_000, silenceTimeoutMs: options.silenceTimeoutMs ?? SERVER_SILENCE_MS });
  const dbUrl = new URL(encodeURIComponent(connection.database), base.href.endsWith('/') ? base : `${base.href}/`);
  const guardedFetch = (url: string | Request, init?: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {};
    const given = init?.headers as { forEach?: (fn: (value: string, key: string) => void) => void } | undefined;
    given?.forEach?.((value, key) => (headers[key] = value));
    return (
      undiciFetch(String(url), {
        method: init?.method,
        headers,
        body: init?.body as string | undefined,
        signal: init?.signal ?? undefined,
        dispatcher,
      }) as unknown as Promise<Response>
    ).catch((error: unknown) => noAnswer(error));
  };
  const db = new PouchDB(dbUrl.href, {
    skip_setup: true,
    auth: { username: connection.username, password: connection.password },
    fetch: guardedFetch,
  });
  return {
    db,
    async close() {
      await db.close().catch(() => undefined);
      await dispatcher.close().catch(() => undefined);
    },
  };
}

/**
 * A request that got no answer becomes a 503 answer PouchDB reads like any refusal: some of its
 * internal requests (a replication's `info()`) do not catch a rejected fetch, which would surface as
 * an unhandled rejection instead of an offline status.
 */
function noAnswer(error: unknown): Response {
  const refused = isAddressRefused(error);
  const body = JSON.stringify({ error: refused ? ADDRESS_REFUSED_ERROR : 'unreachable', reason: String((error as Error)?.message ?? error) });
  return new Response(body, { status: 503, headers: { 'content-type': 'application/json' } });
}

const ADDRESS_REFUSED_ERROR = 'address_refused';

export function classifyFailure(error: unknown): Failure {
  if (isAddressRefused(error) || (error as { error?: unknown } | null)?.error === ADDRESS_REFUSED_ERROR) return { kind: 'refused', reason: 'address_refused' };
  const e = (error ?? {}) as { status?: unknown; name?: unknown; error?: unknown; reason?: unknown };
  const status = typeof e.status === 'number' ? e.status : 0;
  if (status === 401 || status === 403) return { kind: 'refused', reason: 'auth' };
  if (status === 507 || e.error === 'insufficient_storage') return { kind: 'refused', reason: 'full' };
  if (status === 404 && (e.reason === 'no_db_file' || e.reason === 'Database does not exist.' || e.error === 'not_found')) return { kind: 'refused', reason: 'not_found' };
  return { kind: 'offline' };
}
