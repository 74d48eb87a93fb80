import { Temporal } from 'temporal-polyfill';

/**
 * Wall time ↔ instant in a named IANA zone, independent of the host's zone.
 *
 * A wall time that does not exist (a DST gap) takes the offset before the gap, so 02:30 on a
 * spring-forward night becomes 03:30; an ambiguous one (a DST overlap) takes the earlier instant.
 * That is RFC 5545 §3.3.5, and exactly Temporal's `disambiguation: 'compatible'`.
 */

/** A calendar date and wall-clock time, without a zone. */
export interface WallTime {
  /** "2026-03-08" */
  date: string;
  /** Minutes after midnight, 0 … 1439. */
  minutes: number;
}

/** Elapsed-time lengths, for durations only: calendar days in a zone are not 24 hours (DST). */
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;

/** ISO instant with milliseconds ("2026-03-08T14:00:00.000Z"), the store's format. */
export function toInstant(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** Milliseconds since the epoch of a stored instant. */
export function toEpochMs(instant: string): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${instant}`);
  return ms;
}

/** "09:30" → 570. */
export function parseTimeOfDay(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`not a time of day: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The instant at which the given wall time happens in `zone` (gap → shifted forward, overlap → earlier). */
export function wallTimeToEpochMs(date: string, minutes: number, zone: string): number {
  const plain = Temporal.PlainDate.from(date).toPlainDateTime({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
  return plain.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
}

/** Same as {@link wallTimeToEpochMs}, taking a "HH:MM" time of day. */
export function localTimeToEpochMs(date: string, time: string, zone: string): number {
  return wallTimeToEpochMs(date, parseTimeOfDay(time), zone);
}

/** The calendar date and wall time of an instant in `zone`. */
export function epochMsToWallTime(epochMs: number, zone: string): WallTime {
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  return { date: zoned.toPlainDate().toString(), minutes: zoned.hour * 60 + zoned.minute };
}

/** The calendar date ("2026-03-08") of an instant in `zone`. */
export function localDateOf(epochMs: number, zone: string): string {
  // Through the cached Intl formatter (Insights and Today ask thousands of times per render; the
  // Temporal polyfill costs tens of µs each). Years outside 1000…9999 keep Temporal's spelling.
  const floating = epochMsToFloating(epochMs, zone);
  const year = floating.getUTCFullYear();
  if (year < 1000 || year > 9999) return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone).toPlainDate().toString();
  return floating.toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** ISO weekday of a date, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return Temporal.PlainDate.from(date).dayOfWeek;
}

/**
 * An instant as a "floating" Date whose UTC fields carry the wall time in `zone` — the form rrule
 * iterates in. Seconds and milliseconds are kept.
 */
export function epochMsToFloating(epochMs: number, zone: string): Date {
  // Intl is much faster than the Temporal polyfill here, and as host-independent (named zone).
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(epochMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  const floating = new Date(0);
  floating.setUTCFullYear(year, month - 1, day);
  floating.setUTCHours(hour, minute, second, ((epochMs % 1000) + 1000) % 1000);
  return floating;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Memo of wall time → instant per zone: pure, so caching is safe; bounded so it cannot grow without end. */
const FLOATING_MEMO_LIMIT = 100_000;
const floatingMemo = new Map<string, number>();

/** A floating Date (UTC fields = wall time) as the instant it denotes in `zone`. */
export function floatingToEpochMs(floating: Date, zone: string): number {
  const key = `${zone}\u0000${floating.getTime()}`;
  const hit = floatingMemo.get(key);
  if (hit !== undefined) return hit;
  const ms = convertFloating(floating, zone);
  if (floatingMemo.size >= FLOATING_MEMO_LIMIT) floatingMemo.clear();
  floatingMemo.set(key, ms);
  return ms;
}

function convertFloating(floating: Date, zone: string): number {
  const plain = new Temporal.PlainDateTime(floating.getUTCFullYear(), floating.getUTCMonth() + 1, floating.getUTCDate(), floating.getUTCHours(), floating.getUTCMinutes(), floating.getUTCSeconds(), floating.getUTCMilliseconds());
  return plain.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
}
