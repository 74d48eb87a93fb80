import type { Interview } from '../domain';
import { localDateOf, toEpochMs } from './zoned-time';

/** The interview's calendar day in its own zone ("2026-12-01"). */
export function interviewDay(interview: Pick<Interview, 'startsAt' | 'timeZone'>): string {
  return localDateOf(toEpochMs(interview.startsAt), interview.timeZone);
}

/**
 * Rule 5 of the lifecycle: a promised date falls on or after the interview's day (in the
 * interview's zone). Returns the problem in words, or null when the promise is fine.
 * "Not given" and "unknown" have no date and are always fine.
 */
export function promiseDateProblem(interview: Pick<Interview, 'startsAt' | 'timeZone' | 'hearBack'>): string | null {
  const { hearBack } = interview;
  if (hearBack.status !== 'date' || hearBack.date === null) return null;
  const day = interviewDay(interview);
  return hearBack.date < day ? `must be on or after the interview’s day (${day})` : null;
}
