import { isTlsFailure } from './error-codes';
import type { SourceProblem } from '../../../shared/contract/methods/calendar';

/** How a CalDAV exchange failed, as a source problem the user can read (never with the password in it). */
export type CalDavFailure = { ok: false; problem: SourceProblem; status: number | null };


/** A fetch that gives up after `timeoutMs` and remembers the last error status it saw. */
export function guardedFetch(timeoutMs: number) {
  const seen = { status: null as number | null, timedOut: false };
  const guarded: typeof fetch = async (input, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      seen.timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await fetch(input, { ...init, signal: controller.signal });
      if (response.status >= 400) seen.status = response.status;
      // Read the body inside the timeout too: a server can stall mid-answer.
      const body = await response.arrayBuffer();
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } finally {
      clearTimeout(timer);
    }
  };
  return { guarded, seen };
}

export function failure(error: unknown, seen: { status: number | null; timedOut: boolean }): CalDavFailure {
  if (seen.timedOut) return { ok: false, problem: 'timeout', status: null };
  const status = seen.status ?? statusInMessage(error);
  if (status === 401 || status === 403) return { ok: false, problem: 'unauthorized', status };
  if (status === 404) return { ok: false, problem: 'not-found', status };
  if (status !== null) return { ok: false, problem: 'http', status };
  return { ok: false, problem: isTlsFailure(error) ? 'tls' : 'network', status: null };
}

function statusInMessage(error: unknown): number | null {
  const match = error instanceof Error ? /\b(401|403|404|5\d\d)\b/.exec(error.message) : null;
  return match ? Number(match[1]) : null;
}

