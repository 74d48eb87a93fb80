import { Temporal } from 'temporal-polyfill';
import { CRLF, icsLine } from './ics-text';

/**
 * VTIMEZONE for an IANA zone, built from the runtime's tz database: one STANDARD/DAYLIGHT
 * sub-component per actual offset change within the years asked for (no RRULE guessing), plus
 * an opening one so instants before the first change resolve too. Needed because recurring
 * follow-ups are exported with `DTSTART;TZID=…` so that RRULE keeps the wall time across DST.
 */

const NS_PER_MS = 1_000_000;
const MAX_TRANSITIONS = 2_000;

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** Offset in ms → `+HHMM` (or `+HHMMSS` when there are seconds), as §3.3.14 UTC-OFFSET. */
export function icsOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${sign}${pad(h)}${pad(m)}${s ? pad(s) : ''}`;
}

/** Local wall time `YYYYMMDDTHHMMSS` of an instant seen at a fixed offset. */
export function icsLocal(epochMs: number, offsetMs: number): string {
  const d = new Date(epochMs + offsetMs);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` + `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** The zone's UTC offset (ms) at an instant. */
export function zoneOffsetMs(timeZone: string, epochMs: number): number {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).offsetNanoseconds / NS_PER_MS;
}

/** Local wall time of an instant in a zone, `YYYYMMDDTHHMMSS`. */
export function icsLocalInZone(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  return icsLocal(ms, zoneOffsetMs(timeZone, ms));
}

function subComponent(kind: 'STANDARD' | 'DAYLIGHT', atMs: number, fromMs: number, toMs: number): string {
  return `BEGIN:${kind}${CRLF}` + icsLine('DTSTART', icsLocal(atMs, fromMs)) + icsLine('TZOFFSETFROM', icsOffset(fromMs)) + icsLine('TZOFFSETTO', icsOffset(toMs)) + `END:${kind}${CRLF}`;
}

/**
 * The VTIMEZONE component (with CRLFs) for `timeZone`, covering 1 January of `fromYear` to
 * 31 December of `toYear` (UTC years).
 */
export function buildVtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const startMs = Date.UTC(fromYear, 0, 1);
  const endMs = Date.UTC(toYear + 1, 0, 1);
  const startOffset = zoneOffsetMs(timeZone, startMs);
  let body = subComponent('STANDARD', startMs, startOffset, startOffset);
  let zdt = Temporal.Instant.fromEpochMilliseconds(startMs).toZonedDateTimeISO(timeZone);
  for (let i = 0; i < MAX_TRANSITIONS; i++) {
    const next = zdt.getTimeZoneTransition('next');
    if (next === null || next.epochMilliseconds >= endMs) break;
    const before = zoneOffsetMs(timeZone, next.epochMilliseconds - 1);
    const after = next.offsetNanoseconds / NS_PER_MS;
    body += subComponent(after > before ? 'DAYLIGHT' : 'STANDARD', next.epochMilliseconds, before, after);
    zdt = next;
  }
  return `BEGIN:VTIMEZONE${CRLF}${icsLine('TZID', timeZone)}${body}END:VTIMEZONE${CRLF}`;
}
