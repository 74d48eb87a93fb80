import { fetch as undiciFetch, MockAgent, type Dispatcher, type Response } from 'undici';
import { refusalForUrl, type NetworkReach, type Resolver } from '../net/address-rule';
import { createGuardedDispatcher, isAddressRefused } from '../net/guarded-dispatcher';

/**
 * One page fetched for a capture, within these limits (a posting page is never larger or slower):
 *
 * | limit                         | value                   | when exceeded                      |
 * |-------------------------------|-------------------------|------------------------------------|
 * | schemes                       | http:, https:           | refused before any request         |
 * | size                          | 5 MB (declared or read) | stopped, "larger than 5 MB"        |
 * | time                          | 10 s, redirects included| stopped, "did not answer in 10 s"  |
 * | redirects                     | 5, each hop re-checked  | "redirects too many times"         |
 * | cookies                       | none sent, none kept    | —                                  |
 * | user agent                    | "Hearback/<version> …"  | —                                  |
 * | host and address              | the one address rule    | refused by name per hop, and per   |
 * |                               | (net/address-rule.ts)   | connection after DNS; connected to |
 * |                               |                         | the address that was checked       |
 *
 * Nothing in the answer is run: the body is read as text and scanned (shared/capture).
 */
export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

export const CAPTURE_LIMITS: FetchLimits = { maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5 };

export type { Resolver };

export interface FetchOptions {
  limits: FetchLimits;
  /** Whether this computer and the user's own network may be reached (browser mode's --capture-local-pages). */
  reach: NetworkReach;
  resolve?: Resolver;
  /**
   * Tests only (the capture corpus answers for the boards' real hosts): undici's MockAgent instead
   * of the guarded dispatcher. Only a MockAgent is taken, and its real connections are switched off
   * here, so this option can answer from a script but never reach an address the rule refuses.
   * Not closed here.
   */
  mockAgent?: MockAgent;
  userAgent: string;
  accept: 'html' | 'json';
}

/** The test's MockAgent with real connections off, or null; anything else given here is refused. */
function scriptedAgent(agent: MockAgent | undefined): Dispatcher | null {
  if (agent === undefined) return null;
  if (!(agent instanceof MockAgent)) throw new Error('fetchPage: mockAgent must be an undici MockAgent');
  agent.disableNetConnect();
  return agent;
}

export interface FetchedPage {
  /** The address after redirects. */
  url: string;
  status: number;
  contentType: string;
  body: string;
}

/** A capture that could not read the page; `message` is the sentence the user sees. */
export class CaptureFailure extends Error {
  readonly status: number | null;
  constructor(message: string, status: number | null = null) {
    super(message);
    this.name = 'CaptureFailure';
    this.status = status;
  }
}

/** The link as a URL Hearback may fetch, or a failure saying why not. */
export function captureUrl(input: string): URL {
  const trimmed = input.trim();
  if (trimmed === '') throw new CaptureFailure('Paste the link of a job posting (it starts with https://).');
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw new CaptureFailure(`“${trimmed.slice(0, 80)}” is not a link. Paste the posting's address from the browser's address bar.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CaptureFailure(`Only web links (https:// or http://) can be captured; this is a ${url.protocol} link.`);
  }
  if (url.username || url.password) throw new CaptureFailure('Links with a user name or password in them are not fetched.');
  if (!url.hostname.includes('.') && !/^\[|^\d/.test(url.hostname) && url.hostname !== 'localhost') {
    throw new CaptureFailure(`“${trimmed.slice(0, 80)}” is not a link. Paste the posting's address from the browser's address bar.`);
  }
  return url;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function charsetOf(contentType: string): string {
  const match = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  return match?.[1] ?? 'utf-8';
}

function decode(bytes: Uint8Array, contentType: string): string {
  try {
    return new TextDecoder(charsetOf(contentType)).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw new CaptureFailure(`The page is larger than ${megabytes(maxBytes)}, so it was not read. Fill in the details by hand.`);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new CaptureFailure(`The page is larger than ${megabytes(maxBytes)}, so it was not read. Fill in the details by hand.`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

const ACCEPT = {
  html: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  json: 'application/json',
};

function acceptable(contentType: string, accept: FetchOptions['accept']): boolean {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (accept === 'json') return type === 'application/json' || type.endsWith('+json');
  return type === '' || type === 'text/html' || type === 'application/xhtml+xml';
}

function describeType(contentType: string): string {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/pdf') return 'a PDF file';
  if (type.startsWith('image/')) return 'an image';
  if (type === 'application/json' || type === 'text/plain') return `a ${type === 'text/plain' ? 'text' : 'JSON'} file`;
  return `a “${type}” file`;
}

export async function fetchPage(start: URL, options: FetchOptions): Promise<FetchedPage> {
  const { limits, reach, userAgent, accept } = options;
  const dispatcher = scriptedAgent(options.mockAgent) ?? createGuardedDispatcher({ reach, ...(options.resolve ? { resolve: options.resolve } : {}), connectTimeoutMs: limits.timeoutMs });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  let url = start;
  const seen = new Set<string>();
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CaptureFailure(`The page redirected to a ${url.protocol} link, which is not fetched.`);
      if (refusalForUrl(url, reach) !== null) throw new CaptureFailure(`${url.hostname} is on your own computer or network, or not on the public internet; Hearback only fetches postings from the public web.`);
      let response: Response;
      try {
        response = await undiciFetch(url, {
          dispatcher,
          redirect: 'manual',
          signal: controller.signal,
          credentials: 'omit',
          headers: { 'user-agent': userAgent, accept: ACCEPT[accept], 'accept-language': 'en;q=1, *;q=0.5' },
        });
      } catch (error) {
        if (controller.signal.aborted) throw new CaptureFailure(`${start.hostname} did not answer within ${limits.timeoutMs / 1000} seconds. Try again later, or fill in the details by hand.`);
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        if (isAddressRefused(error)) throw new CaptureFailure(`${url.hostname} points to an address on your own computer or network; Hearback only fetches postings from the public web.`);
        if (cause === 'ENOTFOUND' || cause === 'EAI_AGAIN') throw new CaptureFailure(`${url.hostname} could not be found. Check the link, or your connection.`);
        throw new CaptureFailure(`${url.hostname} could not be reached${cause ? ` (${cause})` : ''}. Check the link, or your connection.`);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel();
        seen.add(url.href);
        const next = new URL(response.headers.get('location') ?? '', url);
        if (seen.has(next.href)) throw new CaptureFailure('The page redirects in a loop, so it cannot be read. Open it in your browser and copy the final link.');
        if (hop + 1 > limits.maxRedirects) throw new CaptureFailure(`The page redirects more than ${limits.maxRedirects} times, so it was not followed. Open it in your browser and copy the final link.`);
        url = next;
        continue;
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (response.ok && !acceptable(contentType, accept)) {
        await response.body?.cancel();
        throw new CaptureFailure(`This link is ${describeType(contentType)}, not a web page with a posting. Fill in the details by hand.`, response.status);
      }
      const bytes = await readLimited(response, limits.maxBytes);
      return { url: url.href, status: response.status, contentType, body: decode(bytes, contentType) };
    }
  } catch (error) {
    if (error instanceof CaptureFailure) throw error;
    if (controller.signal.aborted) throw new CaptureFailure(`${start.hostname} did not answer within ${limits.timeoutMs / 1000} seconds. Try again later, or fill in the details by hand.`);
    throw new CaptureFailure('The page could not be read. Fill in the details by hand.');
  } finally {
    clearTimeout(timer);
    if (!options.mockAgent) void dispatcher.close();
  }
}
