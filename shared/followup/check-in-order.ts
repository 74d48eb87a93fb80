import type { FollowUp } from '../domain';
import { isOpen } from './occurrences';

/**
 * Check-ins go one at a time: a later check-in of an interview waits while an earlier one is
 * still open, so an interview logged late (or a check-in left unsent) never asks the user to send
 * the same question twice at once. Returns the ids of the check-ins that are waiting.
 */
export function waitingCheckIns(followUps: readonly FollowUp[]): Set<string> {
  const earliestOpen = new Map<string, number>();
  for (const f of followUps) {
    if (f.kind !== 'check-in' || f.interviewId === null || !isOpen(f)) continue;
    const seen = earliestOpen.get(f.interviewId);
    if (seen === undefined || f.sequence < seen) earliestOpen.set(f.interviewId, f.sequence);
  }
  const waiting = new Set<string>();
  for (const f of followUps) {
    if (f.kind !== 'check-in' || f.interviewId === null || !isOpen(f)) continue;
    if (f.sequence > (earliestOpen.get(f.interviewId) ?? f.sequence)) waiting.add(f.id);
  }
  return waiting;
}
