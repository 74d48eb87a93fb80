import type { CadenceSettings, FollowUp, Interview, Settings } from '../domain';
import { addBusinessDays, businessDayOnOrAfter, type WorkCalendar } from './business-days';
import { addDays, localDateOf, localTimeToEpochMs, MS_PER_HOUR, toEpochMs } from './zoned-time';

/**
 * When each policy follow-up of an interview falls due (epoch ms). Calendar dates are counted in
 * the user's zone (`zone`), except the promised date, which is the date the interviewer gave.
 */

export const interviewEndMs = (interview: Pick<Interview, 'startsAt' | 'durationMinutes'>): number =>
  toEpochMs(interview.startsAt) + interview.durationMinutes * 60_000;

/** "When and how will you hear back?": some minutes after the interview ends. */
export function hearBackPromptDueMs(interview: Interview, cadence: CadenceSettings): number {
  return interviewEndMs(interview) + cadence.hearBackPromptDelayMinutes * 60_000;
}

/** Some hours after the interview ends, but no later than the set time on the next business day. */
export function thankYouDueMs(interview: Interview, settings: Settings, zone: string): number {
  const end = interviewEndMs(interview);
  const afterDelay = end + settings.cadence.thankYouDelayHours * MS_PER_HOUR;
  const nextBusinessDay = addBusinessDays(localDateOf(end, zone), 1, settings);
  const latest = localTimeToEpochMs(nextBusinessDay, settings.cadence.thankYouLatestTime, zone);
  return Math.min(afterDelay, latest);
}

/** The date the first check-in falls on: after the promised date, or after the interview when none was given. */
export function firstCheckInDate(interview: Interview, settings: Settings, zone: string): string {
  const { cadence } = settings;
  if (interview.hearBack.status === 'date' && interview.hearBack.date !== null) {
    return addBusinessDays(interview.hearBack.date, cadence.checkInBusinessDaysAfterPromise, settings);
  }
  return addBusinessDays(localDateOf(interviewEndMs(interview), zone), cadence.checkInBusinessDaysWithoutPromise, settings);
}

/** Calendar date of the next repeat: `repeatDays` after the previous one, moved forward to a business day. */
export function repeatCheckInDate(previousDate: string, repeatDays: number, calendar: WorkCalendar): string {
  return businessDayOnOrAfter(addDays(previousDate, repeatDays), calendar);
}

/**
 * Due instants of check-ins 1…maxCheckIns. A repeat counts from the previous check-in's due
 * date, or from the day it was sent when that was later (a late check-in pushes the next one).
 */
export function checkInDueMs(interview: Interview, settings: Settings, zone: string, existing: readonly FollowUp[]): number[] {
  const { cadence } = settings;
  const dues: number[] = [];
  let date = firstCheckInDate(interview, settings, zone);
  for (let sequence = 1; sequence <= cadence.maxCheckIns; sequence++) {
    if (sequence > 1) {
      const previous = existing.find(
        (f) => f.origin === 'policy' && f.kind === 'check-in' && f.sequence === sequence - 1 && f.status === 'done',
      );
      // A sent check-in keeps its true history: count from its stored due time and the day it was sent.
      const anchor = previous
        ? Math.max(toEpochMs(previous.dueAt), toEpochMs(previous.updatedAt))
        : (dues[dues.length - 1] ?? 0);
      date = repeatCheckInDate(localDateOf(anchor, zone), cadence.checkInRepeatDays, settings);
    }
    dues.push(localTimeToEpochMs(date, cadence.checkInTime, zone));
  }
  return dues;
}

export type { CadenceSettings };
