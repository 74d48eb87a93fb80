/**
 * Reading one CSV cell as a date or a number, the way people and spreadsheets write them.
 *
 * | written                         | read as                                                |
 * |---------------------------------|--------------------------------------------------------|
 * | `2026-11-10`, `2026/11/10`      | that day                                               |
 * | `2026-11-10 14:03`, `…T14:03Z`  | that instant (no zone = UTC)                           |
 * | `11/10/2026`, `10.11.2026`, `11-10-26` | that day, in the file's day/month order (one choice) |
 * | `Nov 10, 2026`, `10 November 2026`, `Tue, Nov 10 2026` | that day                    |
 * | `46336` (Excel serial, 1954–2119) | that day (fraction = time of day, UTC)               |
 *
 * A date alone becomes 12:00 UTC that day, so the calendar date reads the same in every zone
 * from UTC−11 to UTC+11 instead of shifting to the day before. Anything else is not a date.
 */
import { MS_PER_DAY } from '../followup/zoned-time';

/** Which number comes first in `11/10/2026`: the month (US) or the day (most other places). */
export type DayOrder = 'mdy' | 'dmy';

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** `11/10/2026`, `10.11.2026`, `11-10-26`, optionally followed by a time. */
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\.?(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = '([a-z]{3,9})\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
/** `Nov 10, 2026`, `November 10th 2026`. */
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
/** `10 Nov 2026`, `10-Nov-2026`, `10. November 2026`. */
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\.?[\\s-]+${MONTH_WORD}[\\s-]+(\\d{4})$`, 'i');
const EXCEL_SERIAL = /^(\d{5})(?:\.(\d+))?$/;
/** Excel's day 0 (its 1900 leap-year bug is why it is the 30th, not the 31st). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serials outside 1954–2119 are more likely ids or amounts than dates. */
const EXCEL_MIN = 20_000;
const EXCEL_MAX = 80_000;

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function noonOf(y: number, m: number, d: number): string | null {
  return validDate(y, m, d) ? new Date(Date.UTC(y, m - 1, d, 12)).toISOString() : null;
}

function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  const index = MONTHS.findIndex((m) => w.startsWith(m) && (w.length === 3 || 'january february march april may june july august september october november december sept'.split(' ').includes(w)));
  return index < 0 ? null : index + 1;
}

function fullYear(y: string): number {
  // Two-digit years: 00–69 are this century, 70–99 the last (spreadsheets do the same).
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n < 70 ? 2000 + n : 1900 + n;
}

function numericDate(match: RegExpExecArray, order: DayOrder): string | null {
  const [a, b] = [Number(match[1]), Number(match[3])];
  const [m, d] = order === 'mdy' ? [a, b] : [b, a];
  const y = fullYear(match[4] ?? '');
  if (match[5] === undefined) return noonOf(y, m, d);
  let hours = Number(match[5]);
  const minutes = Number(match[6]);
  const seconds = Number(match[7] ?? '0');
  const meridiem = match[8]?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (!validDate(y, m, d) || hours > 23 || minutes > 59 || seconds > 59) return null;
  return new Date(Date.UTC(y, m - 1, d, hours, minutes, seconds)).toISOString();
}

function isoDateTime(dt: RegExpExecArray): string | null {
  const [y, m, d, hh, mm] = [Number(dt[1]), Number(dt[2]), Number(dt[3]), Number(dt[4]), Number(dt[5])];
  if (!validDate(y, m, d) || hh > 23 || mm > 59) return null;
  const seconds = dt[6] ?? '00';
  const fraction = (dt[7] ?? '').padEnd(3, '0').slice(0, 3);
  const zone = dt[8] ?? 'Z';
  const ms = Date.parse(`${dt[1]}-${dt[2]}-${dt[3]}T${String(hh).padStart(2, '0')}:${dt[5]}:${seconds}.${fraction}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone.toUpperCase()}`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function excelSerial(match: RegExpExecArray): string | null {
  const serial = Number(match[0]);
  if (serial < EXCEL_MIN || serial > EXCEL_MAX) return null;
  const whole = Math.floor(serial);
  if (match[2] === undefined) {
    const day = new Date(EXCEL_EPOCH_MS + whole * MS_PER_DAY);
    return noonOf(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  }
  return new Date(EXCEL_EPOCH_MS + Math.round((serial * MS_PER_DAY) / 1000) * 1000).toISOString();
}

/** A cell → ISO instant, or null when it is not a date in any form above. */
export function parseImportDate(value: string, order: DayOrder = 'mdy'): string | null {
  const v = value.trim();
  const iso = ISO_DATE.exec(v);
  if (iso) return noonOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dt = ISO_DATE_TIME.exec(v);
  if (dt) return isoDateTime(dt);
  const numeric = NUMERIC_DATE.exec(v);
  if (numeric) return numericDate(numeric, order);
  const monthFirst = MONTH_FIRST.exec(v);
  if (monthFirst) {
    const m = monthNumber(monthFirst[1] ?? '');
    return m === null ? null : noonOf(Number(monthFirst[3]), m, Number(monthFirst[2]));
  }
  const dayFirst = DAY_FIRST.exec(v);
  if (dayFirst) {
    const m = monthNumber(dayFirst[2] ?? '');
    return m === null ? null : noonOf(Number(dayFirst[3]), m, Number(dayFirst[1]));
  }
  const serial = EXCEL_SERIAL.exec(v);
  if (serial) return excelSerial(serial);
  return null;
}

/** What the file's numeric dates say about their order, and a few examples to show the user. */
export interface DayOrderEvidence {
  /** The order the import uses unless the user picks the other. */
  order: DayOrder;
  /** True when no date in the file settles it (every first and second number is 12 or less). */
  ambiguous: boolean;
  /** Up to `MAX_EXAMPLES` dates from the file whose reading depends on the order, read both ways. */
  examples: DateExample[];
}

export interface DateExample {
  /** As written in the file. */
  written: string;
  /** Read month first, and day first (ISO instants). */
  monthFirst: string;
  dayFirst: string;
}

const MAX_EXAMPLES = 3;

/**
 * Decides the day/month order from the dates in a file: a first number above 12 means day first,
 * a second number above 12 means month first; when the file has both, the majority wins (the
 * minority rows then report their dates as unreadable). With no evidence, dotted dates
 * (`10.11.2026`) are read day first, as everywhere they are written that way; others month first.
 */
export function detectDayOrder(cells: Iterable<string>): DayOrderEvidence {
  let dayFirst = 0;
  let monthFirst = 0;
  let dotted = 0;
  let slashed = 0;
  const examples: DateExample[] = [];
  for (const cell of cells) {
    const match = NUMERIC_DATE.exec(cell.trim());
    if (!match) continue;
    const [a, b] = [Number(match[1]), Number(match[3])];
    if (match[2] === '.') dotted++;
    else slashed++;
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
    else if (a !== b && examples.length < MAX_EXAMPLES && !examples.some((e) => e.written === cell.trim())) {
      const [monthFirstReading, dayFirstReading] = [parseImportDate(cell, 'mdy'), parseImportDate(cell, 'dmy')];
      if (monthFirstReading && dayFirstReading) examples.push({ written: cell.trim(), monthFirst: monthFirstReading, dayFirst: dayFirstReading });
    }
  }
  if (dayFirst || monthFirst) return { order: dayFirst > monthFirst ? 'dmy' : 'mdy', ambiguous: false, examples };
  return { order: dotted > slashed ? 'dmy' : 'mdy', ambiguous: examples.length > 0, examples };
}

/**
 * Words that place a date relative to when the file was written ("last week", "2 days ago",
 * "gestern"): no day on the calendar can be read from them, so such a cell is a bad cell —
 * never today's date.
 */
const RELATIVE_DATE = /\b(today|yesterday|tomorrow|ago|last|next|this|recently|heute|gestern|morgen|vor|letzte[nrs]?|hier|aujourd'hui|il y a|hoy|ayer)\b/i;

export function isRelativeDate(value: string): boolean {
  return RELATIVE_DATE.test(value);
}
