import type { CalendarState } from '../../../shared/contract/methods/calendar';
import type { Interview } from '../../../shared/domain';
import type { CalDavAccount, CalDavCalendarInfo } from './caldav';
import { CalendarRecord } from './calendar-file';
import { CalendarDecisions } from './calendar-decisions';
import { CalendarSources, type SourcePorts, type SourceRuntime } from './calendar-sources';

export { POLL_MS } from './calendar-sources';

/**
 * Calendar sources, what they hold, and what the user decided about each event — the sources in
 * `calendar-sources.ts`, the decisions in `calendar-decisions.ts`, both kept in `calendar.json`
 * (`CalendarRecord`). The rules:
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
 * | a feed or CalDAV server on this computer or a     | refused, nothing saved, unless the user says it is on their own   |
 * | private network                                   | network (stored per source; every request and redirect checked;  |
 * |                                                   | changeable later on the source: Settings → Calendars)             |
 * | confirm                                           | one undoable action: the interview (+ new contacts), its planned  |
 * |                                                   | follow-ups; the decision is remembered by event key               |
 * | "not an interview"                                | remembered; never offered again                                   |
 * | the confirmed interview undone or deleted         | the event is offered again (redo links it again)                  |
 * | a linked event moved (SEQUENCE not older)         | one undoable action: the interview moves, follow-ups re-planned   |
 * | a linked event cancelled, or gone from a feed     | asked: mark the interview cancelled (undoable) or keep it         |
 */
export type CalendarPorts = SourcePorts;

export class CalendarService {
  private readonly record: CalendarRecord;
  private readonly sources: CalendarSources;
  private readonly decisions: CalendarDecisions;
  private readonly listeners = new Set<() => void>();
  /** Counts changes (sources, their events, decisions), so candidates are computed again only after one. */
  private generation = 0;

  constructor(ports: CalendarPorts) {
    this.record = new CalendarRecord(ports.dataDir, () => this.changed(), ports.log, ports.localStateEngine);
    this.sources = new CalendarSources(ports, this.record, { read: (source) => this.decisions.syncLinked(source), changed: () => this.changed() });
    this.decisions = new CalendarDecisions(ports.ctx, this.record, this.sources, () => this.generation);
  }

  /** A damaged `calendar.json` found at start (kept aside), in the user's words; null when all was well. */
  get fileProblem(): string | null {
    return this.record.problem;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.generation++;
    for (const listener of this.listeners) listener();
  }

  start(): void {
    this.sources.start();
  }

  /** Resolves when the checks under way have been read and applied (what tests wait on). */
  idle(): Promise<void> {
    return this.sources.idle();
  }

  stop(): void {
    this.sources.stop();
  }

  addFeed(name: string, url: string, ownNetwork: boolean, releaseQueue: () => void): Promise<SourceRuntime> {
    return this.sources.addFeed(name, url, ownNetwork, releaseQueue);
  }

  listCalDav(account: CalDavAccount, ownNetwork: boolean): Promise<CalDavCalendarInfo[]> {
    return this.sources.listCalDav(account, ownNetwork);
  }

  addCalDav(account: CalDavAccount, calendars: readonly CalDavCalendarInfo[], ownNetwork: boolean, releaseQueue: () => void): Promise<SourceRuntime[]> {
    return this.sources.addCalDav(account, calendars, ownNetwork, releaseQueue);
  }

  /** Changes the "on my own network" choice, then checks the source with it (after any check under way). */
  async setOwnNetwork(id: string, ownNetwork: boolean, releaseQueue: () => void): Promise<void> {
    const before = this.sources.get(id)?.inFlight ?? null;
    this.sources.setOwnNetwork(id, ownNetwork);
    releaseQueue();
    await before?.catch(() => undefined);
    await this.sources.refresh(id);
  }

  removeSource(id: string): void {
    this.sources.removeSource(id);
  }

  refreshAll(): Promise<void> {
    return this.sources.refreshAll();
  }

  refresh(id: string): Promise<void> {
    return this.sources.refresh(id);
  }

  importFile(fileName: string, text: string, applicationId: string | null, releaseQueue: () => void): Promise<void> {
    return this.sources.importFile(fileName, text, applicationId, releaseQueue);
  }

  confirm(key: string, applicationId: string, picked: { startTime?: string | undefined; durationMinutes?: number | undefined } = {}): Interview {
    return this.decisions.confirm(key, applicationId, picked);
  }

  dismiss(key: string): void {
    this.decisions.dismiss(key);
  }

  resolveCancellation(key: string, cancelInterview: boolean): void {
    this.decisions.resolveCancellation(key, cancelInterview);
  }

  state(): CalendarState {
    return { sources: [...this.sources.all()].map((s) => this.sources.status(s)), candidates: this.decisions.candidates(), cancellations: this.decisions.cancellations() };
  }
}
