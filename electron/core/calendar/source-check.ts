import type { SourceProblem } from '../../../shared/contract/methods/calendar';
import type { CalendarEvent } from '../../../shared/calendar/calendar-event';
import { MS_PER_DAY } from '../../../shared/followup';
import { RECENT_PAST_DAYS } from '../../../shared/calendar/recent-past';
import { nowIso } from '../service/context';
import { CalDavConnection, type CalDavAccount } from './caldav';
import type { NetworkReach } from '../net/address-rule';
import { FEED_MAX_BYTES, FEED_TIMEOUT_MS, fetchFeed, type FeedFetch, type FeedValidators } from './fetch-feed';
import { parseIcsInSlices } from './parse-in-slices';
import { sourceProblemText } from './source-text';
import { calDavRead, feedRead, type ParsedText, type ParsedTexts, type SourceEvents, type SourcePorts, type SourceRead, type SourceRuntime } from './source-runtime';

/** Events are read from the recent past (RECENT_PAST_DAYS) to this far ahead. */
const WINDOW_AHEAD_DAYS = 366;

/** Where a source's private address (a feed) or password (CalDAV) is kept among the secrets. */
export const secretKey = (source: { id: string; kind: string }) => `calendar.${source.kind}.${source.id}`;

/**
 * One check of one source, the same for every kind:
 *
 * | step  | where               | what                                                                 |
 * |-------|---------------------|----------------------------------------------------------------------|
 * | fetch | outside the queue   | the feed (with its validators) or the CalDAV calendar (its markers)  |
 * | parse | outside, in slices  | only texts that changed; a parse is reused the same day in same zone |
 * | apply | inside the queue    | events replaced, or the problem named and the old events kept        |
 *
 * Whatever fails inside a check is that source's problem, never the app's. Which sources exist and
 * when they are checked is `calendar-sources.ts`.
 */
export class SourceCheck {
  private readonly connections = new Map<string, CalDavConnection>();

  constructor(
    private readonly ports: SourcePorts,
    private readonly events: SourceEvents,
    /** Whether the source is still kept (a removed one's check applies nothing). */
    private readonly isKept: (id: string) => boolean,
  ) {}

  /** A connection for this account (not kept: listing an account's calendars before any is added). */
  connect(account: CalDavAccount, reach: NetworkReach): CalDavConnection {
    return this.ports.connectCalDav ? this.ports.connectCalDav(account, reach) : new CalDavConnection(account, undefined, { reach, ...(this.ports.resolve ? { resolve: this.ports.resolve } : {}) });
  }

  /** The source's kept connection is dropped (removed, or its network choice changed): the next check connects again. */
  forgetConnection(id: string): void {
    this.connections.delete(id);
  }

  private connection(id: string, account: CalDavAccount, reach: NetworkReach): CalDavConnection {
    let connection = this.connections.get(id);
    if (!connection) {
      connection = this.connect(account, reach);
      this.connections.set(id, connection);
    }
    return connection;
  }

  /** Checks a feed or CalDAV calendar: fetched outside the call queue, applied inside it. Concurrent asks share one check. */
  run(runtime: SourceRuntime): Promise<void> {
    const stored = runtime.stored;
    // A dropped file has nothing to fetch: it is what it was.
    if (!stored || stored.kind === 'file') return Promise.resolve();
    if (runtime.inFlight) return runtime.inFlight;
    const ctx = this.ports.ctx;
    const work = (async () => {
      const secret = ctx.secrets.get(secretKey(stored));
      const result: SourceRead =
        secret === null
          ? { kind: 'failed', problem: 'address-forgotten', status: null }
          : stored.kind === 'feed'
            ? feedRead(await this.fetchFeed(secret, runtime.validators, stored.reach ?? 'public'))
            : calDavRead(await this.connection(stored.id, { serverUrl: stored.serverUrl, username: stored.username, password: secret }, stored.reach ?? 'public').read(stored.calendarUrl, runtime.calDav));
      const parsed = result.kind === 'changed' ? await this.parse(runtime, result.texts) : new Map<string, ParsedText>();
      await this.ports.run(() => this.apply(runtime, result, parsed));
    })()
      // Whatever fails inside one check (a library's own error included) is that source's problem, never the app's.
      .catch(async (error: unknown) => {
        this.ports.log.warn('calendar check failed unexpectedly', { source: runtime.id, error: error instanceof Error ? error.name : 'unknown' });
        await this.ports.run(() => this.apply(runtime, { kind: 'failed', problem: 'network', status: null }, new Map())).catch(() => undefined);
      })
      .finally(() => {
        runtime.inFlight = null;
      });
    runtime.inFlight = work;
    return work;
  }

  private fetchFeed(url: string, validators: FeedValidators, reach: NetworkReach): Promise<FeedFetch> {
    return this.ports.fetch ? this.ports.fetch(url, validators, reach) : fetchFeed(url, validators, { timeoutMs: FEED_TIMEOUT_MS, maxBytes: FEED_MAX_BYTES, reach, ...(this.ports.resolve ? { resolve: this.ports.resolve } : {}) });
  }

  private apply(runtime: SourceRuntime, result: SourceRead, parsed: ParsedTexts): void {
    if (!this.isKept(runtime.id)) return;
    runtime.checkedAt = nowIso(this.ports.ctx);
    if (result.kind === 'failed') {
      this.fail(runtime, result.problem, result.status);
    } else if (result.kind === 'changed') {
      if (this.read(runtime, parsed)) {
        runtime.validators = result.validators;
        runtime.calDav = result.calDav;
      }
    } else {
      if (result.calDav) runtime.calDav = result.calDav;
      runtime.problem = null;
      runtime.message = null;
    }
    // Only new events can move an interview: an unchanged calendar costs nothing more here.
    if (runtime.problem === null && result.kind === 'changed') this.events.read(runtime);
    this.events.changed();
  }

  private fail(runtime: SourceRuntime, problem: SourceProblem, status: number | null): void {
    runtime.problem = problem;
    runtime.message = sourceProblemText(problem, status);
    this.ports.log.warn('calendar source failing', { source: runtime.id, problem, status });
  }

  /**
   * Parses the source's texts, outside the call queue and in slices (parse-in-slices.ts); texts
   * parsed earlier the same day in the same zone are reused.
   */
  async parse(runtime: SourceRuntime, texts: ReadonlyMap<string, string>): Promise<ParsedTexts> {
    const ctx = this.ports.ctx;
    const nowMs = ctx.now().getTime();
    // Parses are reused within a day: the window they were expanded in moves by days, not by polls.
    const windowDay = Math.floor(nowMs / MS_PER_DAY);
    const zone = ctx.zone();
    const options = { fallbackZone: zone, windowStartMs: nowMs - RECENT_PAST_DAYS * MS_PER_DAY, windowEndMs: nowMs + WINDOW_AHEAD_DAYS * MS_PER_DAY };
    const parsed = new Map<string, ParsedText>();
    for (const [key, text] of texts) {
      const previous = runtime.parsed.get(key);
      parsed.set(key, previous && previous.text === text && previous.windowDay === windowDay && previous.zone === zone ? previous : { text, windowDay, zone, result: await parseIcsInSlices(text, options) });
    }
    return parsed;
  }

  /**
   * The parsed texts become the source's events; false (the source failing, its events kept) when a
   * feed cannot be read. A CalDAV calendar holds one text per event: a broken one is named and skipped.
   */
  read(runtime: SourceRuntime, parsed: ParsedTexts): boolean {
    const parsedNow = new Map<string, ParsedText>();
    const events: CalendarEvent[] = [];
    const problems: string[] = [];
    let method: string | null = null;
    for (const [key, entry] of parsed) {
      const result = entry.result;
      if (result.ok) {
        parsedNow.set(key, entry);
        method ??= result.method;
        // Appended one by one: a spread of a very large array overflows the call stack.
        for (const event of result.events) events.push(event);
        for (const problem of result.problems) if (problems.length < 20) problems.push(problem);
      } else if (runtime.kind === 'caldav') {
        parsedNow.set(key, entry);
        if (problems.length < 20) problems.push(`An event could not be read: ${result.message}`);
      } else {
        this.fail(runtime, result.code, null);
        return false;
      }
    }
    runtime.parsed = runtime.kind === 'caldav' ? parsedNow : new Map();
    runtime.events = events;
    runtime.method = method;
    runtime.warnings = problems.map((p) => p.slice(0, 300));
    runtime.problem = null;
    runtime.message = null;
    runtime.complete = runtime.kind !== 'file';
    return true;
  }
}
