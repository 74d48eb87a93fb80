import type { Settings } from '../domain';
import { addDays, isoWeekday } from './zoned-time';

/** The part of the settings that says which days people work. */
export type WorkCalendar = Pick<Settings, 'workWeek' | 'holidays'>;

/** Longest run of non-working days we accept before concluding the calendar has none (≈ 2 years). */
const MAX_SCAN_DAYS = 2 * 366;

export function isBusinessDay(date: string, calendar: WorkCalendar): boolean {
  return calendar.workWeek.includes(isoWeekday(date)) && !calendar.holidays.includes(date);
}

/** `date` itself when it is a business day, else the next one. */
export function businessDayOnOrAfter(date: string, calendar: WorkCalendar): string {
  let day = date;
  for (let i = 0; i <= MAX_SCAN_DAYS; i++) {
    if (isBusinessDay(day, calendar)) return day;
    day = addDays(day, 1);
  }
  // A work week whose every day is a holiday for two years: fall back to the date itself
  // rather than looping; the settings schema requires at least one working weekday.
  return date;
}

/**
 * The business day `count` business days after `date` (1 = the next business day after it).
 * With `count` 0: `date` itself if it is a business day, else the next one.
 */
export function addBusinessDays(date: string, count: number, calendar: WorkCalendar): string {
  if (count <= 0) return businessDayOnOrAfter(date, calendar);
  let day = date;
  for (let i = 0; i < count; i++) day = businessDayOnOrAfter(addDays(day, 1), calendar);
  return day;
}
