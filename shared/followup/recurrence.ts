import * as rruleNamespace from 'rrule';
import type { Options as RRuleOptions, Weekday as RRuleWeekday } from 'rrule';
import { epochMsToFloating, floatingToEpochMs, isoWeekday, localDateOf, MS_PER_DAY, MS_PER_HOUR, toEpochMs, toInstant } from './zoned-time';
import { formatRule, parseRule, RecurrenceError, untilTextOf, WEEKDAY_CODES, type ParsedRule, type WeekdayCode } from './recurrence-rule';

// rrule ships CommonJS (main) and ESM (module). Bundlers take the ESM build, whose namespace has
// `RRule`; Node's ESM loader wraps the CommonJS build, whose namespace only has `default`.
type RRuleModule = typeof rruleNamespace;
const rrulePkg: RRuleModule = 'RRule' in rruleNamespace && rruleNamespace.RRule ? rruleNamespace : (Reflect.get(rruleNamespace, 'default') as RRuleModule);
const { RRule } = rrulePkg;

/**
 * RFC 5545 recurrences, iterated by rrule in *floating* time (its Dates' UTC fields are the wall
 * time in the reminder's zone; rrule never sees a `tzid`) and turned into instants here, so the
 * result does not depend on the host's zone.
 */

/** Upper bound on occurrences visited per query: a daily rule over ~270 years. */
const MAX_STEPS = 100_000;
/** A rule whose first occurrence is further than this from its start is refused as "never happens". */
const FIRST_OCCURRENCE_WINDOW_MS = 5 * 366 * MS_PER_DAY;
/**
 * Larger than any change of a zone's offset (a DST shift is at most 2 h; Samoa skipped a whole
 * day in 2011), so floating comparisons only need converting near the edge.
 */
const MARGIN_MS = MS_PER_DAY + 2 * MS_PER_HOUR;

export interface Recurrence {
  readonly parsed: ParsedRule;
  readonly zone: string;
  readonly startMs: number;
  readonly rrule: InstanceType<typeof RRule>;
}

const FREQ = { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY } as const;
const WEEKDAY: Record<WeekdayCode, RRuleWeekday> = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
};

/** Compiled rules are immutable (rrule built with noCache), so a bounded memo is safe. */
const COMPILED_LIMIT = 20_000;
const compiled = new Map<string, Recurrence>();

/** Parse, check and prepare a rule for iteration. Throws {@link RecurrenceError}. */
export function compileRecurrence(rule: string, start: string, zone: string): Recurrence {
  const key = `${rule}\u0000${start}\u0000${zone}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  const rec = compileFresh(rule, start, zone);
  if (compiled.size >= COMPILED_LIMIT) compiled.clear();
  compiled.set(key, rec);
  return rec;
}

function compileFresh(rule: string, start: string, zone: string): Recurrence {
  const parsed = parseRule(rule);
  const startMs = toEpochMs(start);
  const dtstart = epochMsToFloating(startMs, zone);
  if (parsed.freq === 'DAILY' && parsed.byDay.length > 0 && parsed.interval % 7 === 0) {
    // Every 7k days lands on the start's weekday only: any other BYDAY never matches.
    const startDay = WEEKDAY_CODES[isoWeekday(localDateOf(startMs, zone)) - 1];
    if (!parsed.byDay.some((b) => b.day === startDay)) {
      throw new RecurrenceError('empty', `every ${parsed.interval} days from a ${startDay} never falls on ${parsed.byDay.map((b) => b.day).join(',')}`);
    }
  }
  let until: Date | null = null;
  if (parsed.until?.kind === 'instant') until = epochMsToFloating(parsed.until.epochMs, zone);
  if (parsed.until?.kind === 'floating') until = new Date(parsed.until.floatingMs);
  const options: Partial<RRuleOptions> = {
    freq: FREQ[parsed.freq],
    interval: parsed.interval,
    count: parsed.count,
    until,
    dtstart,
    byweekday: parsed.byDay.length > 0 ? parsed.byDay.map((b) => (b.n === null ? WEEKDAY[b.day] : WEEKDAY[b.day].nth(b.n))) : null,
    wkst: parsed.wkst === null ? null : WEEKDAY[parsed.wkst],
  };
  // noCache = true: rrule's cache would keep every expansion alive for the app's lifetime.
  return { parsed, zone, startMs, rrule: new RRule(options, true) };
}

/** Visit occurrences in order (floating Dates) until `visit` returns false or the step bound. */
function iterate(rec: Recurrence, visit: (floating: Date, index: number) => boolean): void {
  rec.rrule.all((date, index) => index < MAX_STEPS && visit(date, index));
}

/** The first occurrence at or after `fromMs`, or null when the series is over. */
export function occurrenceAtOrAfter(rec: Recurrence, fromMs: number): number | null {
  const floor = epochMsToFloating(fromMs, rec.zone).getTime() - MARGIN_MS;
  let found: number | null = null;
  iterate(rec, (date) => {
    if (date.getTime() < floor) return true;
    const ms = floatingToEpochMs(date, rec.zone);
    if (ms < fromMs) return true;
    found = ms;
    return false;
  });
  return found;
}

/** The last occurrence at or before `atMs`, or null when none has happened yet. */
export function occurrenceAtOrBefore(rec: Recurrence, atMs: number): number | null {
  const atFloating = epochMsToFloating(atMs, rec.zone).getTime();
  let lastSure: Date | null = null;
  let found: number | null = null;
  iterate(rec, (date) => {
    const t = date.getTime();
    if (t < atFloating - MARGIN_MS) {
      lastSure = date;
      return true;
    }
    if (t > atFloating + MARGIN_MS) return false;
    const ms = floatingToEpochMs(date, rec.zone);
    if (ms > atMs) return false;
    found = ms;
    return true;
  });
  if (found !== null) return found;
  return lastSure === null ? null : floatingToEpochMs(lastSure, rec.zone);
}

/**
 * Acknowledge every occurrence up to `throughMs`: the same series, restarted at the next
 * occurrence (COUNT reduced by the ones consumed). Null when nothing is left.
 */
export function advanceRecurrence(rule: string, start: string, zone: string, throughMs: number): { rule: string; dueAt: string } | null {
  const rec = compileRecurrence(rule, start, zone);
  let consumed = 0;
  let next: number | null = null;
  iterate(rec, (date) => {
    const ms = floatingToEpochMs(date, rec.zone);
    if (ms <= throughMs) {
      consumed++;
      return true;
    }
    next = ms;
    return false;
  });
  if (next === null) return null;
  const count = rec.parsed.count === null ? null : rec.parsed.count - consumed;
  return { rule: formatRule({ ...rec.parsed, count }, untilTextOf(rule)), dueAt: toInstant(next) };
}

/**
 * Whether a rule can be saved: it parses, uses only what Hearback supports, and yields at least
 * one occurrence within five years of `start` (an ISO instant; `zone` an IANA zone).
 */
export function validateRecurrence(rule: string, start: string, zone: string): { ok: true } | { ok: false; message: string } {
  try {
    const rec = compileRecurrence(rule, start, zone);
    const first = occurrenceAtOrAfter(rec, rec.startMs);
    if (first === null) return { ok: false, message: 'The rule never produces a reminder (check UNTIL, COUNT and BYDAY).' };
    if (first - rec.startMs > FIRST_OCCURRENCE_WINDOW_MS) {
      return { ok: false, message: 'The rule produces no reminder within five years of its start.' };
    }
    return { ok: true };
  } catch (error) {
    if (error instanceof RecurrenceError) return { ok: false, message: `Invalid repeat rule: ${error.message}.` };
    if (error instanceof RangeError) return { ok: false, message: `Invalid start or time zone: ${error.message}` };
    throw error;
  }
}
