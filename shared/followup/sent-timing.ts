import type { Interview, Settings } from '../domain';
import { addBusinessDays } from './business-days';
import { checkInFloorMs } from './cadence-dates';
import { addDays, localDateOf, localTimeToEpochMs } from './zoned-time';

/**
 * When a message found in the user's Sent folder counts as a check-in, by its date. The same
 * calendar as the cadence: days are the user's (`zone`), business days skip the user's days off
 * (`workWeek`, `holidays`), and a DST change never moves a boundary off midnight.
 *
 * | the message was sent …                                                  | it is …                        |
 * |-------------------------------------------------------------------------|--------------------------------|
 * | from 00:00 of the day after the promised date (the promise passed)      | a check-in by its date alone   |
 * | with no date promised: from the first check-in's planned instant        | a check-in by its date alone   |
 * |   (the promise floor)                                                   |                                |
 * | before the start of the `CHECK_IN_GAP_BUSINESS_DAYS`-th business day    | not the next check-in: a second|
 * |   after the day the previous check-in happened                          |   note about the same one      |
 * | from the start of that business day on                                  | may be the next check-in       |
 *
 * Examples (Mon–Fri work week): previous check-in Mon → the next counts from Thu 00:00; Fri → Wed
 * 00:00 (the weekend is not waiting time); Thu 23:30 in New York before the spring-forward Sunday
 * → Tue 00:00 EDT.
 */
export const CHECK_IN_GAP_BUSINESS_DAYS = 3;

/** From when a message is a check-in by its date alone (the promise passed). */
export function checkInBySentDateFromMs(interview: Interview, settings: Settings, zone: string): number {
  if (interview.hearBack.status === 'date' && interview.hearBack.date !== null) return localTimeToEpochMs(addDays(interview.hearBack.date, 1), '00:00', zone);
  return checkInFloorMs(interview, settings, zone);
}

/** From when a message may be the next check-in, after one that happened at `previousMs` (cadence-dates.ts `followUpHappenedAtMs`). */
export function nextCheckInBySentDateFromMs(previousMs: number, settings: Settings, zone: string): number {
  const day = addBusinessDays(localDateOf(previousMs, zone), CHECK_IN_GAP_BUSINESS_DAYS, settings);
  return localTimeToEpochMs(day, '00:00', zone);
}
