import type { FollowUp } from '../domain';
import { isOpen } from './occurrences';

/** No application held (the default when nothing reads the user's mail). */
export const NO_HOLDS: ReadonlySet<string> = new Set();

/**
 * Follow-ups that wait (are not due, whatever their time) because another one of their interview
 * must go first:
 * - check-ins go one at a time: a later check-in waits while an earlier one is still open, so an
 *   interview logged late (or a check-in left unsent) never asks the same question twice at once;
 * - the hear-back prompt waits while the interview's thank-you is open: the thank-you asks the
 *   question itself, and one person never gets two emails on one day (LIFECYCLE.md rule 6);
 * - held: while a reply from the company waits for the user's "Heard back?" (mail), the
 *   application's check-ins and hear-back prompt wait — the company may have answered already.
 * Returns their ids.
 */
export function waitingFollowUps(followUps: readonly FollowUp[], heldApplications: ReadonlySet<string> = NO_HOLDS): Set<string> {
  const earliestOpen = new Map<string, number>();
  const thankYouOpen = new Set<string>();
  for (const f of followUps) {
    if (f.interviewId === null || !isOpen(f)) continue;
    if (f.kind === 'thank-you') thankYouOpen.add(f.interviewId);
    if (f.kind !== 'check-in') continue;
    const seen = earliestOpen.get(f.interviewId);
    if (seen === undefined || f.sequence < seen) earliestOpen.set(f.interviewId, f.sequence);
  }
  const waiting = new Set<string>();
  for (const f of followUps) {
    if (f.interviewId === null || !isOpen(f)) continue;
    if (f.kind === 'check-in' && f.sequence > (earliestOpen.get(f.interviewId) ?? f.sequence)) waiting.add(f.id);
    if (f.kind === 'hear-back-prompt' && thankYouOpen.has(f.interviewId)) waiting.add(f.id);
    if ((f.kind === 'check-in' || f.kind === 'hear-back-prompt') && heldApplications.has(f.applicationId)) waiting.add(f.id);
  }
  return waiting;
}
