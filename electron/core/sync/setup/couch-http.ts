import { request, type Dispatcher } from 'undici';
import { refusalForUrl, type NetworkReach, type Resolver } from '../../net/address-rule';
import { createGuardedDispatcher, isAddressRefused } from '../../net/guarded-dispatcher';
import { classifyCouchAnswer, type CouchOutcome, type CouchStep } from './couch-answers';
import { SyncRefused } from './sync-refused';

/**
 * Requests to the sync server while setting up and joining: through undici with the guarded
 * dispatcher (the address rule on every connection), Basic credentials in a header (never in the
 * URL), JSON both ways, a bounded body.
 *
 * | situation                                        | result                                |
 * |--------------------------------------------------|---------------------------------------|
 * | not http(s), credentials or a query in the URL   | `bad_url`, no request                 |
 * | own computer/network without the user's choice   | `address_refused`, no request         |
 * | http:// to a server on the internet              | `needs_https`, no request: Basic      |
 * |                                                  | credentials would cross it in clear   |
 * |                                                  | (http:// stays for the own network —  |
 * |                                                  | a NAS or Docker at home — and says so)|
 * | a name resolving into the own network (rebinding)| `address_refused` (the dispatcher)    |
 * | no answer (refused, DNS, timeout)                | `unreachable`                         |
 * | an answer                                        | its status and JSON body (null when not JSON) |
 */
export const COUCH_TIMEOUT_MS = 15_000;
const MAX_BODY_BYTES = 1_000_000;

export interface CouchCredentials {
  username: string;
  password: string;
}

export interface CouchClientOptions {
  reach: NetworkReach;
  resolve?: Resolver;
  timeoutMs?: number;
}

/** The server's base URL in one form: http(s), no credentials, query or fragment, ending in `/`. */
export function normalizeServerUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new SyncRefused('bad_url');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') throw new SyncRefused('bad_url');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

export class CouchClient {
  private readonly dispatcher: Dispatcher;
  readonly base: URL;

  constructor(
    serverUrl: string,
    private readonly options: CouchClientOptions,
  ) {
    this.base = normalizeServerUrl(serverUrl);
    if (refusalForUrl(this.base, options.reach) !== null) throw new SyncRefused('address_refused');
    if (this.base.protocol === 'http:' && options.reach === 'public') throw new SyncRefused('needs_https');
    this.dispatcher = createGuardedDispatcher({ reach: options.reach, ...(options.resolve ? { resolve: options.resolve } : {}), connectTimeoutMs: options.timeoutMs ?? COUCH_TIMEOUT_MS });
  }

  /** One request; `path` is relative to the base (each segment already encoded). */
  async send(method: 'GET' | 'PUT', path: string, auth: CouchCredentials | null, body?: unknown): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (auth) headers['authorization'] = `Basic ${Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      const answer = await request(new URL(path, this.base), {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        dispatcher: this.dispatcher,
        headersTimeout: this.options.timeoutMs ?? COUCH_TIMEOUT_MS,
        bodyTimeout: this.options.timeoutMs ?? COUCH_TIMEOUT_MS,
      });
      const text = await readBounded(answer.body);
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
      return { status: answer.statusCode, body: json };
    } catch (error) {
      if (error instanceof SyncRefused) throw error;
      throw new SyncRefused(isAddressRefused(error) ? 'address_refused' : 'unreachable');
    }
  }

  /** A request whose answer is classified for `step`; refusals are thrown, 'ok'/'exists'/'missing' returned. */
  async step(step: CouchStep, method: 'GET' | 'PUT', path: string, auth: CouchCredentials | null, body?: unknown): Promise<{ outcome: 'ok' | 'exists' | 'missing'; body: unknown }> {
    const answer = await this.send(method, path, auth, body);
    const outcome: CouchOutcome = classifyCouchAnswer(step, answer.status, answer.body);
    if (outcome === 'ok' || outcome === 'exists' || outcome === 'missing') return { outcome, body: answer.body };
    if (outcome === 'unexpected') throw new SyncRefused('not_couchdb', `The server answered ${answer.status} where CouchDB would not; check the address.`);
    throw new SyncRefused(outcome);
  }

  close(): Promise<void> {
    return this.dispatcher.close();
  }
}

async function readBounded(body: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new SyncRefused('not_couchdb');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
