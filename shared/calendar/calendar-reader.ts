import ICAL from 'ical.js';
import { floatingToEpochMs, MS_PER_DAY } from '../followup/zoned-time';
import type { CalendarEvent, EventPerson, EventStatus } from './calendar-event';
import { ianaZoneFor } from './event-zone';
import { altDescriptionText } from './html-text';
import { videoLinkIn } from './meeting-details';

/**
 * One calendar's events → occurrences (the rules table is in parse-ics.ts). A generator: it
 * yields between events and every few repeats, so whoever drives it can let other work run.
 */
export interface ReaderLimits {
  windowStartMs: number;
  windowEndMs: number;
  fallbackZone: string;
  maxStepsPerEvent: number;
  maxOccurrencesPerEvent: number;
  /** Milliseconds, for the time limits below (the core passes a monotonic clock). */
  clock: () => number;
}

/** What one file may cost, shared by its calendars: occurrences kept and repeats stepped through. */
export interface FileBudget {
  occurrencesLeft: number;
  stepsLeft: number;
  /** Time left for stepping through repeats, for the whole file. */
  expandMsLeft: number;
  /** The file held more than it was allowed: said once to the user. */
  cut: boolean;
}

/**
 * Time limits on repeats, because one step of ical.js's iterator can run unbounded: a rule that
 * never matches (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31`) steps day after day inside one `next()`.
 * Its inner loop is watched; past these it stops and the event keeps what was read.
 *
 * | limit                                  | ms   |
 * | -------------------------------------- | ---- |
 * | one step (one `next()`)                | 20   |
 * | one event's repeats                    | 250  |
 * | every repeat in a file                 | 2000 |
 */
export const STEP_MS = 20;
export const EVENT_EXPAND_MS = 250;
export const FILE_EXPAND_MS = 2000;
/** An event's text larger than this is not read (a description holds a few KB; 1 MB is not an invitation). */
export const MAX_EVENT_CHARS = 1_000_000;

class TooSlow extends Error {}

interface WatchedIterator {
  next(): ICAL.Time | null;
  check_contracting_rules(): boolean;
}

/** The iterator with its inner loop watched: past `deadline()` it throws TooSlow. */
function watched(iterator: ICAL.RecurIterator, clock: () => number, deadline: () => number): WatchedIterator {
  const inner = iterator as unknown as WatchedIterator;
  const check = inner.check_contracting_rules.bind(inner);
  let calls = 0;
  inner.check_contracting_rules = () => {
    if ((++calls & 15) === 0 && clock() > deadline()) throw new TooSlow();
    return check();
  };
  return inner;
}

interface ResolvedTime {
  ms: number;
  zone: string;
  allDay: boolean;
  floating: boolean;
  /** A TZID the file never defined (the time was read in `zone`). */
  unknownZone: string | null;
}

/** Occurrences made between two pauses. */
const STEPS_PER_SLICE = 64;

/** Wall-clock fields of an ICAL.Time, as a "floating" Date (UTC fields = wall time). */
function floatingOf(time: ICAL.Time): Date {
  return new Date(Date.UTC(time.year, time.month - 1, time.day, time.isDate ? 0 : time.hour, time.isDate ? 0 : time.minute, time.isDate ? 0 : time.second));
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
}

export class CalendarReader {
  readonly method: string | null;
  private readonly calendarZone: string;
  private readonly timezones = new Map<string, ICAL.Timezone>();
  private readonly unknownZonesSaid = new Set<string>();

  constructor(
    calendar: ICAL.Component,
    private readonly limits: ReaderLimits,
    private readonly budget: FileBudget,
    private readonly problems: string[],
  ) {
    const method = calendar.getFirstPropertyValue('method');
    this.method = typeof method === 'string' ? method.toUpperCase() : null;
    const wr = calendar.getFirstPropertyValue('x-wr-timezone');
    this.calendarZone = (typeof wr === 'string' && ianaZoneFor(wr)) || limits.fallbackZone;
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = vtimezone.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') {
        try {
          this.timezones.set(tzid, new ICAL.Timezone(vtimezone));
        } catch {
          this.problems.push(`A time zone definition (${tzid.slice(0, 80)}) could not be read`);
        }
      }
    }
  }

  /** Each event text parsed on its own (a damaged one is named and skipped), then grouped by UID. */
  *read(eventTexts: readonly string[], out: CalendarEvent[]): Generator<void, void, void> {
    const byUid = new Map<string, { master: ICAL.Component | null; overrides: ICAL.Component[] }>();
    let unreadable = 0;
    for (const text of eventTexts) {
      yield;
      let vevent: ICAL.Component;
      try {
        if (text.length > MAX_EVENT_CHARS) throw new Error('too large');
        vevent = new ICAL.Component(ICAL.parse(text) as never);
      } catch {
        unreadable++;
        continue;
      }
      const uid = vevent.getFirstPropertyValue('uid');
      if (typeof uid !== 'string' || uid.trim() === '') {
        this.problems.push('An event without a UID was skipped');
        continue;
      }
      const group = byUid.get(uid) ?? { master: null, overrides: [] };
      if (vevent.hasProperty('recurrence-id')) group.overrides.push(vevent);
      else group.master = vevent;
      byUid.set(uid, group);
    }
    if (unreadable > 0) this.problems.push(`${unreadable} event${unreadable === 1 ? '' : 's'} in it could not be read and ${unreadable === 1 ? 'was' : 'were'} skipped`);
    for (const [uid, group] of byUid) {
      if (this.budget.occurrencesLeft <= 0) break;
      try {
        yield* this.readGroup(uid, group.master, group.overrides, out);
      } catch (error) {
        this.problems.push(`Event ${uid.slice(0, 80)} skipped: ${describeError(error)}`);
      }
    }
  }

  private keep(out: CalendarEvent[], occurrence: CalendarEvent | null): void {
    if (!occurrence) return;
    if (this.budget.occurrencesLeft <= 0) {
      this.budget.cut = true;
      return;
    }
    this.budget.occurrencesLeft--;
    out.push(occurrence);
  }

  private *readGroup(uid: string, master: ICAL.Component | null, overrides: ICAL.Component[], out: CalendarEvent[]): Generator<void, void, void> {
    const replaced = new Set<number>();
    for (const override of overrides) {
      const recurrence = this.resolve(override.getFirstProperty('recurrence-id'));
      if (!recurrence) continue;
      replaced.add(recurrence.ms);
      this.keep(out, this.occurrence(uid, override, recurrence.ms, null));
    }
    if (!master) return;
    if (!master.hasProperty('rrule') && !master.hasProperty('rdate')) {
      this.keep(out, this.occurrence(uid, master, null, null));
      return;
    }
    const start = this.resolve(master.getFirstProperty('dtstart'));
    if (!start) return;
    const starts = yield* this.expand(uid, master, start);
    let made = 0;
    for (const ms of starts) {
      if (replaced.has(ms)) continue;
      if (++made % STEPS_PER_SLICE === 0) yield;
      this.keep(out, this.occurrence(uid, master, ms, ms));
    }
  }

  /** Start instants of a recurring master inside the window: bounded repeats, bounded occurrences. */
  private *expand(uid: string, master: ICAL.Component, start: ResolvedTime): Generator<void, number[], void> {
    const { windowStartMs, windowEndMs, maxStepsPerEvent, maxOccurrencesPerEvent } = this.limits;
    const title = (textOf(master, 'summary', 60) || uid).slice(0, 80);
    const durationMs = this.durationMs(master, start);
    const excluded = new Set<number>();
    for (const prop of master.getAllProperties('exdate').slice(0, 5000)) {
      for (const value of prop.getValues().slice(0, 5000)) {
        const ex = value instanceof ICAL.Time ? this.resolveValue(value, prop.getParameter('tzid')) : null;
        if (ex) excluded.add(ex.ms);
      }
    }
    const starts = new Set<number>();
    const inWindow = (at: ResolvedTime) => at.ms <= windowEndMs && at.ms + durationMs >= windowStartMs && !excluded.has(at.ms);
    const dtstart = master.getFirstPropertyValue('dtstart') as ICAL.Time;
    const tzid = master.getFirstProperty('dtstart')?.getParameter('tzid');
    const rule = master.getFirstPropertyValue('rrule');
    if (rule instanceof ICAL.Recur) {
      const { clock } = this.limits;
      const eventDeadline = clock() + Math.min(EVENT_EXPAND_MS, Math.max(0, this.budget.expandMsLeft));
      let stepDeadline = 0;
      const began = clock();
      const iterator = watched(rule.iterator(dtstart), clock, () => stepDeadline);
      let steps = 0;
      try {
        for (;;) {
          yield;
          stepDeadline = Math.min(clock() + STEP_MS, eventDeadline);
          const next = iterator.next();
          if (!next) break;
          if (++steps > maxStepsPerEvent || this.budget.stepsLeft-- <= 0) {
            this.problems.push(`The repeating event “${title}” was read only up to its first ${Math.min(steps - 1, maxStepsPerEvent)} repeats`);
            break;
          }
          const at = this.resolveValue(next, tzid);
          if (!at || at.ms > windowEndMs) break;
          if (inWindow(at)) starts.add(at.ms);
          if (starts.size >= maxOccurrencesPerEvent) {
            this.problems.push(`The repeating event “${title}” was read only up to its first ${maxOccurrencesPerEvent} times in the coming year`);
            break;
          }
        }
      } catch (error) {
        if (!(error instanceof TooSlow)) throw error;
        this.problems.push(`The repeating event “${title}” was read only up to its first ${steps} repeats (its rule takes too long to follow)`);
      } finally {
        this.budget.expandMsLeft -= clock() - began;
      }
    } else if (inWindow(start)) {
      starts.add(start.ms);
    }
    for (const prop of master.getAllProperties('rdate').slice(0, 5000)) {
      for (const value of prop.getValues().slice(0, 5000)) {
        if (starts.size >= maxOccurrencesPerEvent) break;
        const at = value instanceof ICAL.Time ? this.resolveValue(value, prop.getParameter('tzid')) : null;
        if (at && inWindow(at)) starts.add(at.ms);
      }
    }
    return [...starts].sort((a, b) => a - b);
  }

  private durationMs(vevent: ICAL.Component, start: ResolvedTime): number {
    const end = this.resolve(vevent.getFirstProperty('dtend'));
    if (end && end.ms >= start.ms) return end.ms - start.ms;
    const duration = vevent.getFirstPropertyValue('duration');
    if (duration instanceof ICAL.Duration) return Math.max(0, duration.toSeconds() * 1000);
    return start.allDay ? MS_PER_DAY : 0;
  }

  /** One occurrence of `vevent`; `atMs` moves a recurring master to that start. */
  private occurrence(uid: string, vevent: ICAL.Component, recurrenceMs: number | null, atMs: number | null): CalendarEvent | null {
    const start = this.resolve(vevent.getFirstProperty('dtstart'));
    if (!start) return null;
    if (start.unknownZone && !this.unknownZonesSaid.has(start.unknownZone)) {
      this.unknownZonesSaid.add(start.unknownZone);
      this.problems.push(`The time zone “${start.unknownZone.slice(0, 80)}” is not defined in this calendar: its times were read in ${start.zone}`);
    }
    const durationMs = this.durationMs(vevent, start);
    const startMs = atMs ?? start.ms;
    const status = this.method === 'CANCEL' ? 'cancelled' : statusOf(vevent.getFirstPropertyValue('status'));
    const sequence = Number(vevent.getFirstPropertyValue('sequence') ?? 0);
    const recurrenceId = recurrenceMs === null ? null : new Date(recurrenceMs).toISOString();
    const html = vevent.getAllProperties('x-alt-desc').find((p) => /html/i.test(String(p.getParameter('fmttype') ?? '')));
    const htmlText = html ? altDescriptionText(String(html.getFirstValue() ?? '')) : '';
    const description = textOf(vevent, 'description', 20_000) || htmlText;
    return {
      key: recurrenceId ? `${uid}#${recurrenceId}` : uid,
      uid: uid.slice(0, 1000),
      recurrenceId,
      summary: textOf(vevent, 'summary', 1000),
      description,
      conferenceUrl: conferenceUrlOf(vevent) || (videoLinkIn(htmlText) ?? ''),
      location: textOf(vevent, 'location', 2048),
      url: textOf(vevent, 'url', 2048),
      startsAt: new Date(startMs).toISOString(),
      endsAt: new Date(startMs + durationMs).toISOString(),
      timeZone: start.zone,
      allDay: start.allDay,
      floating: start.floating,
      unknownZone: start.unknownZone,
      status,
      sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
      organizer: personOf(vevent.getFirstProperty('organizer')),
      attendees: vevent
        .getAllProperties('attendee')
        .slice(0, 200)
        .map(personOf)
        .filter((p): p is EventPerson => p !== null),
    };
  }

  private resolve(prop: ICAL.Property | null): ResolvedTime | null {
    if (!prop) return null;
    const value = prop.getFirstValue();
    if (!(value instanceof ICAL.Time)) return null;
    return this.resolveValue(value, prop.getParameter('tzid'));
  }

  private resolveValue(time: ICAL.Time, tzidParam: unknown): ResolvedTime | null {
    const floating = floatingOf(time);
    if (Number.isNaN(floating.getTime())) return null;
    if (time.isDate) {
      return { ms: floatingToEpochMs(floating, this.limits.fallbackZone), zone: this.limits.fallbackZone, allDay: true, floating: true, unknownZone: null };
    }
    if (time.zone?.tzid === 'UTC') return { ms: floating.getTime(), zone: this.calendarZone, allDay: false, floating: false, unknownZone: null };
    const tzid = typeof tzidParam === 'string' ? tzidParam : Array.isArray(tzidParam) ? String(tzidParam[0]) : null;
    if (tzid === null) {
      return { ms: floatingToEpochMs(floating, this.limits.fallbackZone), zone: this.limits.fallbackZone, allDay: false, floating: true, unknownZone: null };
    }
    const iana = ianaZoneFor(tzid);
    if (iana) return { ms: floatingToEpochMs(floating, iana), zone: iana, allDay: false, floating: false, unknownZone: null };
    const defined = this.timezones.get(tzid);
    if (defined) {
      const ms = ICAL.Time.fromData({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second, isDate: false }, defined).toUnixTime() * 1000;
      return { ms, zone: this.zoneAgreeingWith(ms, floating), allDay: false, floating: false, unknownZone: null };
    }
    // Never defined: read in the calendar's declared zone (or the user's), and say so.
    return { ms: floatingToEpochMs(floating, this.calendarZone), zone: this.calendarZone, allDay: false, floating: false, unknownZone: tzid.slice(0, 200) };
  }

  /** A feed's own zone ("Customized Time Zone"): the calendar's or user's zone when its offset agrees, else a fixed offset. */
  private zoneAgreeingWith(ms: number, wall: Date): string {
    const offsetMinutes = Math.round((wall.getTime() - ms) / 60_000);
    for (const zone of [this.calendarZone, this.limits.fallbackZone]) {
      if (floatingToEpochMs(wall, zone) === ms) return zone;
    }
    if (offsetMinutes % 60 === 0 && Math.abs(offsetMinutes) <= 12 * 60) {
      const hours = -offsetMinutes / 60;
      return hours === 0 ? 'Etc/UTC' : `Etc/GMT${hours > 0 ? '+' : ''}${hours}`;
    }
    return 'Etc/UTC';
  }
}

function statusOf(value: unknown): EventStatus {
  const status = typeof value === 'string' ? value.toUpperCase() : '';
  if (status === 'CANCELLED') return 'cancelled';
  if (status === 'TENTATIVE') return 'tentative';
  return 'confirmed';
}

function textOf(vevent: ICAL.Component, name: string, max: number): string {
  const value = vevent.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** Teams' own property, or RFC 7986 CONFERENCE (Google, iCloud): the join address the provider set. */
function conferenceUrlOf(vevent: ICAL.Component): string {
  for (const name of ['x-microsoft-skypeteamsmeetingurl', 'x-microsoft-onlinemeetingconflink', 'conference', 'x-google-conference']) {
    const value = vevent.getFirstPropertyValue(name);
    if (typeof value === 'string' && /^https:\/\//i.test(value.trim())) return value.trim().slice(0, 2048);
  }
  return '';
}

function personOf(prop: ICAL.Property | null): EventPerson | null {
  if (!prop) return null;
  const value = prop.getFirstValue();
  if (typeof value !== 'string') return null;
  const email = value
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  if (!email.includes('@') || email.length > 320) return null;
  const cn = prop.getParameter('cn');
  return { email, name: (typeof cn === 'string' ? cn : '').replace(/^"|"$/g, '').slice(0, 200) };
}
