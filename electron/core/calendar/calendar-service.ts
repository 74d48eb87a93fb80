import { HearbackError } from '../../../shared/contract';
import type { CalendarCancellation, CalendarCandidate, CalendarSourceStatus, CalendarState, SourceProblem } from '../../../shared/contract/methods/calendar';
import type { CalendarEvent } from '../../../shared/calendar/calendar-event';
import { indexApplications, matchEvent } from '../../../shared/calendar/match-event';
import { parseIcs } from '../../../shared/calendar/parse-ics';
import { proposeInterview } from '../../../shared/calendar/interview-proposal';
import type { Application, Contact, Interview } from '../../../shared/domain';
import { UNKNOWN_PROMISE } from '../../../shared/domain';
import { MS_PER_DAY, promiseDateProblem } from '../../../shared/followup';
import type { Change } from '../store/hearback-store';
import { requireApplication } from '../service/application-handlers';
import { nowIso, type ServiceContext } from '../service/context';
import { onInterviewChanged } from '../service/follow-up-planning';
import { CalDavConnection, type CalDavAccount, type CalDavCalendarInfo, type CalDavRead, type CalDavSnapshot } from './caldav';
import { readCalendarFile, readDroppedFile, removeDroppedFile, writeCalendarFile, writeDroppedFile, type CalendarFile, type Decision, type FileSource, type StoredSource } from './calendar-file';
import { fetchFeed, type FeedFetch, type FeedValidators } from './fetch-feed';
import { sourceProblemText } from './source-text';

/**
 * Calendar sources, what they hold, and what the user decided about each event. The rules:
 *
 * | Situation                                         | What happens                                                      |
 * | ------------------------------------------------- | ----------------------------------------------------------------- |
 * | poll: every 15 min, on resume, on demand          | each feed fetched with its validators; 304 costs nothing          |
 * | a fetch or parse fails                            | the source says why (failing); its last good events are kept;     |
 * |                                                   | nothing is written, nothing is treated as deleted                 |
 * | an event matches an application, no decision yet  | a candidate on Today                                              |
 * | a dropped .ics file                               | every current event in it is a candidate, matched or "choose…";  |
 * |                                                   | dropped on an application: that one, preselected. Kept (text in  |
 * |                                                   | calendar-files/) until removed, or 14 days after its last event  |
 * | confirm                                           | one undoable action: the interview (+ new contacts), its planned  |
 * |                                                   | follow-ups; the decision is remembered by event key               |
 * | "not an interview"                                | remembered; never offered again                                   |
 * | the confirmed interview undone or deleted         | the event is offered again (redo links it again)                  |
 * | a linked event moved (SEQUENCE not older)         | one undoable action: the interview moves, follow-ups re-planned   |
 * | a linked event cancelled, or gone from a feed     | asked: remove the interview (undoable) or keep it                 |
 */
export interface CalendarPorts {
  ctx: ServiceContext;
  dataDir: string;
  log: { warn(message: string, meta?: Record<string, unknown>): void };
  /** Runs `fn` in the core's call queue (one change at a time), then announces store changes. */
  run: <T>(fn: () => T) => Promise<T>;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  fetch?: (url: string, validators: FeedValidators) => Promise<FeedFetch>;
  /** How CalDAV accounts are reached (tests shorten the timeout). */
  connectCalDav?: (account: CalDavAccount) => CalDavConnection;
  pollMs?: number;
}

export const POLL_MS = 15 * 60_000;
/** Events are read from this far back (the matching window) … */
const WINDOW_BACK_DAYS = 14;
/** … to this far ahead. */
const WINDOW_AHEAD_DAYS = 366;

/** What one check of a source brought: the same for a feed (one text) and a CalDAV calendar (one text per event). */
type SourceRead =
  | { kind: 'unchanged'; calDav: CalDavSnapshot | null }
  | { kind: 'changed'; texts: ReadonlyMap<string, string>; validators: FeedValidators; calDav: CalDavSnapshot | null }
  | { kind: 'failed'; problem: SourceProblem; status: number | null };

interface SourceRuntime {
  id: string;
  kind: 'feed' | 'caldav' | 'file';
  stored: StoredSource | null;
  /** CalDAV: the calendar as last read (change markers and every event's text). */
  calDav: CalDavSnapshot | null;
  /** Each text's parse, so a changed calendar parses only its changed events. */
  parsed: Map<string, ParsedText>;
  name: string;
  events: CalendarEvent[];
  validators: FeedValidators;
  problem: SourceProblem | null;
  message: string | null;
  checkedAt: string | null;
  /** The last read succeeded: an event missing from it was deleted. */
  complete: boolean;
  warnings: string[];
  inFlight: Promise<void> | null;
}

/** One text's parse and the window and zone it was made for. */
interface ParsedText {
  text: string;
  windowDay: number;
  zone: string;
  result: ReturnType<typeof parseIcs>;
}

const secretKey = (source: { id: string; kind: string }) => `calendar.${source.kind}.${source.id}`;

export class CalendarService {
  private file: CalendarFile;
  private readonly sources = new Map<string, SourceRuntime>();
  private timer: unknown = null;
  private closed = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly ports: CalendarPorts) {
    const { file, problem } = readCalendarFile(ports.dataDir);
    this.file = file;
    if (problem) ports.log.warn('calendar file unreadable');
    for (const source of file.sources) {
      const runtime = this.runtime(source.id, source.kind, source.name, source);
      this.sources.set(source.id, runtime);
      if (source.kind === 'file') this.loadDropped(runtime);
    }
  }

  /** A kept dropped file, read again; one whose events have all passed the matching window is let go. */
  private loadDropped(runtime: SourceRuntime): void {
    const text = readDroppedFile(this.ports.dataDir, runtime.id);
    runtime.checkedAt = nowIso(this.ctx);
    if (text === null) {
      runtime.problem = 'not-found';
      runtime.message = 'Hearback’s copy of this dropped invitation is gone. Drop it again, or remove it.';
      return;
    }
    if (!this.read(runtime, new Map([['file', text]]))) return;
    const windowStart = this.ctx.now().getTime() - WINDOW_BACK_DAYS * MS_PER_DAY;
    const added = Date.parse(runtime.stored?.addedAt ?? '');
    if (added < windowStart && runtime.events.every((e) => Date.parse(e.endsAt) < windowStart)) this.forget(runtime);
  }

  private get ctx(): ServiceContext {
    return this.ports.ctx;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  start(): void {
    this.schedule();
    void this.refreshAll();
  }

  /** Resolves when the checks under way have been read and applied (what tests wait on). */
  async idle(): Promise<void> {
    await Promise.all([...this.sources.values()].map((s) => s.inFlight?.catch(() => undefined)));
  }

  stop(): void {
    this.closed = true;
    if (this.timer !== null) this.ports.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = this.ports.setTimeout(() => {
      this.timer = null;
      void this.refreshAll().finally(() => this.schedule());
    }, this.ports.pollMs ?? POLL_MS);
  }

  private readonly connections = new Map<string, CalDavConnection>();

  private runtime(id: string, kind: SourceRuntime['kind'], name: string, stored: StoredSource | null = null): SourceRuntime {
    return { id, kind, name, stored, calDav: null, parsed: new Map(), events: [], validators: { etag: null, lastModified: null }, problem: null, message: null, checkedAt: null, complete: false, warnings: [], inFlight: null };
  }

  // ---- sources --------------------------------------------------------------------------------

  /** Calendars the user added (dropped files are counted apart). */
  private calendarCount(): number {
    return this.file.sources.filter((s) => s.kind !== 'file').length;
  }

  addFeed(name: string, url: string): SourceRuntime {
    if (this.calendarCount() >= 50) throw new HearbackError('invalid_request', 'At most 50 calendars.', [{ path: 'url', message: 'at most 50 calendars' }]);
    const stored: StoredSource = { id: this.ctx.newId(), kind: 'feed', name, addedAt: nowIso(this.ctx) };
    this.ctx.secrets.set(secretKey(stored), url);
    return this.addStored(stored);
  }

  private addStored(stored: StoredSource): SourceRuntime {
    this.save({ ...this.file, sources: [...this.file.sources, stored] });
    const runtime = this.runtime(stored.id, stored.kind, stored.name, stored);
    this.sources.set(stored.id, runtime);
    return runtime;
  }

  private connection(id: string, account: CalDavAccount): CalDavConnection {
    let connection = this.connections.get(id);
    if (!connection) {
      connection = this.ports.connectCalDav ? this.ports.connectCalDav(account) : new CalDavConnection(account);
      this.connections.set(id, connection);
    }
    return connection;
  }

  /** The account's calendars, to choose from (nothing saved). */
  async listCalDav(account: CalDavAccount): Promise<CalDavCalendarInfo[]> {
    const listed = await (this.ports.connectCalDav ? this.ports.connectCalDav(account) : new CalDavConnection(account)).calendars();
    if (!listed.ok) {
      const path = listed.problem === 'unauthorized' ? 'password' : 'serverUrl';
      throw new HearbackError('invalid_request', sourceProblemText(listed.problem, listed.status), [{ path, message: listed.problem }]);
    }
    return listed.calendars;
  }

  /** One source per chosen calendar, each keeping the password as its secret. */
  addCalDav(account: CalDavAccount, calendars: readonly CalDavCalendarInfo[]): SourceRuntime[] {
    if (this.calendarCount() + calendars.length > 50) throw new HearbackError('invalid_request', 'At most 50 calendars.', [{ path: 'calendars', message: 'at most 50 calendars' }]);
    return calendars.map((calendar) => {
      const stored: StoredSource = { id: this.ctx.newId(), kind: 'caldav', name: `${calendar.name} (${account.username})`.slice(0, 200), addedAt: nowIso(this.ctx), serverUrl: account.serverUrl, username: account.username, calendarUrl: calendar.url };
      this.ctx.secrets.set(secretKey(stored), account.password);
      return this.addStored(stored);
    });
  }

  removeSource(id: string): void {
    this.forget(this.requireSource(id));
  }

  private forget(runtime: SourceRuntime): void {
    const stored = runtime.stored;
    if (stored) {
      if (stored.kind === 'file') removeDroppedFile(this.ports.dataDir, stored.id);
      else this.ctx.secrets.delete(secretKey(stored));
      this.connections.delete(stored.id);
      this.save({ ...this.file, sources: this.file.sources.filter((s) => s.id !== stored.id) });
    }
    this.sources.delete(runtime.id);
  }

  private requireSource(id: string): SourceRuntime {
    const runtime = this.sources.get(id);
    if (!runtime) throw new HearbackError('not_found', `No calendar with id ${id}.`);
    return runtime;
  }

  /** Checks every feed; resolves when all are read and applied. */
  async refreshAll(): Promise<void> {
    await Promise.all([...this.sources.values()].filter((s) => s.kind !== 'file').map((s) => this.refresh(s.id)));
  }

  /** One feed: fetched outside the call queue, applied inside it. Concurrent asks share one fetch. */
  refresh(id: string): Promise<void> {
    const runtime = this.requireSource(id);
    const stored = runtime.stored;
    // A dropped file has nothing to fetch: it is what it was.
    if (!stored || stored.kind === 'file') return Promise.resolve();
    if (runtime.inFlight) return runtime.inFlight;
    const work = (async () => {
      const secret = this.ctx.secrets.get(secretKey(stored));
      const result: SourceRead = secret === null ? { kind: 'failed', problem: 'address-forgotten', status: null } : stored.kind === 'feed' ? feedRead(await (this.ports.fetch ?? fetchFeed)(secret, runtime.validators)) : calDavRead(await this.connection(stored.id, { serverUrl: stored.serverUrl, username: stored.username, password: secret }).read(stored.calendarUrl, runtime.calDav));
      await this.ports.run(() => this.apply(runtime, result));
    })().finally(() => {
      runtime.inFlight = null;
    });
    runtime.inFlight = work;
    return work;
  }

  private apply(runtime: SourceRuntime, result: SourceRead): void {
    if (!this.sources.has(runtime.id)) return;
    runtime.checkedAt = nowIso(this.ctx);
    if (result.kind === 'failed') {
      this.fail(runtime, result.problem, result.status);
    } else if (result.kind === 'changed') {
      if (this.read(runtime, result.texts)) {
        runtime.validators = result.validators;
        runtime.calDav = result.calDav;
      }
    } else {
      if (result.calDav) runtime.calDav = result.calDav;
      runtime.problem = null;
      runtime.message = null;
    }
    // Only new events can move an interview: an unchanged calendar costs nothing more here.
    if (runtime.problem === null && result.kind === 'changed') this.syncLinked(runtime);
    this.changed();
  }

  private fail(runtime: SourceRuntime, problem: SourceProblem, status: number | null): void {
    runtime.problem = problem;
    runtime.message = sourceProblemText(problem, status);
    this.ports.log.warn('calendar source failing', { source: runtime.id, problem, status });
  }

  /**
   * Parses the source's texts into its events; false (the source failing, its events kept) when a
   * feed cannot be read. A CalDAV calendar holds one text per event: a broken one is named and skipped.
   */
  private read(runtime: SourceRuntime, texts: ReadonlyMap<string, string>): boolean {
    const nowMs = this.ctx.now().getTime();
    // Parses are reused within a day: the window they were expanded in moves by days, not by polls.
    const windowDay = Math.floor(nowMs / MS_PER_DAY);
    const zone = this.ctx.zone();
    const options = { fallbackZone: zone, windowStartMs: nowMs - WINDOW_BACK_DAYS * MS_PER_DAY, windowEndMs: nowMs + WINDOW_AHEAD_DAYS * MS_PER_DAY };
    const parsedNow = new Map<string, ParsedText>();
    const events: CalendarEvent[] = [];
    const problems: string[] = [];
    for (const [key, text] of texts) {
      const previous = runtime.parsed.get(key);
      const parsed = previous && previous.text === text && previous.windowDay === windowDay && previous.zone === zone ? previous : { text, windowDay, zone, result: parseIcs(text, options) };
      const result = parsed.result;
      if (result.ok) {
        parsedNow.set(key, parsed);
        events.push(...result.events);
        problems.push(...result.problems);
      } else if (runtime.kind === 'caldav') {
        parsedNow.set(key, parsed);
        problems.push(`An event could not be read: ${result.message}`);
      } else {
        this.fail(runtime, result.code, null);
        return false;
      }
    }
    runtime.parsed = runtime.kind === 'caldav' ? parsedNow : new Map();
    runtime.events = events;
    runtime.warnings = problems.slice(0, 20).map((p) => p.slice(0, 300));
    runtime.problem = null;
    runtime.message = null;
    runtime.complete = runtime.kind !== 'file';
    return true;
  }

  /**
   * A dropped invitation, on the window or on an application (`applicationId`, then preselected).
   * Read first — a file that is not a calendar writes nothing; the same file dropped again is the
   * same source (its application updated). Kept until removed; the oldest goes past 50 files.
   */
  importFile(fileName: string, text: string, applicationId: string | null): void {
    if (applicationId !== null) requireApplication(this.ctx, applicationId);
    const name = fileName.slice(0, 200);
    const runtime = this.runtime(this.ctx.newId(), 'file', name);
    runtime.checkedAt = nowIso(this.ctx);
    if (!this.read(runtime, new Map([['file', text]]))) throw new HearbackError('invalid_request', runtime.message ?? 'Not a calendar file.', [{ path: 'text', message: runtime.problem ?? 'not a calendar' }]);
    const same = [...this.sources.values()].find((s) => s.stored?.kind === 'file' && readDroppedFile(this.ports.dataDir, s.id) === text);
    if (same?.stored?.kind === 'file') {
      const stored: FileSource = { ...same.stored, name, applicationId: applicationId ?? same.stored.applicationId };
      this.save({ ...this.file, sources: this.file.sources.map((s) => (s.id === stored.id ? stored : s)) });
      same.stored = stored;
      same.name = name;
      return;
    }
    const stored: FileSource = { id: runtime.id, kind: 'file', name, addedAt: nowIso(this.ctx), applicationId };
    writeDroppedFile(this.ports.dataDir, stored.id, text);
    const files = this.file.sources.filter((s) => s.kind === 'file');
    for (const old of files.slice(0, Math.max(0, files.length - 49))) {
      const oldRuntime = this.sources.get(old.id);
      if (oldRuntime) this.forget(oldRuntime);
    }
    this.save({ ...this.file, sources: [...this.file.sources, stored] });
    runtime.stored = stored;
    this.sources.set(runtime.id, runtime);
    this.syncLinked(runtime);
  }

  // ---- decisions ------------------------------------------------------------------------------

  /** Every saved change shows somewhere (sources, candidates, cancellations): the window asks again. */
  private save(file: CalendarFile): void {
    writeCalendarFile(this.ports.dataDir, file);
    this.file = file;
    this.changed();
  }

  private decide(key: string, decision: Decision): void {
    this.save({ ...this.file, decisions: { ...this.file.decisions, [key]: decision } });
  }

  /** The newest copy of an event across sources (highest SEQUENCE; a dropped file can be newer than the feed). */
  private findEvent(key: string): { event: CalendarEvent; source: SourceRuntime } | null {
    let best: { event: CalendarEvent; source: SourceRuntime } | null = null;
    for (const source of this.sources.values()) {
      const event = source.events.find((e) => e.key === key);
      if (event && (!best || event.sequence >= best.event.sequence)) best = { event, source };
    }
    return best;
  }

  /**
   * The decision that still holds for an event: a confirmation whose interview is gone (undone, or
   * deleted by the user) no longer does, so the event is offered again; redo brings it back.
   */
  private decisionFor(key: string): Decision | null {
    const decision = this.file.decisions[key];
    if (!decision) return null;
    if (decision.kind === 'confirmed' && !this.ctx.store.readInterview(decision.interviewId)) return null;
    return decision;
  }

  confirm(key: string, applicationId: string): Interview {
    if (this.decisionFor(key)?.kind === 'confirmed') throw new HearbackError('conflict', 'This event is already an interview.');
    const found = this.findEvent(key);
    if (!found) throw new HearbackError('not_found', 'That calendar event is no longer in your calendars.');
    const app = requireApplication(this.ctx, applicationId);
    const proposal = proposeInterview(found.event, app);
    const now = nowIso(this.ctx);
    const added: Contact[] = proposal.interviewers
      .filter((p) => p.contactId === null)
      .slice(0, Math.max(0, 100 - app.contacts.length))
      .map((p) => ({ id: this.ctx.newId(), name: p.name.trim() || p.email, title: '', email: p.email, phone: '', notes: 'Added from a calendar invitation' }));
    const interviewerIds = [...proposal.interviewers.flatMap((p) => (p.contactId ? [p.contactId] : [])), ...added.map((c) => c.id)].slice(0, 30);
    const interview: Interview = {
      id: this.ctx.newId(),
      applicationId: app.id,
      round: proposal.round,
      startsAt: proposal.startsAt,
      timeZone: proposal.timeZone,
      durationMinutes: proposal.durationMinutes,
      format: proposal.format,
      location: proposal.location,
      interviewerIds,
      notes: '',
      memorableDetail: '',
      hearBack: UNKNOWN_PROMISE,
      outcome: 'pending',
      heardBackAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const summary = `Scheduled ${interview.round} with ${app.company} (from your calendar)`;
    const changes: Change[] = [];
    if (added.length > 0) {
      const nextApp: Application = { ...app, contacts: [...app.contacts, ...added], updatedAt: now };
      changes.push({ entity: 'application', kind: 'updated', id: app.id, applicationId: app.id, after: nextApp, summary: `Added ${added.map((c) => c.name).join(', ')} from the invitation` });
    }
    changes.push({ entity: 'interview', kind: 'created', id: interview.id, applicationId: app.id, after: interview, summary }, ...onInterviewChanged(this.ctx, interview, false));
    this.ctx.store.commit({ summary, undoable: true, changes });
    this.decide(key, { kind: 'confirmed', interviewId: interview.id, applicationId: app.id, sourceId: found.source.id, startsAt: found.event.startsAt, endsAt: found.event.endsAt, sequence: found.event.sequence, cancellationResolved: false });
    return interview;
  }

  dismiss(key: string): void {
    if (this.decisionFor(key)?.kind === 'confirmed') throw new HearbackError('conflict', 'This event is already an interview; delete the interview instead.');
    this.decide(key, { kind: 'dismissed' });
  }

  /**
   * A linked event was cancelled or deleted: mark its interview cancelled (it did not take place:
   * its follow-ups stop, one undoable action) or keep it as it is. Asked once either way.
   */
  resolveCancellation(key: string, cancelInterview: boolean): void {
    const decision = this.file.decisions[key];
    if (decision?.kind !== 'confirmed') throw new HearbackError('not_found', 'No interview is linked to that event.');
    const interview = this.ctx.store.readInterview(decision.interviewId);
    if (cancelInterview && interview && interview.outcome !== 'cancelled') {
      const summary = `Marked ${interview.round} cancelled (cancelled in your calendar)`;
      const next: Interview = { ...interview, outcome: 'cancelled', updatedAt: nowIso(this.ctx) };
      this.ctx.store.commit({
        summary,
        undoable: true,
        changes: [{ entity: 'interview', kind: 'updated', id: next.id, applicationId: next.applicationId, after: next, summary }, ...onInterviewChanged(this.ctx, next, false)],
      });
    }
    this.decide(key, { ...decision, cancellationResolved: true });
  }

  /** Linked events that moved: the interview follows (one undoable action each). */
  private syncLinked(source: SourceRuntime): void {
    for (const [key, decision] of Object.entries(this.file.decisions)) {
      if (decision.kind !== 'confirmed') continue;
      const event = source.events.find((e) => e.key === key);
      if (!event || event.status === 'cancelled' || event.sequence < decision.sequence) continue;
      if (event.startsAt === decision.startsAt && event.endsAt === decision.endsAt) continue;
      const interview = this.ctx.store.readInterview(decision.interviewId);
      if (!interview) continue;
      const minutes = Math.round((Date.parse(event.endsAt) - Date.parse(event.startsAt)) / 60_000);
      const next: Interview = { ...interview, startsAt: event.startsAt, timeZone: event.timeZone, durationMinutes: minutes >= 5 ? Math.min(minutes, 24 * 60) : interview.durationMinutes, updatedAt: nowIso(this.ctx) };
      const problem = promiseDateProblem(next);
      if (problem) {
        source.warnings = [`${interview.round} moved in your calendar, but its promised date ${problem}: change the promise, then it follows.`.slice(0, 300), ...source.warnings].slice(0, 20);
        continue;
      }
      const summary = `Rescheduled ${interview.round} (moved in your calendar)`;
      try {
        this.ctx.store.commit({ summary, undoable: true, changes: [{ entity: 'interview', kind: 'updated', id: next.id, applicationId: next.applicationId, after: next, summary }, ...onInterviewChanged(this.ctx, next, false)] });
      } catch (error) {
        source.warnings = [`${interview.round} moved in your calendar but could not be saved: ${error instanceof Error ? error.message : 'unknown error'}`.slice(0, 300), ...source.warnings].slice(0, 20);
        continue;
      }
      this.decide(key, { ...decision, startsAt: event.startsAt, endsAt: event.endsAt, sequence: event.sequence, sourceId: source.id });
    }
  }

  // ---- what the UI shows -----------------------------------------------------------------------

  state(): CalendarState {
    return { sources: [...this.sources.values()].map((s) => this.status(s)), candidates: this.candidates(), cancellations: this.cancellations() };
  }

  private status(s: SourceRuntime): CalendarSourceStatus {
    return {
      id: s.id,
      kind: s.kind,
      name: s.name,
      state: s.problem ? 'failing' : s.checkedAt ? 'ok' : 'not-checked',
      problem: s.problem,
      message: s.message,
      checkedAt: s.checkedAt,
      eventCount: s.events.length,
      warnings: s.warnings,
    };
  }

  private candidates(): CalendarCandidate[] {
    const nowMs = this.ctx.now().getTime();
    const applications = [...this.ctx.store.active.applications.values()];
    const index = indexApplications(applications);
    const out = new Map<string, CalendarCandidate>();
    for (const source of this.sources.values()) {
      for (const event of source.events) {
        if (this.decisionFor(event.key) || out.has(event.key)) continue;
        const match = matchEvent(event, index, nowMs);
        if (match.kind === 'not-considered') continue;
        if (match.kind === 'none' && source.kind !== 'file') continue;
        const droppedOn = source.stored?.kind === 'file' ? source.stored.applicationId : null;
        const dropped = droppedOn !== null && this.ctx.store.active.applications.has(droppedOn);
        const ids = dropped ? [droppedOn] : match.kind === 'match' ? match.applicationIds : [];
        const suggested = ids.length === 1 ? applications.find((a) => a.id === ids[0]) : undefined;
        const proposal = suggested ? proposeInterview(event, suggested) : null;
        const details = proposal ?? proposeInterview(event, { ...applications[0]!, contacts: [], jobUrl: '' });
        out.set(event.key, {
          event,
          applicationIds: ids.slice(0, 50),
          via: dropped ? 'dropped' : match.kind === 'match' ? match.via : null,
          format: details.format,
          location: details.location,
          interviewerNames: proposal ? proposal.interviewers.map((p) => p.name.slice(0, 200)) : [],
        });
      }
    }
    return [...out.values()].sort((a, b) => a.event.startsAt.localeCompare(b.event.startsAt)).slice(0, 200);
  }

  private cancellations(): CalendarCancellation[] {
    const out: CalendarCancellation[] = [];
    const windowStart = this.ctx.now().getTime() - WINDOW_BACK_DAYS * MS_PER_DAY;
    for (const [key, decision] of Object.entries(this.file.decisions)) {
      if (decision.kind !== 'confirmed' || decision.cancellationResolved) continue;
      const interview = this.ctx.store.readInterview(decision.interviewId);
      if (!interview) continue;
      const found = this.findEvent(key);
      const source = this.sources.get(decision.sourceId);
      const cancelled = found?.event.status === 'cancelled';
      const deleted = !found && source?.complete === true && source.problem === null && Date.parse(decision.endsAt) >= windowStart;
      if (cancelled || deleted) out.push({ key, interviewId: interview.id, applicationId: interview.applicationId, round: interview.round, startsAt: interview.startsAt });
    }
    return out;
  }
}

function feedRead(result: FeedFetch): SourceRead {
  if (result.kind === 'changed') return { kind: 'changed', texts: new Map([['feed', result.text]]), validators: result.validators, calDav: null };
  return result.kind === 'unchanged' ? { kind: 'unchanged', calDav: null } : result;
}

function calDavRead(result: CalDavRead): SourceRead {
  if (result.kind === 'changed') return { kind: 'changed', texts: new Map([...result.snapshot.items].map(([url, item]) => [url, item.text])), validators: { etag: null, lastModified: null }, calDav: result.snapshot };
  return result.kind === 'unchanged' ? { kind: 'unchanged', calDav: result.snapshot } : result;
}
