/** Dates and times for people: in a named zone, in the user's language. */

import { MS_PER_DAY as DAY, MS_PER_HOUR as HOUR, MS_PER_MINUTE as MINUTE } from '../../../shared/followup';

// Making an Intl formatter costs far more than using one (Today draws dozens of times at once),
// so each is made once per zone and kept; the user's language is fixed for the page's life.
const instantFormats = new Map<string, Intl.DateTimeFormat>();
const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();
const localDateFormat = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: 'medium' });
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

function kept(cache: Map<string, Intl.DateTimeFormat>, zone: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = cache.get(zone);
  if (!format) cache.set(zone, (format = make()));
  return format;
}

/** "Tue, Mar 3, 2:00 PM" in `zone`. */
export function formatInstant(instant: string, zone: string): string {
  const format = kept(instantFormats, zone, () => new Intl.DateTimeFormat(undefined, { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }));
  return format.format(new Date(instant));
}

/** "Tue, Mar 3" in `zone`: the day of an all-day event, which has no time to show. */
export function formatDay(instant: string, zone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric' }).format(new Date(instant));
}

/** "Mar 3, 2026" for a calendar date ("2026-03-03"), read as a date, not an instant. */
export function formatLocalDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return localDateFormat.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** The zone's short name at that instant ("CET", "GMT+5:30"). */
export function zoneAbbreviation(instant: string, zone: string): string {
  const parts = kept(zoneNameFormats, zone, () => new Intl.DateTimeFormat(undefined, { timeZone: zone, timeZoneName: 'short' })).formatToParts(new Date(instant));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** "in 3 hours", "2 days ago", "now". */
export function relativeTime(instant: string, nowMs: number): string {
  const diff = Date.parse(instant) - nowMs;
  const abs = Math.abs(diff);
  const rtf = relativeFormat;
  if (abs < MINUTE) return 'now';
  if (abs < HOUR) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
  return rtf.format(Math.round(diff / DAY), 'day');
}
