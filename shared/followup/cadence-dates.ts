import type { CadenceSettings, FollowUp, Interview, Settings } from '../domain';
import { addBusinessDays, businessDayOnOrAfter, type WorkCalendar } from './business-days';
import { interviewDay } from './promise';
import { wasSent } from './sent';
import { addDays, localDateOf, localTimeToEpochMs, MS_PER_HOUR, MS_PER_MINUTE, toEpochMs } from './zoned-time';

/**
 * When each policy follow-up of an interview falls due (epoch ms). Calendar dates are counted in
 * the user's zone (`zone`), except the promised date, which is the date the interviewer gave.
 */

export const interviewEndMs = (interview: Pick<Interview, 'startsAt' | 'durationMinutes'>): number => toEpochMs(interview.startsAt) + interview.durationMinutes * MS_PER_MINUTE;

/**
 * "When and how will you hear back?" (lifecycle rule 6): some minutes after the interview ends, but
 * never on the thank-you's day — the thank-you asks the question itself while the promise is
 * unknown. So no earlier than `checkInTime` on the first business day after the thank-you's day:
 * the day it was sent, or its planned day while it is open. A thank-you that will not go out
 * (skipped, cancelled) leaves the prompt at its own time.
 */
export function hearBackPromptDueMs(interview: Interview, settings: Settings, zone: string, thankYou: FollowUp | undefined): number {
  const own = interviewEndMs(interview) + settings.cadence.hearBackPromptDelayMinutes * MS_PER_MINUTE;
  const thankYouGoesOut = thankYou === undefined || thankYou.status === 'pending' || thankYou.status === 'snoozed' || wasSent(thankYou);
  if (!thankYouGoesOut) return own;
  const thankYouMs = thankYou === undefined ? thankYouDueMs(interview, settings, zone) : followUpHappenedAtMs(thankYou);
  const dayAfter = addBusinessDays(localDateOf(thankYouMs, zone), 1, settings);
  return Math.max(own, localTimeToEpochMs(dayAfter, settings.cadence.checkInTime, zone));
}

/** Some hours after the interview ends, but no later than the set time on the next business day. */
export function thankYouDueMs(interview: Interview, settings: Settings, zone: string): number {
  const end = interviewEndMs(interview);
  const afterDelay = end + settings.cadence.thankYouDelayHours * MS_PER_HOUR;
  const nextBusinessDay = addBusinessDays(localDateOf(end, zone), 1, settings);
  const latest = localTimeToEpochMs(nextBusinessDay, settings.cadence.thankYouLatestTime, zone);
  return Math.min(afterDelay, latest);
}

/**
 * The date the first check-in falls on: after the promised date, or after the interview when none
 * was given. A stored promise before the interview's day (refused since; lifecycle rule 5) counts
 * from the interview's day.
 */
export function firstCheckInDate(interview: Interview, settings: Settings, zone: string): string {
  const planned = plannedFirstCheckInDate(interview, settings, zone);
  // An interview entered after the fact and answered "no answer yet": check in from the answer on,
  // the next business day — never on a date that had passed before the user told us.
  const answer = interview.lateEntry?.answer;
  if (!answer || answer.answered) return planned;
  const fromAnswer = addBusinessDays(localDateOf(toEpochMs(answer.at), zone), 1, settings);
  return fromAnswer > planned ? fromAnswer : planned;
}

function plannedFirstCheckInDate(interview: Interview, settings: Settings, zone: string): string {
  const { cadence } = settings;
  if (interview.hearBack.status === 'date' && interview.hearBack.date !== null) {
    const day = interviewDay(interview);
    const promised = interview.hearBack.date < day ? day : interview.hearBack.date;
    return addBusinessDays(promised, cadence.checkInBusinessDaysAfterPromise, settings);
  }
  return addBusinessDays(localDateOf(interviewEndMs(interview), zone), cadence.checkInBusinessDaysWithoutPromise, settings);
}

/** Whether an interview entered at `nowMs` comes after its thank-you moment: then it is a late entry. */
export function isEnteredLate(interview: Interview, settings: Settings, zone: string, nowMs: number): boolean {
  return thankYouDueMs(interview, settings, zone) < nowMs;
}

/** The promise floor (lifecycle rule 1): no check-in of this interview is due before this instant. */
export function checkInFloorMs(interview: Interview, settings: Settings, zone: string): number {
  return localTimeToEpochMs(firstCheckInDate(interview, settings, zone), settings.cadence.checkInTime, zone);
}

/** Calendar date of the next repeat: `repeatDays` after the previous one, moved forward to a business day. */
export function repeatCheckInDate(previousDate: string, repeatDays: number, calendar: WorkCalendar): string {
  return businessDayOnOrAfter(addDays(previousDate, repeatDays), calendar);
}

/**
 * When a follow-up happened, for counting what comes after it: its due time, or the moment it was
 * marked sent when that was later (a late check-in pushes the next one). An open one counts from
 * its due time.
 */
export function followUpHappenedAtMs(followUp: Pick<FollowUp, 'dueAt' | 'updatedAt' | 'status' | 'statusReason'>): number {
  const due = toEpochMs(followUp.dueAt);
  return wasSent(followUp) ? Math.max(due, toEpochMs(followUp.updatedAt)) : due;
}

/**
 * The instant the check-in after one that happened at `happenedAtMs` would fall due: the repeat
 * spacing in business days of the user's zone, at the check-in time. Used for the next check-in
 * and for when silence after the last one becomes long enough to propose "ghosted".
 */
export function nextCheckInAfterMs(happenedAtMs: number, settings: Settings, zone: string): number {
  const date = repeatCheckInDate(localDateOf(happenedAtMs, zone), settings.cadence.checkInRepeatDays, settings);
  return localTimeToEpochMs(date, settings.cadence.checkInTime, zone);
}

/**
 * Due instants of check-ins 1…maxCheckIns. A repeat counts from the previous check-in's due
 * date, or from the day it was sent when that was later (a late check-in pushes the next one).
 */
export function checkInDueMs(interview: Interview, settings: Settings, zone: string, existing: readonly FollowUp[]): number[] {
  const { cadence } = settings;
  const dues: number[] = [];
  const first = firstCheckInDate(interview, settings, zone);
  let date = first;
  for (let sequence = 1; sequence <= cadence.maxCheckIns; sequence++) {
    if (sequence > 1) {
      const previous = existing.find((f) => f.origin === 'policy' && f.kind === 'check-in' && f.sequence === sequence - 1 && wasSent(f));
      // A sent check-in keeps its true history: count from its stored due time and the day it was sent.
      const anchor = previous ? followUpHappenedAtMs(previous) : (dues[dues.length - 1] ?? 0);
      date = repeatCheckInDate(localDateOf(anchor, zone), cadence.checkInRepeatDays, settings);
      // A check-in sent early, then a later promise: the repeat still waits for the promise (rule 1).
      if (date < first) date = first;
    }
    dues.push(localTimeToEpochMs(date, cadence.checkInTime, zone));
  }
  return dues;
}

export type { CadenceSettings };
