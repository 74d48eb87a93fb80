import { createDAVClient, type DAVResponse } from 'tsdav';
import type { SourceProblem } from '../../../shared/contract/methods/calendar';
import { failure, guardedFetch, type CalDavFailure, type CalDavReach } from './caldav-failure';

export type { CalDavFailure } from './caldav-failure';

/**
 * CalDAV through tsdav: list an account's calendars, and read one calendar at the cost of what
 * changed in it.
 *
 * | Poll                                  | Requests                                                          |
 * | ------------------------------------- | ----------------------------------------------------------------- |
 * | connect (once per run)                | account discovery (PROPFINDs for principal and calendar home)     |
 * | first read                            | Depth-0 PROPFIND (ctag, sync-token, resourcetype) + one           |
 * |                                       | calendar-query with every event's data                            |
 * | unchanged, server keeps a ctag        | one Depth-0 PROPFIND for the ctag                                 |
 * | unchanged, sync-token only            | one sync-collection REPORT answering "nothing since"              |
 * | changed, server speaks RFC 6578       | sync-collection REPORT (what changed and what went) + a           |
 * |                                       | calendar-multiget of the changed events only                      |
 * | changed, no sync-collection, or the   | calendar-query for the etags only + a calendar-multiget of the    |
 * | server forgot our token               | events whose etag changed                                         |
 *
 * So an unchanged calendar costs Hearback the same with 50 or 5,000 events, and a changed one
 * fetches and parses only the changed events. What the server spends answering a ctag is its own:
 * servers that keep it as a counter (Sabre/DAV — Nextcloud, Baïkal —, iCloud, Fastmail) answer in
 * constant time; Radicale recomputes it by hashing every item (see `bench/calendar.bench.ts`).
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

export interface CalDavItem {
  etag: string | null;
  text: string;
}

/** What Hearback knows of one calendar after a read: its change markers and every event by URL. */
export interface CalDavSnapshot {
  ctag: string | null;
  syncToken: string | null;
  /** Absolute URL of each event resource → its etag and ICS text. */
  items: ReadonlyMap<string, CalDavItem>;
}

export type CalDavRead = { kind: 'unchanged'; snapshot: CalDavSnapshot } | { kind: 'changed'; snapshot: CalDavSnapshot; fetched: number } | { kind: 'failed'; problem: SourceProblem; status: number | null };

export const CALDAV_TIMEOUT_MS = 30_000;
/** Events asked for in one calendar-multiget. */
const MULTIGET_BATCH = 200;
/** A server may answer a sync-collection in parts (507 on the collection): at most this many. */
const MAX_SYNC_ROUNDS = 50;

type Client = Awaited<ReturnType<typeof createDAVClient>>;

const VEVENT_FILTER = [{ 'comp-filter': { _attributes: { name: 'VCALENDAR' }, 'comp-filter': { _attributes: { name: 'VEVENT' } } } }];

/** Values tsdav gives as numbers when they look like one (a ctag `12`): compared as text. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** The top-level `<sync-token>` of a sync-collection answer (tsdav keeps it only in `raw`). */
function syncTokenOf(responses: readonly DAVResponse[]): string | null {
  const raw: unknown = responses[0]?.raw;
  if (typeof raw !== 'object' || raw === null) return null;
  const multistatus = (raw as { multistatus?: unknown }).multistatus;
  if (typeof multistatus !== 'object' || multistatus === null) return null;
  return text((multistatus as { syncToken?: unknown }).syncToken);
}

/** One connected client per account and run: discovery happens once, not on every poll. */
export class CalDavConnection {
  private client: Client | null = null;
  private readonly fetcher: ReturnType<typeof guardedFetch>;

  constructor(
    private readonly account: CalDavAccount,
    timeoutMs = CALDAV_TIMEOUT_MS,
    reach: CalDavReach = { reach: 'public' },
  ) {
    this.fetcher = guardedFetch(timeoutMs, reach);
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
    this.fetcher.seen.refused = false;
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

  /** The calendar as of now, fetching only what changed since `previous` (everything when null). */
  async read(calendarUrl: string, previous: CalDavSnapshot | null): Promise<CalDavRead> {
    this.reset();
    try {
      const client = await this.connect();
      if (previous === null) return await this.readWhole(client, calendarUrl);
      return await this.readSince(client, calendarUrl, previous);
    } catch (error) {
      this.client = null;
      const f = failure(error, this.fetcher.seen);
      return { kind: 'failed', problem: f.problem, status: f.status };
    }
  }

  private async markers(client: Client, calendarUrl: string, props: Record<string, object>): Promise<DAVResponse | CalDavRead> {
    const [info] = await client.propfind({ url: calendarUrl, props, depth: '0' });
    if (!info?.ok) return { kind: 'failed', problem: info?.status === 404 ? 'not-found' : info?.status === 401 || info?.status === 403 ? 'unauthorized' : 'not-a-calendar', status: info?.status ?? null };
    return info;
  }

  private async readWhole(client: Client, calendarUrl: string): Promise<CalDavRead> {
    const info = await this.markers(client, calendarUrl, { 'cs:getctag': {}, 'd:sync-token': {}, 'd:resourcetype': {} });
    if ('kind' in info) return info;
    if (!/calendar/i.test(JSON.stringify(info.props?.resourcetype ?? {}))) return { kind: 'failed', problem: 'not-a-calendar', status: null };
    const responses = await client.calendarQuery({ url: calendarUrl, props: { 'd:getetag': {}, 'c:calendar-data': {} }, filters: VEVENT_FILTER, depth: '1' });
    const items = new Map<string, CalDavItem>();
    for (const response of responses) this.keep(items, calendarUrl, response);
    return { kind: 'changed', snapshot: { ctag: text(info.props?.getctag), syncToken: text(info.props?.syncToken), items }, fetched: items.size };
  }

  private async readSince(client: Client, calendarUrl: string, previous: CalDavSnapshot): Promise<CalDavRead> {
    let ctag: string | null = null;
    if (previous.ctag !== null) {
      const info = await this.markers(client, calendarUrl, { 'cs:getctag': {} });
      if ('kind' in info) return info;
      ctag = text(info.props?.getctag);
      if (ctag === previous.ctag) return { kind: 'unchanged', snapshot: previous };
    }
    if (previous.syncToken !== null) {
      const delta = await this.syncDelta(client, calendarUrl, previous.syncToken);
      if (delta !== null) {
        if (delta.changed.length === 0 && delta.removed.length === 0) return { kind: 'unchanged', snapshot: { ...previous, ctag: ctag ?? previous.ctag, syncToken: delta.token } };
        const items = new Map(previous.items);
        for (const url of delta.removed) items.delete(url);
        const wanted = delta.changed.filter((c) => c.etag === null || items.get(c.url)?.etag !== c.etag).map((c) => c.url);
        await this.fetchInto(client, calendarUrl, wanted, items);
        return { kind: 'changed', snapshot: { ctag: ctag ?? previous.ctag, syncToken: delta.token, items }, fetched: wanted.length };
      }
    }
    return this.readByEtags(client, calendarUrl, previous, ctag);
  }

  /**
   * RFC 6578: what changed since `token`, or null when the server cannot say (no such report, or it
   * no longer knows the token — 403/409 valid-sync-token): then the etags are compared instead.
   */
  private async syncDelta(client: Client, calendarUrl: string, token: string): Promise<{ token: string | null; changed: { url: string; etag: string | null }[]; removed: string[] } | null> {
    const changed = new Map<string, string | null>();
    const removed = new Set<string>();
    let current = token;
    for (let round = 0; round < MAX_SYNC_ROUNDS; round++) {
      const responses = await client.syncCollection({ url: calendarUrl, props: { 'd:getetag': {} }, syncLevel: 1, syncToken: current });
      const next = syncTokenOf(responses);
      const refused = responses.length === 1 && !responses[0]!.ok && next === null;
      if (refused) {
        // Not an error of the account: forget the status so a later failure is not misnamed.
        this.fetcher.seen.status = null;
        return null;
      }
      let truncated = false;
      for (const response of responses) {
        if (!response.href) continue;
        const url = new URL(response.href, calendarUrl).href;
        if (url === new URL(calendarUrl).href) {
          truncated ||= response.status === 507;
          continue;
        }
        if (response.status === 404) {
          removed.add(url);
          changed.delete(url);
        } else if (response.ok) {
          removed.delete(url);
          changed.set(url, text(response.props?.getetag));
        }
      }
      if (next === null) return null;
      current = next;
      if (!truncated) break;
    }
    return { token: current, changed: [...changed].map(([url, etag]) => ({ url, etag })), removed: [...removed] };
  }

  private async readByEtags(client: Client, calendarUrl: string, previous: CalDavSnapshot, ctag: string | null): Promise<CalDavRead> {
    const props: Record<string, object> = { 'd:sync-token': {} };
    let syncToken: string | null = null;
    if (previous.syncToken !== null) {
      // The token we held was refused: start again from the server's current one.
      const info = await this.markers(client, calendarUrl, props);
      if ('kind' in info) return info;
      syncToken = text(info.props?.syncToken);
    }
    const listed = await client.calendarQuery({ url: calendarUrl, props: { 'd:getetag': {} }, filters: VEVENT_FILTER, depth: '1' });
    const items = new Map<string, CalDavItem>();
    const wanted: string[] = [];
    for (const response of listed) {
      if (!response.href || !response.ok) continue;
      const url = new URL(response.href, calendarUrl).href;
      const etag = text(response.props?.getetag);
      const known = previous.items.get(url);
      if (known && etag !== null && known.etag === etag) items.set(url, known);
      else wanted.push(url);
    }
    await this.fetchInto(client, calendarUrl, wanted, items);
    if (wanted.length === 0 && items.size === previous.items.size) return { kind: 'unchanged', snapshot: { ctag, syncToken, items: previous.items } };
    return { kind: 'changed', snapshot: { ctag, syncToken, items }, fetched: wanted.length };
  }

  /** calendar-multiget for `urls`, in batches; an event gone meanwhile is simply not kept. */
  private async fetchInto(client: Client, calendarUrl: string, urls: readonly string[], items: Map<string, CalDavItem>): Promise<void> {
    for (let i = 0; i < urls.length; i += MULTIGET_BATCH) {
      const batch = urls.slice(i, i + MULTIGET_BATCH);
      for (const url of batch) items.delete(url);
      const responses = await client.calendarMultiGet({ url: calendarUrl, props: { 'd:getetag': {}, 'c:calendar-data': {} }, objectUrls: batch.map((u) => new URL(u).pathname), depth: '1' });
      for (const response of responses) this.keep(items, calendarUrl, response);
    }
  }

  private keep(items: Map<string, CalDavItem>, calendarUrl: string, response: DAVResponse): void {
    if (!response.href || !response.ok) return;
    const data: unknown = response.props?.calendarData;
    const body = typeof data === 'string' ? data : typeof data === 'object' && data !== null && typeof (data as { _cdata?: unknown })._cdata === 'string' ? (data as { _cdata: string })._cdata : null;
    if (body === null || body === '') return;
    items.set(new URL(response.href, calendarUrl).href, { etag: text(response.props?.getetag), text: body });
  }
}
