import { fetch as undiciFetch, type RequestInit as UndiciRequestInit } from 'undici';
import type { NetworkReach, Resolver } from '../net/address-rule';
import { createGuardedDispatcher, isAddressRefused } from '../net/guarded-dispatcher';
import { isTlsFailure } from './error-codes';
import type { SourceProblem } from '../../../shared/contract/methods/calendar';

/** How a CalDAV exchange failed, as a source problem the user can read (never with the password in it). */
export type CalDavFailure = { ok: false; problem: SourceProblem; status: number | null };

/** How a CalDAV connection reaches its server: which addresses (the one address rule), and with what. */
export interface CalDavReach {
  reach: NetworkReach;
  resolve?: Resolver;
  /** The fetch underneath (tests count requests with it); undici's, through the guarded dispatcher, unless given. */
  fetch?: typeof fetch;
}

/** undici's fetch through a dispatcher that checks every connection — redirects included — against `reach`. */
export function reachFetch(reach: NetworkReach, resolve?: Resolver): typeof fetch {
  const dispatcher = createGuardedDispatcher({ reach, ...(resolve ? { resolve } : {}) });
  return ((input: string | URL | Request, init?: RequestInit) => undiciFetch(input instanceof Request ? input.url : input, { ...(init as UndiciRequestInit), dispatcher })) as unknown as typeof fetch;
}

/** A fetch that gives up after `timeoutMs` and remembers the last error status it saw. */
export function guardedFetch(timeoutMs: number, reach: CalDavReach) {
  const seen = { status: null as number | null, timedOut: false, refused: false };
  const underneath = reach.fetch ?? reachFetch(reach.reach, reach.resolve);
  const guarded: typeof fetch = async (input, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      seen.timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      let response: Response;
      try {
        response = await underneath(input, { ...init, signal: controller.signal });
      } catch (error) {
        if (isAddressRefused(error)) seen.refused = true;
        throw error;
      }
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

export function failure(error: unknown, seen: { status: number | null; timedOut: boolean; refused: boolean }): CalDavFailure {
  if (seen.refused || isAddressRefused(error)) return { ok: false, problem: 'own-network', status: null };
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
