import { refusalForUrl, type NetworkReach, type Resolver } from '../net/address-rule';
import { isAddressRefused } from '../net/guarded-dispatcher';
import { reachFetch } from './caldav-failure';
import { isTlsFailure } from './error-codes';
import type { SourceProblem } from '../../../shared/contract/methods/calendar';

/**
 * One conditional GET of an ICS feed. The address is a secret: it is never put in an error,
 * a log line or a status; failures come back as a problem code.
 *
 * | What happened                                    | Result                         |
 * | ------------------------------------------------ | ------------------------------ |
 * | 304 Not Modified (If-None-Match / If-Modified-Since) | `unchanged`                |
 * | 2xx                                              | `changed`, the text, new validators |
 * | 401 / 403                                        | `unauthorized`                 |
 * | 404 / 410                                        | `not-found`                    |
 * | other status                                     | `http` (the status kept)       |
 * | certificate problems                             | `tls`                          |
 * | no answer within `timeoutMs` (headers or body)   | `timeout`                      |
 * | body over `maxBytes` (declared or while reading) | `too-large`, reading stops     |
 * | the address, or a redirect, on this computer or a private network, unless `reach` is `own-network` (the one address rule, net/) | `own-network`, nothing sent there |
 * | anything else (DNS, refused)                     | `network`                      |
 */
export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export type FeedFetch = { kind: 'unchanged' } | { kind: 'changed'; text: string; validators: FeedValidators } | { kind: 'failed'; problem: SourceProblem; status: number | null };

export interface FeedFetchOptions {
  timeoutMs: number;
  maxBytes: number;
  reach: NetworkReach;
  resolve?: Resolver;
  /** The fetch underneath; undici's through the guarded dispatcher for `reach` unless given. */
  fetch?: typeof fetch;
}

export const FEED_TIMEOUT_MS = 30_000;
export const FEED_MAX_BYTES = 20 * 1024 * 1024;

/** webcal:// is https:// by convention (Apple, Google and Outlook hand out both). */
export function feedHttpUrl(url: string): string {
  return url.trim().replace(/^webcals?:\/\//i, 'https://');
}

export async function fetchFeed(url: string, validators: FeedValidators, options: FeedFetchOptions = { timeoutMs: FEED_TIMEOUT_MS, maxBytes: FEED_MAX_BYTES, reach: 'public' }): Promise<FeedFetch> {
  let address: URL;
  try {
    address = new URL(feedHttpUrl(url));
  } catch {
    return { kind: 'failed', problem: 'network', status: null };
  }
  if (refusalForUrl(address, options.reach) !== null) return { kind: 'failed', problem: 'own-network', status: null };
  const fetchVia = options.fetch ?? reachFetch(options.reach, options.resolve);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'text/calendar, */*;q=0.5' };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    // Redirects are followed through the same dispatcher: every hop's address is checked when connecting.
    const response = await fetchVia(address.href, { headers, signal: controller.signal, redirect: 'follow' });
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'unchanged' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      const problem: SourceProblem = response.status === 401 || response.status === 403 ? 'unauthorized' : response.status === 404 || response.status === 410 ? 'not-found' : 'http';
      return { kind: 'failed', problem, status: response.status };
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > options.maxBytes) {
      await response.body?.cancel();
      return { kind: 'failed', problem: 'too-large', status: response.status };
    }
    const text = await readLimited(response, options.maxBytes);
    if (text === null) return { kind: 'failed', problem: 'too-large', status: response.status };
    return { kind: 'changed', text, validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') } };
  } catch (error) {
    if (isAddressRefused(error)) return { kind: 'failed', problem: 'own-network', status: null };
    if (controller.signal.aborted) return { kind: 'failed', problem: 'timeout', status: null };
    return { kind: 'failed', problem: isTlsFailure(error) ? 'tls' : 'network', status: null };
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, or null once it grows past `maxBytes` (the rest is not read). */
async function readLimited(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}
