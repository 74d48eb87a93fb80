import ICAL from 'ical.js';
import { floatingToEpochMs, MS_PER_DAY } from '../followup/zoned-time';
import type { CalendarEvent, EventPerson, EventStatus } from './calendar-event';
import { ianaZoneFor } from './event-zone';

/**
 * ICS text → occurrences with instants and IANA zones (calendar-event.ts). The rules:
 *
 * | Input                                     | Result                                                        |
 * | ----------------------------------------- | ------------------------------------------------------------- |
 * | longer than `maxChars`                    | error `too-large`, before any parsing                         |
 * | starts with `<` (a login page)            | error `html`                                                  |
 * | not starting with BEGIN:VCALENDAR         | error `not-a-calendar`                                        |
 * | ical.js cannot parse it                   | error `broken`                                                |
 * | TZID = IANA / Windows / prefixed IANA     | that zone, converted by zoned-time.ts (the recurrence engine's)|
 * | TZID unknown but a VTIMEZONE defines it   | the VTIMEZONE's offsets; zone = calendar's zone if it agrees  |
 * | TZID unknown, no VTIMEZONE                | that event skipped, a problem named                           |
 * | UTC time ("Z")                            | that instant; zone = X-WR-TIMEZONE or the user's              |
 * | floating time / all-day date              | wall time in the user's zone (`floating` / `allDay`)          |
 * | RRULE (+RDATE, −EXDATE)                   | occurrences in [windowStart, windowEnd], at most `maxSteps` iterations per event |
 * | RECURRENCE-ID                             | replaces that occurrence (its own time, status, sequence)     |
 * | STATUS:CANCELLED or METHOD:CANCEL         | status `cancelled`                                            |
 */
export type IcsErrorCode = 'too-large' | 'html' | 'not-a-calendar' | 'broken';

export interface IcsOptions {
  /** The user's zone: floating and all-day times are read in it. */
  fallbackZone: string;
  windowStartMs: number;
  windowEndMs: number;
  maxChars?: number;
  /** Iterations of one RRULE before giving up on it (an endless or sparse rule cannot hang us). */
  maxSteps?: number;
}

export type IcsResult =
  | { ok: true; events: CalendarEvent[]; problems: string[]; method: string | null }
  | { ok: false; code: IcsErrorCode; message: string };

export const DEFAULT_MAX_ICS_CHARS = 20 * 1024 * 1024;
export const DEFAULT_MAX_RRULE_STEPS = 5000;

const ERROR_TEXT: Record<IcsErrorCode, string> = {
  'too-large': 'The calendar is larger than Hearback reads',
  html: 'The address answered with a web page (a sign-in page?), not a calendar',
  'not-a-calendar': 'This is not a calendar (no BEGIN:VCALENDAR)',
  broken: 'The calendar file is damaged and could not be read',
};

export function icsErrorText(code: IcsErrorCode): string {
  return ERROR_TEXT[code];
}

export function parseIcs(text: string, options: IcsOptions): IcsResult {
  const maxChars = options.maxChars ?? DEFAULT_MAX_ICS_CHARS;
  if (text.length > maxChars) return failure('too-large');
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('<')) return failure('html');
  if (!/^BEGIN:VCALENDAR/i.test(body)) return failure('not-a-calendar');
  let calendars: ICAL.Component[];
  try {
    const parsed: unknown = ICAL.parse(body);
    const list = Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[]);
    calendars = list.map((jcal) => new ICAL.Component(jcal as never));
  } catch (error) {
    return { ok: false, code: 'broken', message: `${ERROR_TEXT.broken}: ${describe(error)}` };
  }
  const events: CalendarEvent[] = [];
  const problems: string[] = [];
  let method: string | null = null;
  for (const calendar of calendars) {
    if (calendar.name !== 'vcalendar') return failure('not-a-calendar');
    const reader = new CalendarReader(calendar, options, problems);
    method = method ?? reader.method;
    events.push(...reader.read());
  }
  return { ok: true, events, problems, method };
}

function failure(code: IcsErrorCode): IcsResult {
  return { ok: false, code, message: ERROR_TEXT[code] };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
}

interface ResolvedTime {
  ms: number;
  zone: string;
  allDay: boolean;
  floating: boolean;
}

/** Wall-clock fields of an ICAL.Time, as a "floating" Date (UTC fields = wall time). */
function floatingOf(time: ICAL.Time): Date {
  return new Date(Date.UTC(time.year, time.month - 1, time.day, time.isDate ? 0 : time.hour, time.isDate ? 0 : time.minute, time.isDate ? 0 : time.second));
}

class CalendarReader {
  readonly method: string | null;
  private readonly calendarZone: string;
  private readonly timezones = new Map<string, ICAL.Timezone>();

  constructor(
    private readonly calendar: ICAL.Component,
    private readonly options: IcsOptions,
    private readonly problems: string[],
  ) {
    const method = calendar.getFirstPropertyValue('method');
    this.method = typeof method === 'string' ? method.toUpperCase() : null;
    const wr = calendar.getFirstPropertyValue('x-wr-timezone');
    this.calendarZone = (typeof wr === 'string' && ianaZoneFor(wr)) || options.fallbackZone;
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

  read(): CalendarEvent[] {
    const byUid = new Map<string, { master: ICAL.Component | null; overrides: ICAL.Component[] }>();
    for (const vevent of this.calendar.getAllSubcomponents('vevent')) {
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
    const out: CalendarEvent[] = [];
    for (const [uid, group] of byUid) {
      try {
        out.push(...this.readGroup(uid, group.master, group.overrides));
      } catch (error) {
        this.problems.push(`Event ${uid.slice(0, 80)} skipped: ${describe(error)}`);
      }
    }
    return out;
  }

  private readGroup(uid: string, master: ICAL.Component | null, overrides: ICAL.Component[]): CalendarEvent[] {
    const out: CalendarEvent[] = [];
    const replaced = new Set<number>();
    for (const override of overrides) {
      const recurrence = this.resolve(override.getFirstProperty('recurrence-id'), uid);
      if (!recurrence) continue;
      replaced.add(recurrence.ms);
      const occurrence = this.occurrence(uid, override, recurrence.ms, null);
      if (occurrence) out.push(occurrence);
    }
    if (!master) return out;
    if (!master.hasProperty('rrule') && !master.hasProperty('rdate')) {
      const single = this.occurrence(uid, master, null, null);
      if (single) out.push(single);
      return out;
    }
    const start = this.resolve(master.getFirstProperty('dtstart'), uid);
    if (!start) return out;
    for (const ms of this.expand(uid, master, start)) {
      if (replaced.has(ms)) continue;
      const occurrence = this.occurrence(uid, master, ms, ms);
      if (occurrence) out.push(occurrence);
    }
    return out;
  }

  /** Start instants of a recurring master inside the window (bounded iterations). */
  private expand(uid: string, master: ICAL.Component, start: ResolvedTime): number[] {
    const { windowStartMs, windowEndMs } = this.options;
    const maxSteps = this.options.maxSteps ?? DEFAULT_MAX_RRULE_STEPS;
    const durationMs = this.durationMs(master, start, uid);
    const excluded = new Set<number>();
    for (const prop of master.getAllProperties('exdate')) {
      for (const value of prop.getValues()) {
        const ex = this.resolveValue(value as ICAL.Time, prop.getParameter('tzid'), uid);
        if (ex) excluded.add(ex.ms);
      }
    }
    const starts = new Set<number>();
    const dtstart = master.getFirstPropertyValue('dtstart') as ICAL.Time;
    const tzid = master.getFirstProperty('dtstart')?.getParameter('tzid');
    const rule = master.getFirstPropertyValue('rrule');
    if (rule instanceof ICAL.Recur) {
      const iterator = rule.iterator(dtstart);
      let steps = 0;
      for (let next = iterator.next(); next; next = iterator.next()) {
        if (++steps > maxSteps) {
          this.problems.push(`The repeating event ${uid.slice(0, 80)} was read only up to ${maxSteps} repeats`);
          break;
        }
        const at = this.resolveValue(next, tzid, uid);
        if (!at || at.ms > windowEndMs) break;
        if (at.ms + durationMs >= windowStartMs) starts.add(at.ms);
      }
    } else {
      starts.add(start.ms);
    }
    for (const prop of master.getAllProperties('rdate')) {
      for (const value of prop.getValues()) {
        if (!(value instanceof ICAL.Time)) continue;
        const at = this.resolveValue(value, prop.getParameter('tzid'), uid);
        if (at && at.ms <= windowEndMs && at.ms + durationMs >= windowStartMs) starts.add(at.ms);
      }
    }
    return [...starts].filter((ms) => !excluded.has(ms)).sort((a, b) => a - b);
  }

  private durationMs(vevent: ICAL.Component, start: ResolvedTime, uid: string): number {
    const end = this.resolve(vevent.getFirstProperty('dtend'), uid);
    if (end && end.ms >= start.ms) return end.ms - start.ms;
    const duration = vevent.getFirstPropertyValue('duration');
    if (duration instanceof ICAL.Duration) return Math.max(0, duration.toSeconds() * 1000);
    return start.allDay ? MS_PER_DAY : 0;
  }

  /** One occurrence of `vevent`; `atMs` moves a recurring master to that start. */
  private occurrence(uid: string, vevent: ICAL.Component, recurrenceMs: number | null, atMs: number | null): CalendarEvent | null {
    const start = this.resolve(vevent.getFirstProperty('dtstart'), uid);
    if (!start) return null;
    const durationMs = this.durationMs(vevent, start, uid);
    const startMs = atMs ?? start.ms;
    const status = this.method === 'CANCEL' ? 'cancelled' : statusOf(vevent.getFirstPropertyValue('status'));
    const sequence = Number(vevent.getFirstPropertyValue('sequence') ?? 0);
    const recurrenceId = recurrenceMs === null ? null : new Date(recurrenceMs).toISOString();
    return {
      key: recurrenceId ? `${uid}#${recurrenceId}` : uid,
      uid: uid.slice(0, 1000),
      recurrenceId,
      summary: textOf(vevent, 'summary', 1000),
      description: textOf(vevent, 'description', 20_000),
      location: textOf(vevent, 'location', 2048),
      url: textOf(vevent, 'url', 2048),
      startsAt: new Date(startMs).toISOString(),
      endsAt: new Date(startMs + durationMs).toISOString(),
      timeZone: start.zone,
      allDay: start.allDay,
      floating: start.floating,
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

  private resolve(prop: ICAL.Property | null, uid: string): ResolvedTime | null {
    if (!prop) return null;
    const value = prop.getFirstValue();
    if (!(value instanceof ICAL.Time)) return null;
    return this.resolveValue(value, prop.getParameter('tzid'), uid);
  }

  private resolveValue(time: ICAL.Time, tzidParam: unknown, uid: string): ResolvedTime | null {
    const floating = floatingOf(time);
    if (time.isDate) {
      return { ms: floatingToEpochMs(floating, this.options.fallbackZone), zone: this.options.fallbackZone, allDay: true, floating: true };
    }
    if (time.zone?.tzid === 'UTC') return { ms: floating.getTime(), zone: this.calendarZone, allDay: false, floating: false };
    const tzid = typeof tzidParam === 'string' ? tzidParam : Array.isArray(tzidParam) ? String(tzidParam[0]) : null;
    if (tzid === null) {
      return { ms: floatingToEpochMs(floating, this.options.fallbackZone), zone: this.options.fallbackZone, allDay: false, floating: true };
    }
    const iana = ianaZoneFor(tzid);
    if (iana) return { ms: floatingToEpochMs(floating, iana), zone: iana, allDay: false, floating: false };
    const defined = this.timezones.get(tzid);
    if (defined) {
      const ms = ICAL.Time.fromData({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second, isDate: false }, defined).toUnixTime() * 1000;
      return { ms, zone: this.zoneAgreeingWith(ms, floating), allDay: false, floating: false };
    }
    this.problems.push(`Event ${uid.slice(0, 80)} skipped: unknown time zone "${tzid.slice(0, 80)}"`);
    return null;
  }

  /** A feed's own zone ("Customized Time Zone"): the calendar's or user's zone when its offset agrees, else a fixed offset. */
  private zoneAgreeingWith(ms: number, wall: Date): string {
    const offsetMinutes = Math.round((wall.getTime() - ms) / 60_000);
    for (const zone of [this.calendarZone, this.options.fallbackZone]) {
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

function personOf(prop: ICAL.Property | null): EventPerson | null {
  if (!prop) return null;
  const value = prop.getFirstValue();
  if (typeof value !== 'string') return null;
  const email = value.replace(/^mailto:/i, '').trim().toLowerCase();
  if (!email.includes('@') || email.length > 320) return null;
  const cn = prop.getParameter('cn');
  return { email, name: (typeof cn === 'string' ? cn : '').replace(/^"|"$/g, '').slice(0, 200) };
}
