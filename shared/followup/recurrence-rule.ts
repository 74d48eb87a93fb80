/**
 * Parsing and static checks of the RRULE bodies Hearback accepts. Everything rrule could loop on
 * (sub-daily frequencies, BYHOUR that never meets the interval, a fifth weekday in a month that
 * has none) is refused here, before rrule ever iterates.
 */

export type RecurrenceErrorCode = 'syntax' | 'unsupported' | 'empty';

export class RecurrenceError extends Error {
  readonly code: RecurrenceErrorCode;
  constructor(code: RecurrenceErrorCode, message: string) {
    super(message);
    this.name = 'RecurrenceError';
    this.code = code;
  }
}

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';
export type WeekdayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAY_CODES: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface ByDay {
  day: WeekdayCode;
  /** Position in the month (1 = first, -1 = last) for MONTHLY rules; null otherwise. */
  n: number | null;
}

/** UNTIL as written: an instant (`Z`), a floating wall time, or a whole date (inclusive). */
export type Until = { kind: 'instant'; epochMs: number } | { kind: 'floating'; floatingMs: number };

export interface ParsedRule {
  freq: Frequency;
  interval: number;
  count: number | null;
  until: Until | null;
  byDay: ByDay[];
  wkst: WeekdayCode | null;
}

const MAX_INTERVAL: Record<Frequency, number> = { DAILY: 366, WEEKLY: 104, MONTHLY: 24 };
const MAX_COUNT = 10_000;
const SUB_DAILY = new Set(['SECONDLY', 'MINUTELY', 'HOURLY']);
const ALLOWED_PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'WKST']);

function fail(code: RecurrenceErrorCode, message: string): never {
  throw new RecurrenceError(code, message);
}

function parsePositiveInt(name: string, value: string, max: number): number {
  if (!/^\d{1,6}$/.test(value)) fail('syntax', `${name} must be a whole number, got "${value}"`);
  const n = Number(value);
  if (n < 1 || n > max) fail('unsupported', `${name} must be between 1 and ${max}, got ${n}`);
  return n;
}

function parseUntil(value: string): Until {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) fail('syntax', `UNTIL must look like 20261231 or 20261231T235959Z, got "${value}"`);
  const [, y, mo, d, h, mi, s, z] = m;
  const base = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 23), Number(mi ?? 59), Number(s ?? 59));
  const check = new Date(base);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h ?? 0) > 23 || Number(mi ?? 0) > 59 || Number(s ?? 0) > 59) {
    fail('syntax', `UNTIL is not a real date or time: "${value}"`);
  }
  // A date-only UNTIL includes the whole day.
  if (h === undefined) return { kind: 'floating', floatingMs: base + 999 };
  return z ? { kind: 'instant', epochMs: base } : { kind: 'floating', floatingMs: base };
}

function parseByDay(value: string, freq: Frequency): ByDay[] {
  const seen = new Set<string>();
  return value.split(',').map((token) => {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token);
    if (!m) fail('syntax', `BYDAY entries must be weekdays like MO or 1MO, got "${token}"`);
    const n = m[1] === undefined ? null : Number(m[1]);
    if (n !== null) {
      if (freq !== 'MONTHLY') fail('unsupported', `a numbered weekday such as "${token}" needs FREQ=MONTHLY`);
      if (n === 0 || Math.abs(n) > 4) {
        fail('unsupported', `"${token}": use a week number from 1 to 4, or -1 to -4 (-1 is the last); a fifth weekday does not occur in every month`);
      }
    }
    if (seen.has(token)) fail('syntax', `BYDAY lists "${token}" twice`);
    seen.add(token);
    return { day: m[2] as WeekdayCode, n };
  });
}

/** Parse an RRULE body ("FREQ=WEEKLY;BYDAY=MO"), with or without an "RRULE:" prefix. */
export function parseRule(rule: string): ParsedRule {
  const body = rule.trim().replace(/^RRULE:/i, '');
  if (body === '') fail('syntax', 'the rule is empty');
  if (body.length > 500) fail('syntax', 'the rule is longer than 500 characters');
  if (/[\r\n]/.test(body)) fail('unsupported', 'only a single RRULE line is accepted (no DTSTART or EXDATE lines)');
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) fail('syntax', `"${part}" is not a NAME=VALUE part`);
    const name = part.slice(0, eq).toUpperCase();
    const value = part.slice(eq + 1).toUpperCase();
    if (parts.has(name)) fail('syntax', `${name} appears twice`);
    parts.set(name, value);
  }
  const freqText = parts.get('FREQ');
  if (freqText === undefined) fail('syntax', 'FREQ is required (DAILY, WEEKLY or MONTHLY)');
  if (SUB_DAILY.has(freqText)) fail('unsupported', `FREQ=${freqText} is too frequent for a reminder; use DAILY, WEEKLY or MONTHLY`);
  if (freqText !== 'DAILY' && freqText !== 'WEEKLY' && freqText !== 'MONTHLY') {
    fail('unsupported', `FREQ=${freqText} is not supported; use DAILY, WEEKLY or MONTHLY`);
  }
  const freq: Frequency = freqText;
  for (const name of parts.keys()) {
    if (!ALLOWED_PARTS.has(name)) {
      fail('unsupported', `${name} is not supported; a rule may use FREQ, INTERVAL, COUNT, UNTIL, BYDAY and WKST`);
    }
  }
  const intervalText = parts.get('INTERVAL');
  const countText = parts.get('COUNT');
  const untilText = parts.get('UNTIL');
  const byDayText = parts.get('BYDAY');
  const wkstText = parts.get('WKST');
  if (countText !== undefined && untilText !== undefined) fail('syntax', 'COUNT and UNTIL cannot both be given (RFC 5545)');
  if (wkstText !== undefined && !(WEEKDAY_CODES as readonly string[]).includes(wkstText)) {
    fail('syntax', `WKST must be a weekday like MO, got "${wkstText}"`);
  }
  return {
    freq,
    interval: intervalText === undefined ? 1 : parsePositiveInt('INTERVAL', intervalText, MAX_INTERVAL[freq]),
    count: countText === undefined ? null : parsePositiveInt('COUNT', countText, MAX_COUNT),
    until: untilText === undefined ? null : parseUntil(untilText),
    byDay: byDayText === undefined ? [] : parseByDay(byDayText, freq),
    wkst: (wkstText as WeekdayCode | undefined) ?? null,
  };
}

/** The rule written back as an RRULE body, in a fixed order. */
export function formatRule(rule: ParsedRule, untilText: string | null): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (untilText !== null) parts.push(`UNTIL=${untilText}`);
  if (rule.byDay.length > 0) parts.push(`BYDAY=${rule.byDay.map((b) => `${b.n ?? ''}${b.day}`).join(',')}`);
  if (rule.wkst !== null) parts.push(`WKST=${rule.wkst}`);
  return parts.join(';');
}

/** The raw UNTIL text of a rule body, to write it back unchanged. */
export function untilTextOf(rule: string): string | null {
  const m = /(?:^|;)UNTIL=([^;]*)/i.exec(rule.trim().replace(/^RRULE:/i, ''));
  return m?.[1]?.toUpperCase() ?? null;
}
