import { createDAVClient } from 'tsdav';
import type { SourceProblem } from '../../../shared/contract/methods/calendar';

/**
 * CalDAV through tsdav: list an account's calendars, and read one calendar only when it changed.
 *
 * | Step                      | Requests                                                            |
 * | ------------------------- | ------------------------------------------------------------------- |
 * | connect (once per run)    | account discovery (PROPFINDs for principal and calendar home)       |
 * | unchanged check           | one Depth-0 PROPFIND for the calendar's ctag — the same cost for 50 or 5,000 events |
 * | changed                   | one calendar-query REPORT with the events' data                     |
 *
 * Failures come back as problem codes (401/403 `unauthorized`, 404 `not-found`, certificate `tls`,
 * no answer within the timeout `timeout`, no calendars `not-a-calendar`); the password never
 * appears in one.
 */
export interface CalDavAccount {
  serverUrl: string;
  username: string;
  password: string;
}

export interface CalDavCalendarInfo {
  url: string;
  name: string;
}

export type CalDavFailure = { ok: false; problem: SourceProblem; status: number | null };

export type CalDavRead = { kind: 'unchanged' } | { kind: 'changed'; texts: string[]; ctag: string | null } | { kind: 'failed'; problem: SourceProblem; status: number | null };

export const CALDAV_TIMEOUT_MS = 30_000;

type Client = Awaited<ReturnType<typeof createDAVClient>>;

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/i;

/** A fetch that gives up after `timeoutMs` and remembers the last error status it saw. */
function guardedFetch(timeoutMs: number) {
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

function failure(error: unknown, seen: { status: number | null; timedOut: boolean }): CalDavFailure {
  if (seen.timedOut) return { ok: false, problem: 'timeout', status: null };
  const status = seen.status ?? statusInMessage(error);
  if (status === 401 || status === 403) return { ok: false, problem: 'unauthorized', status };
  if (status === 404) return { ok: false, problem: 'not-found', status };
  if (status !== null) return { ok: false, problem: 'http', status };
  return { ok: false, problem: TLS_CODES.test(causeCodes(error)) ? 'tls' : 'network', status: null };
}

function statusInMessage(error: unknown): number | null {
  const match = error instanceof Error ? /\b(401|403|404|5\d\d)\b/.exec(error.message) : null;
  return match ? Number(match[1]) : null;
}

function causeCodes(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let i = 0; i < 5 && current instanceof Error; i++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') parts.push(code);
    parts.push(current.message);
    current = current.cause;
  }
  return parts.join(' ');
}

/** One connected client per account and run: discovery happens once, not on every poll. */
export class CalDavConnection {
  private client: Client | null = null;
  private readonly fetcher: ReturnType<typeof guardedFetch>;

  constructor(
    private readonly account: CalDavAccount,
    timeoutMs = CALDAV_TIMEOUT_MS,
  ) {
    this.fetcher = guardedFetch(timeoutMs);
  }

  private async connect(): Promise<Client> {
    this.client ??= await createDAVClient({
      serverUrl: this.account.serverUrl,
      credentials: { username: this.account.username, password: this.account.password },
      authMethod: 'Basic',
      defaultAccountType: 'caldav',
      fetch: this.fetcher.guarded,
    });
    return this.client;
  }

  private reset(): void {
    this.fetcher.seen.status = null;
    this.fetcher.seen.timedOut = false;
  }

  async calendars(): Promise<{ ok: true; calendars: CalDavCalendarInfo[] } | CalDavFailure> {
    this.reset();
    try {
      const client = await this.connect();
      const found = await client.fetchCalendars();
      const calendars = found
        .filter((c) => !c.components || c.components.includes('VEVENT'))
        .map((c) => ({ url: c.url, name: (typeof c.displayName === 'string' && c.displayName.trim()) || c.url.replace(/\/$/, '').split('/').pop() || 'Calendar' }));
      if (calendars.length === 0) return { ok: false, problem: 'not-a-calendar', status: null };
      return { ok: true, calendars };
    } catch (error) {
      this.client = null;
      return failure(error, this.fetcher.seen);
    }
  }

  /** The calendar's events as ICS texts, or `unchanged` when its ctag is still `ctag`. */
  async read(calendarUrl: string, ctag: string | null): Promise<CalDavRead> {
    this.reset();
    try {
      const client = await this.connect();
      if (ctag !== null) {
        const { isDirty } = await client.isCollectionDirty({ collection: { url: calendarUrl, ctag } });
        if (!isDirty) return { kind: 'unchanged' };
      }
      const [info] = await client.propfind({ url: calendarUrl, props: { 'cs:getctag': {}, 'd:resourcetype': {} }, depth: '0' });
      if (!info?.ok) return { kind: 'failed', problem: info?.status === 404 ? 'not-found' : info?.status === 401 || info?.status === 403 ? 'unauthorized' : 'not-a-calendar', status: info?.status ?? null };
      const resourcetype = JSON.stringify(info.props?.resourcetype ?? {});
      if (!/calendar/i.test(resourcetype)) return { kind: 'failed', problem: 'not-a-calendar', status: null };
      const rawCtag = info.props?.getctag;
      const objects = await client.fetchCalendarObjects({ calendar: { url: calendarUrl } });
      return { kind: 'changed', texts: objects.map((o) => (typeof o.data === 'string' ? o.data : '')).filter((t) => t !== ''), ctag: typeof rawCtag === 'string' ? rawCtag : rawCtag == null ? null : String(rawCtag) };
    } catch (error) {
      this.client = null;
      const f = failure(error, this.fetcher.seen);
      return { kind: 'failed', problem: f.problem, status: f.status };
    }
  }
}
