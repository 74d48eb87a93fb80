import type { FollowUp, Interview } from '../domain';
import { wasSent } from '../followup/sent';
import { MS_PER_DAY } from '../followup/zoned-time';
import { ratio, type Ratio } from './ratio';

/** Window after a check-in (or its due moment) within which an answer counts as prompted by it. */
export const ANSWER_WINDOW_DAYS = 7;

export interface FollowUpEffect {
  /** Interviews whose first check-in was marked sent: answered within 7 days of marking it. */
  withCheckIn: Ratio;
  /** Interviews with a check-in due that was not sent (skipped, pending…): answered within 7 days of its due time. */
  withoutCheckIn: Ratio;
}

/**
 * Whether following up pays off: compares answers within {@link ANSWER_WINDOW_DAYS} after a check-in
 * marked done against answers within as long after a check-in's due time when none was sent.
 * A follow-up carries no "done at" field, so the moment it was marked done is its `updatedAt`.
 * Interviews answered before their first check-in fell due are left out: they needed no follow-up.
 */
export function followUpEffect(interviews: readonly Interview[], followUps: readonly FollowUp[]): FollowUpEffect {
  const checkIns = new Map<string, FollowUp[]>();
  for (const f of followUps) {
    if (f.kind !== 'check-in' || f.interviewId === null) continue;
    const list = checkIns.get(f.interviewId) ?? [];
    list.push(f);
    checkIns.set(f.interviewId, list);
  }
  const window = ANSWER_WINDOW_DAYS * MS_PER_DAY;
  let withTotal = 0;
  let withAnswered = 0;
  let withoutTotal = 0;
  let withoutAnswered = 0;
  for (const interview of interviews) {
    const list = checkIns.get(interview.id);
    if (!list?.length) continue;
    const heard = interview.heardBackAt === null ? null : Date.parse(interview.heardBackAt);
    const firstDue = Math.min(...list.map((f) => Date.parse(f.dueAt)));
    // Only a check-in the user marked sent counts (LIFECYCLE.md rule 4): heard back, skip or cancel never do.
    const done = list.filter(wasSent).map((f) => Date.parse(f.updatedAt));
    if (done.length) {
      const sentAt = Math.min(...done);
      if (heard !== null && heard < Math.min(sentAt, firstDue)) continue;
      withTotal++;
      if (heard !== null && heard >= sentAt && heard <= sentAt + window) withAnswered++;
    } else {
      if (heard !== null && heard < firstDue) continue;
      withoutTotal++;
      if (heard !== null && heard <= firstDue + window) withoutAnswered++;
    }
  }
  return { withCheckIn: ratio(withAnswered, withTotal), withoutCheckIn: ratio(withoutAnswered, withoutTotal) };
}
