import { HearbackError } from '../../../shared/contract';
import type { CalendarSourceStatus } from '../../../shared/contract/methods/calendar';
import { MS_PER_DAY } from '../../../shared/followup';
import { requireApplication } from '../service/context';
import { nowIso, type ServiceContext } from '../service/context';
import type { CalDavAccount, CalDavCalendarInfo } from './caldav';
import { readDroppedFile, removeDroppedFile, writeDroppedFile, type CalendarRecord, type FileSource, type StoredSource } from './calendar-file';
import { classifyHost, refusalForUrl, type NetworkReach } from '../net/address-rule';
import { feedHttpUrl } from './fetch-feed';
import { RECENT_PAST_DAYS } from '../../../shared/calendar/recent-past';
import { sourceProblemText } from './source-text';
import { SourceCheck, secretKey } from './source-check';
import type { ParsedTexts, SourceEvents, SourcePorts, SourceRuntime } from './source-runtime';

export type { SourceEvents, SourcePorts, SourceRuntime };

export const POLL_MS = 15 * 60_000;
/**
 * The calendars Hearback reads — feeds, CalDAV calendars, dropped files — and the events each
 * holds now: adding and removing them, polling, and each one's status. One check of a source
 * (fetch, parse, apply) is `source-check.ts`; what the events mean for the user's interviews is
 * `calendar-decisions.ts`.
 */
export class CalendarSources {
  private readonly sources = new Map<string, SourceRuntime>();
  private readonly checks: SourceCheck;
  private timer: unknown = null;
  private closed = false;

  constructor(
    private readonly ports: SourcePorts,
    private readonly record: CalendarRecord,
    private readonly events: SourceEvents,
  ) {
    this.checks = new SourceCheck(ports, events, (id) => this.sources.has(id));
    for (const source of record.file.sources) {
      const runtime = this.runtime(source.id, source.kind, source.name, source);
      this.sources.set(source.id, runtime);
    }
  }

  private get ctx(): ServiceContext {
    return this.ports.ctx;
  }

  all(): IterableIterator<SourceRuntime> {
    return this.sources.values();
  }

  get(id: string): SourceRuntime | undefined {
    return this.sources.get(id);
  }

  /** A kept dropped file, read again at start: parsed in slices, applied in the call queue. */
  private loadDropped(runtime: SourceRuntime): void {
    const text = readDroppedFile(this.ports.dataDir, runtime.id);
    runtime.checkedAt = nowIso(this.ctx);
    if (text === null) {
      runtime.problem = 'not-found';
      runtime.message = 'Hearback’s copy of this dropped invitation is gone. Drop it again, or remove it.';
      return;
    }
    runtime.droppedText = text;
    const files = new Map([['file', text]]);
    runtime.inFlight = (async () => {
      const parsed = await this.checks.parse(runtime, files);
      await this.ports.run(() => {
        if (!this.sources.has(runtime.id) || !this.checks.read(runtime, parsed)) return;
        const windowStart = this.ctx.now().getTime() - RECENT_PAST_DAYS * MS_PER_DAY;
        const added = Date.parse(runtime.stored?.addedAt ?? '');
        if (added < windowStart && runtime.events.every((e) => Date.parse(e.endsAt) < windowStart)) this.forget(runtime);
        else this.events.read(runtime);
        this.events.changed();
      });
    })().finally(() => {
      runtime.inFlight = null;
    });
  }

  start(): void {
    for (const runtime of this.sources.values()) if (runtime.kind === 'file') this.loadDropped(runtime);
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

  private runtime(id: string, kind: SourceRuntime['kind'], name: string, stored: StoredSource | null = null): SourceRuntime {
    return {
      id,
      kind,
      name,
      stored,
      calDav: null,
      parsed: new Map(),
      droppedText: null,
      events: [],
      method: null,
      validators: { etag: null, lastModified: null },
      problem: null,
      message: null,
      checkedAt: null,
      complete: false,
      warnings: [],
      inFlight: null,
    };
  }

  /** Calendars the user added (dropped files are counted apart). */
  private calendarCount(): number {
    return this.record.file.sources.filter((s) => s.kind !== 'file').length;
  }

  /**
   * A feed: refused before anything is saved when its server is on this computer or a private
   * network and the user has not said it is their own (the form then asks). The name is looked up
   * outside the call queue; the source is saved inside it.
   */
  async addFeed(name: string, url: string, ownNetwork: boolean, releaseQueue: () => void): Promise<SourceRuntime> {
    if (this.calendarCount() >= 50) throw new HearbackError('invalid_request', 'At most 50 calendars.', [{ path: 'url', message: 'at most 50 calendars' }]);
    releaseQueue();
    const reach = await this.reachFor(feedHttpUrl(url), ownNetwork, 'url');
    return this.ports.run(() => {
      if (this.calendarCount() >= 50) throw new HearbackError('invalid_request', 'At most 50 calendars.', [{ path: 'url', message: 'at most 50 calendars' }]);
      const stored: StoredSource = { id: this.ctx.newId(), kind: 'feed', name, addedAt: nowIso(this.ctx), reach };
      this.ctx.secrets.set(secretKey(stored), url);
      return this.addStored(stored);
    });
  }

  /**
   * Which addresses a new source may reach: `own-network` when the user chose it; else the server
   * must be on the public internet by name and by every address it resolves to now (each request
   * checks again when connecting). Refused with the reason and the choice named (path `ownNetwork`).
   */
  private async reachFor(address: string, ownNetwork: boolean, field: string): Promise<NetworkReach> {
    if (ownNetwork) return 'own-network';
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw new HearbackError('invalid_request', 'That is not a web address.', [{ path: field, message: 'not a web address' }]);
    }
    const refusal = refusalForUrl(url, 'public');
    const local = refusal !== null || (await classifyHost(url.hostname, this.ports.resolve)) === 'own-network';
    if (!local) return 'public';
    throw new HearbackError('invalid_request', `${url.hostname} is on this computer or a private network. If it is your own server (a home Nextcloud or Radicale), say that it is on your own network and add it again.`, [
      { path: 'ownNetwork', message: 'own-network' },
    ]);
  }

  private addStored(stored: StoredSource): SourceRuntime {
    this.record.save({ ...this.record.file, sources: [...this.record.file.sources, stored] });
    const runtime = this.runtime(stored.id, stored.kind, stored.name, stored);
    this.sources.set(stored.id, runtime);
    return runtime;
  }

  /** The account's calendars, to choose from (nothing saved). */
  async listCalDav(account: CalDavAccount, ownNetwork: boolean): Promise<CalDavCalendarInfo[]> {
    const reach = await this.reachFor(account.serverUrl, ownNetwork, 'serverUrl');
    const listed = await this.checks.connect(account, reach).calendars();
    if (!listed.ok) {
      const path = listed.problem === 'unauthorized' ? 'password' : 'serverUrl';
      throw new HearbackError('invalid_request', sourceProblemText(listed.problem, listed.status), [{ path, message: listed.problem }]);
    }
    return listed.calendars;
  }

  /** One source per chosen calendar, each keeping the password as its secret (the server's reach checked first, as for a feed). */
  async addCalDav(account: CalDavAccount, calendars: readonly CalDavCalendarInfo[], ownNetwork: boolean, releaseQueue: () => void): Promise<SourceRuntime[]> {
    const tooMany = () => new HearbackError('invalid_request', 'At most 50 calendars.', [{ path: 'calendars', message: 'at most 50 calendars' }]);
    if (this.calendarCount() + calendars.length > 50) throw tooMany();
    releaseQueue();
    const reach = await this.reachFor(account.serverUrl, ownNetwork, 'serverUrl');
    for (const calendar of calendars) await this.reachFor(calendar.url, reach === 'own-network', 'calendars');
    return this.ports.run(() => {
      if (this.calendarCount() + calendars.length > 50) throw tooMany();
      return calendars.map((calendar) => {
        const stored: StoredSource = {
          id: this.ctx.newId(),
          kind: 'caldav',
          name: `${calendar.name} (${account.username})`.slice(0, 200),
          addedAt: nowIso(this.ctx),
          serverUrl: account.serverUrl,
          username: account.username,
          calendarUrl: calendar.url,
          reach,
        };
        this.ctx.secrets.set(secretKey(stored), account.password);
        return this.addStored(stored);
      });
    });
  }

  removeSource(id: string): void {
    this.forget(this.requireSource(id));
  }

  /** The "on my own network" choice changed on a feed or CalDAV calendar: kept, and its connection made again with it. */
  setOwnNetwork(id: string, ownNetwork: boolean): void {
    const runtime = this.requireSource(id);
    const stored = runtime.stored;
    if (!stored || stored.kind === 'file') throw new HearbackError('invalid_request', 'A dropped invitation is not fetched from a server, so it has no network to choose.', [{ path: 'id', message: 'not a feed or CalDAV calendar' }]);
    const next: StoredSource = { ...stored, reach: ownNetwork ? 'own-network' : 'public' };
    this.record.save({ ...this.record.file, sources: this.record.file.sources.map((s) => (s.id === id ? next : s)) });
    runtime.stored = next;
    this.checks.forgetConnection(id);
    // A check under way was made with the old choice; the caller checks again with the new one.
    runtime.validators = { etag: null, lastModified: null };
  }

  private forget(runtime: SourceRuntime): void {
    const stored = runtime.stored;
    if (stored) {
      if (stored.kind === 'file') removeDroppedFile(this.ports.dataDir, stored.id);
      else this.ctx.secrets.delete(secretKey(stored));
      this.checks.forgetConnection(stored.id);
      this.record.save({ ...this.record.file, sources: this.record.file.sources.filter((s) => s.id !== stored.id) });
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

  /** One feed or CalDAV calendar checked (source-check.ts); concurrent asks share one check. */
  refresh(id: string): Promise<void> {
    return this.checks.run(this.requireSource(id));
  }

  /**
   * A dropped invitation, on the window or on an application (`applicationId`, then preselected).
   * Read first — a file that is not a calendar writes nothing; the same file dropped again is the
   * same source (its application updated). Kept until removed; the oldest goes past 50 files.
   */
  async importFile(fileName: string, text: string, applicationId: string | null, releaseQueue: () => void): Promise<void> {
    if (applicationId !== null) requireApplication(this.ctx, applicationId);
    const name = fileName.slice(0, 200);
    const runtime = this.runtime(this.ctx.newId(), 'file', name);
    // Read outside the call queue (a large or hostile file must not hold other calls), kept inside it.
    releaseQueue();
    const parsed = await this.checks.parse(runtime, new Map([['file', text]]));
    await this.ports.run(() => this.keepDropped(runtime, parsed, text, applicationId));
    // Keeping it (a durable write) and the candidates that follow are two pieces of work: calls waiting go between them.
    await new Promise((resolve) => setImmediate(resolve));
  }

  private keepDropped(runtime: SourceRuntime, parsed: ParsedTexts, text: string, applicationId: string | null): void {
    if (applicationId !== null) requireApplication(this.ctx, applicationId);
    const name = runtime.name;
    runtime.checkedAt = nowIso(this.ctx);
    if (!this.checks.read(runtime, parsed)) throw new HearbackError('invalid_request', runtime.message ?? 'Not a calendar file.', [{ path: 'text', message: runtime.problem ?? 'not a calendar' }]);
    const same = [...this.sources.values()].find((s) => s.kind === 'file' && s.droppedText === text);
    if (same?.stored?.kind === 'file') {
      const stored: FileSource = { ...same.stored, name, applicationId: applicationId ?? same.stored.applicationId };
      this.record.save({ ...this.record.file, sources: this.record.file.sources.map((s) => (s.id === stored.id ? stored : s)) });
      same.stored = stored;
      same.name = name;
      return;
    }
    const stored: FileSource = { id: runtime.id, kind: 'file', name, addedAt: nowIso(this.ctx), applicationId };
    writeDroppedFile(this.ports.dataDir, stored.id, text);
    const files = this.record.file.sources.filter((s) => s.kind === 'file');
    for (const old of files.slice(0, Math.max(0, files.length - 49))) {
      const oldRuntime = this.sources.get(old.id);
      if (oldRuntime) this.forget(oldRuntime);
    }
    this.record.save({ ...this.record.file, sources: [...this.record.file.sources, stored] });
    runtime.stored = stored;
    runtime.droppedText = text;
    this.sources.set(runtime.id, runtime);
    this.events.read(runtime);
  }

  status(s: SourceRuntime): CalendarSourceStatus {
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
      ownNetwork: s.stored?.kind !== 'file' && s.stored?.reach === 'own-network',
    };
  }
}
