import type { SalaryRange } from '../domain';

/**
 * Salary periods: the store keeps year, month and hour. Others (day, week) are not converted —
 * converting would present a guess as the posting's figure — so such a salary is left out.
 */
const PERIODS: Record<string, SalaryRange['period']> = {
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  'per-year-salary': 'year',
  'per-year': 'year',
  p1y: 'year',
  month: 'month',
  monthly: 'month',
  'per-month-salary': 'month',
  'per-month': 'month',
  p1m: 'month',
  hour: 'hour',
  hourly: 'hour',
  'per-hour-wage': 'hour',
  'per-hour': 'hour',
  pt1h: 'hour',
};

export function salaryPeriod(unit: unknown): SalaryRange['period'] | null {
  if (typeof unit !== 'string') return null;
  return PERIODS[unit.trim().toLowerCase()] ?? null;
}

/**
 * An amount as pages write it: a number, or text — "100000", "100,000", "$100,000", "100 000",
 * "85000.50". A currency sign in front is dropped (the currency comes from its own field); text
 * with anything else ("80k", "73.000 €", "competitive") is not an amount.
 */
function amount(value: unknown): number | null {
  const written = typeof value === 'string' ? /^\s*[$€£¥]?\s*(\d{1,3}(?:[,\s]\d{3})+|\d+)(\.\d+)?\s*$/.exec(value) : null;
  const n = typeof value === 'number' ? value : written ? Number(`${(written[1] ?? '').replace(/[,\s]/g, '')}${written[2] ?? ''}`) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 1e9 ? n : null;
}

/** A range from its parts, or null when any part is missing or wrong (never a half-guessed range). */
export function salaryRange(min: unknown, max: unknown, currency: unknown, period: SalaryRange['period'] | null): SalaryRange | undefined {
  const lo = amount(min);
  const hi = amount(max);
  const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
  if ((lo === null && hi === null) || !/^[A-Z]{3}$/.test(code) || period === null) return undefined;
  if (lo !== null && hi !== null && lo > hi) return undefined;
  return { min: lo, max: hi, currency: code, period };
}
