/** Small value readers shared by every source. */

const EMPLOYMENT: Record<string, string> = {
  FULL_TIME: 'Full-time',
  FULLTIME: 'Full-time',
  'FULL-TIME': 'Full-time',
  PART_TIME: 'Part-time',
  PARTTIME: 'Part-time',
  'PART-TIME': 'Part-time',
  CONTRACTOR: 'Contract',
  CONTRACT: 'Contract',
  TEMPORARY: 'Temporary',
  TEMP: 'Temporary',
  INTERN: 'Internship',
  INTERNSHIP: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};

/** "FULL_TIME" / "FullTime" / "Full-time" → "Full-time"; anything else as written. */
export function employmentTypeLabel(value: string): string {
  const key = value.trim().replace(/\s+/g, '_').toUpperCase();
  return EMPLOYMENT[key] ?? value.trim();
}

/** The calendar day of a date or date-time as the page wrote it ("2026-11-10T09:00:00-05:00" → "2026-11-10"). */
export function isoDay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!match) return '';
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${match[1]}-${match[2]}-${match[3]}` : '';
}

/** The calendar day (UTC) of a millisecond timestamp, as Lever sends `createdAt`. */
export function dayOfMillis(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}
