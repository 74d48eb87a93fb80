import type { Settings } from '../domain';
import { isQuietAt } from '../followup/quiet-hours';
import { epochMsToWallTime, isoWeekday } from '../followup/zoned-time';
import { shiftWeek, weekOf, weekStartDay, type DateRange } from './week';

/**
 * The optional weekly reminder to review last week's work-search log. Decided from the wall clock
 * in the user's zone and the week it was last shown for (this computer's own state):
 *
 * | situation (at a scheduler check)                                | shown?                           |
 * |-----------------------------------------------------------------|----------------------------------|
 * | the setting is off, or notifications are off                     | no                               |
 * | today (user's zone) is not the chosen weekday                    | no (a missed day is not caught up) |
 * | the chosen day, before 09:00 local                               | no                               |
 * | the chosen day, 09:00 or later, quiet hours now                  | no — at the first check after they end that day |
 * | the chosen day, 09:00 or later, not quiet, already shown for last week | no                          |
 * | the chosen day, 09:00 or later, not quiet, not yet shown         | yes, for the week before today's week |
 *
 * The chosen weekday is the setting's, or the first day of the work week when it names none.
 * "Last week" is the work-search week (week.ts) before the one holding today, so it is seven
 * calendar days whatever a DST night does to the hours.
 */

/** The reminder is shown from this local time on the chosen day. */
export const WEEKLY_REMINDER_FROM_MINUTES = 9 * 60;

/** The weekday the reminder is shown on. */
export function weeklyReminderDay(settings: Pick<Settings, 'workLogReminder' | 'workWeek'>): number {
  return settings.workLogReminder.weekday ?? weekStartDay(settings.workWeek);
}

/** The week to remind about at `nowMs`, or null when nothing is to be shown now. */
export function weeklyReminderDue(nowMs: number, settings: Settings, zone: string, shownForWeek: string | null): DateRange | null {
  if (!settings.workLogReminder.enabled || !settings.notificationsEnabled) return null;
  const { date: today, minutes } = epochMsToWallTime(nowMs, zone);
  if (isoWeekday(today) !== weeklyReminderDay(settings)) return null;
  if (minutes < WEEKLY_REMINDER_FROM_MINUTES) return null;
  if (isQuietAt(nowMs, settings.quietHours, zone)) return null;
  const lastWeek = shiftWeek(weekOf(today, weekStartDay(settings.workWeek)), -1);
  return shownForWeek === lastWeek.from ? null : lastWeek;
}

/** What the notification says, in plain words. */
export function weeklyReminderText(count: number): { title: string; body: string } {
  const title = 'Work-search log';
  if (count === 0) return { title, body: 'Your work-search log for last week has no activities yet — add what you did.' };
  return { title, body: `Your work-search log for last week has ${count} ${count === 1 ? 'activity' : 'activities'} — review and export.` };
}
