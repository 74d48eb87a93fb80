import type { FollowUp } from '../domain';
import { currentOccurrenceMs, isOpen, nextOccurrenceMs, recurrenceOf, wasDelivered } from './occurrences';
import { NO_HOLDS, waitingFollowUps } from './check-in-order';
import { judgeUrgency, needsAttention, urgencyMoment } from './urgency';
import { toEpochMs, toInstant } from './zoned-time';

/** A follow-up whose current occurrence has come and was never handed to the user. */
export interface DueReminder {
  followUp: FollowUp;
  /** ISO instant of the occurrence (the delivery record's key). */
  occurrence: string;
}

export interface FollowUpScan {
  /** Due and undelivered, oldest occurrence first. */
  due: DueReminder[];
  /** The earliest occurrence strictly after `nowMs` (epoch ms), or null when nothing is ahead. */
  nextWakeMs: number | null;
}

/**
 * One pass over the open follow-ups at `nowMs` (days judged in `zone`): what is due now (at most one occurrence per
 * follow-up — missed older occurrences are caught up by the latest), and when to look again.
 * `delivered` adds deliveries known outside the records (e.g. recorded a moment ago);
 * `heldApplications` (see urgency.ts): applications whose check-ins are held by a reply.
 */
export function scanFollowUps(followUps: readonly FollowUp[], nowMs: number, zone: string, delivered: (followUpId: string, occurrence: string) => boolean = () => false, heldApplications: ReadonlySet<string> = NO_HOLDS): FollowUpScan {
  const due: { reminder: DueReminder; ms: number }[] = [];
  let nextWakeMs: number | null = null;
  // A waiting check-in becomes due when the earlier one is sent — a data change, which rescans.
  const waiting = waitingFollowUps(followUps, heldApplications);
  const moment = urgencyMoment(nowMs, zone);
  for (const followUp of followUps) {
    // The urgency rule decides what has come; the day split (overdue/due) does not matter here.
    if (!isOpen(followUp)) continue; // closed: nothing to compile
    const rec = recurrenceOf(followUp);
    const urgency = judgeUrgency(followUp, moment, waiting.has(followUp.id), rec);
    if (urgency.state === 'closed' || urgency.state === 'waiting') continue;
    const current = needsAttention(urgency) ? urgency.atMs : null;
    // A planned moment that had passed before the planner made the reminder (an interview entered
    // after the fact) is never notified: Today shows it and asks about it instead. A reminder the
    // user set themselves, even for a minute ago, is theirs and is notified.
    const passedBeforePlanned = current !== null && followUp.origin === 'policy' && current < toEpochMs(followUp.createdAt);
    if (current !== null && !passedBeforePlanned) {
      const occurrence = toInstant(current);
      if (!wasDelivered(followUp, occurrence) && !delivered(followUp.id, occurrence)) {
        due.push({ reminder: { followUp, occurrence }, ms: current });
      }
    }
    // Upcoming already names the next occurrence (strictly after now): no second expansion.
    const next = urgency.state === 'upcoming' ? urgency.atMs : nextOccurrenceMs(followUp, nowMs + 1, rec);
    if (next !== null && (nextWakeMs === null || next < nextWakeMs)) nextWakeMs = next;
  }
  due.sort((a, b) => a.ms - b.ms || a.reminder.followUp.id.localeCompare(b.reminder.followUp.id));
  return { due: due.map((d) => d.reminder), nextWakeMs };
}

/** One occurrence a notification could be for: the key of its delivery (and of its claim across computers). */
export interface OccurrenceKey {
  followUpId: string;
  occurrence: string;
}

/**
 * The occurrences a notification could be for between `nowMs` and `untilMs` (epoch ms): the current
 * one of each open follow-up when not yet delivered, and each later one up to `untilMs` (at most
 * `perFollowUp` of a series). A waiting check-in is left out (it becomes due only after a data
 * change), and so is a planned moment that had passed before it was planned (never notified).
 * The reminder computer claims these ahead while it reaches the server (sync's claims.ts).
 */
export function upcomingOccurrences(followUps: readonly FollowUp[], nowMs: number, untilMs: number, heldApplications: ReadonlySet<string> = NO_HOLDS, perFollowUp = 20): OccurrenceKey[] {
  const waiting = waitingFollowUps(followUps, heldApplications);
  const keys: OccurrenceKey[] = [];
  for (const followUp of followUps) {
    if (!isOpen(followUp) || waiting.has(followUp.id)) continue;
    const rec = recurrenceOf(followUp);
    const current = currentOccurrenceMs(followUp, nowMs, rec);
    if (current !== null && !(followUp.origin === 'policy' && current < toEpochMs(followUp.createdAt))) {
      const occurrence = toInstant(current);
      if (!wasDelivered(followUp, occurrence)) keys.push({ followUpId: followUp.id, occurrence });
    }
    let next = nextOccurrenceMs(followUp, nowMs + 1, rec);
    for (let n = 0; next !== null && next <= untilMs && n < perFollowUp; n++) {
      keys.push({ followUpId: followUp.id, occurrence: toInstant(next) });
      next = nextOccurrenceMs(followUp, next + 1, rec);
    }
  }
  return keys;
}
