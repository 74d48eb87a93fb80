import type { Settings } from '../domain';
import { addDays, isoWeekday, localDateOf } from '../followup/zoned-time';

/**
 * The weeks of the work-search log. Activities are placed by their calendar date in the user's
 * zone (`localDateOf`), and ranges are inclusive local dates, so a week is seven calendar days
 * whatever the clocks do: a DST night makes a week 167 or 169 hours long, never moves an activity
 * into the next week.
 *
 * | work week (ISO weekdays)   | the week starts on                                      |
 * |----------------------------|---------------------------------------------------------|
 * | Mon–Fri `[1,2,3,4,5]`      | Monday                                                  |
 * | Sun–Thu `[7,1,2,3,4]`      | Sunday (the first day whose day before is not a workday) |
 * | all seven days             | Monday                                                  |
 * | split (`[1,3,5]`)          | the lowest weekday that starts a run (Monday)           |
 */

export interface DateRange {
  /** Inclusive calendar dates, `YYYY-MM-DD`. */
  from: string;
  to: string;
}

/** The weekday (1 = Monday … 7 = Sunday) a work-search week starts on. */
export function weekStartDay(workWeek: Settings['workWeek']): number {
  const days = new Set(workWeek);
  if (days.size === 7 || days.size === 0) return 1;
  const starts = [1, 2, 3, 4, 5, 6, 7].filter((d) => days.has(d) && !days.has(d === 1 ? 7 : d - 1));
  return starts[0] ?? 1;
}

/** The week (seven days from its start day) holding `date`. */
export function weekOf(date: string, startDay: number): DateRange {
  const back = (isoWeekday(date) - startDay + 7) % 7;
  const from = addDays(date, -back);
  return { from, to: addDays(from, 6) };
}

/** The week holding the instant `epochMs` in `zone`. */
export function weekAt(epochMs: number, zone: string, startDay: number): DateRange {
  return weekOf(localDateOf(epochMs, zone), startDay);
}

/** The week before or after `week` (`step` weeks away). */
export function shiftWeek(week: DateRange, step: number): DateRange {
  return { from: addDays(week.from, 7 * step), to: addDays(week.to, 7 * step) };
}

/** The weeks that cover `range` (the first and last may reach outside it). */
export function weeksCovering(range: DateRange, startDay: number): DateRange[] {
  const weeks: DateRange[] = [];
  for (let week = weekOf(range.from, startDay); week.from <= range.to; week = shiftWeek(week, 1)) weeks.push(week);
  return weeks;
}

export const inRange = (date: string, range: DateRange): boolean => date >= range.from && date <= range.to;
