import type { FollowUp } from '../domain';
import { compileRecurrence, occurrenceAtOrAfter, occurrenceAtOrBefore, type Recurrence } from './recurrence';
import { toEpochMs, toInstant } from './zoned-time';

/**
 * When a follow-up happens. A one-off happens at `dueAt` (or at `snoozedUntil` once snoozed);
 * a recurring one at each occurrence of its rule, plus its snoozed copy — snoozing one occurrence
 * never moves the series.
 */

const OPEN_STATUSES: ReadonlySet<FollowUp['status']> = new Set(['pending', 'snoozed']);

export const isOpen = (followUp: Pick<FollowUp, 'status'>): boolean => OPEN_STATUSES.has(followUp.status);

/** The compiled rule of a recurring follow-up; null for a one-off (or a stored rule that no longer parses). */
export function recurrenceOf(followUp: FollowUp): Recurrence | null {
  if (followUp.recurrence === null || followUp.recurrence.trim() === '') return null;
  try {
    return compileRecurrence(followUp.recurrence, followUp.dueAt, followUp.timeZone);
  } catch {
    return null;
  }
}

function snoozedMs(followUp: FollowUp): number | null {
  return followUp.status === 'snoozed' && followUp.snoozedUntil !== null ? toEpochMs(followUp.snoozedUntil) : null;
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** Next occurrence at or after `fromMs` (epoch ms), or null when there is none. */
export function nextOccurrenceMs(followUp: FollowUp, fromMs: number, rec: Recurrence | null = recurrenceOf(followUp)): number | null {
  if (!isOpen(followUp)) return null;
  const snoozed = snoozedMs(followUp);
  const snoozeCandidate = snoozed !== null && snoozed >= fromMs ? snoozed : null;
  if (rec === null) {
    if (snoozed !== null) return snoozeCandidate;
    const due = toEpochMs(followUp.dueAt);
    return due >= fromMs ? due : null;
  }
  // Occurrences of the series from before the snooze are the snoozed one (or older): not again.
  const seriesFrom = snoozed === null ? fromMs : Math.max(fromMs, toEpochMs(followUp.updatedAt) + 1);
  return earliest(snoozeCandidate, occurrenceAtOrAfter(rec, seriesFrom));
}

/** Next occurrence instant at or after `from` (recurring or not, honours snoozedUntil); null when finished. */
export function nextOccurrence(followUp: FollowUp, from: string): string | null {
  const ms = nextOccurrenceMs(followUp, toEpochMs(from));
  return ms === null ? null : toInstant(ms);
}

/**
 * The occurrence to hand the user at `nowMs`: the latest one that has come. Older ones it
 * supersedes are never shown on their own (a daily reminder missed for a week shows once).
 */
export function currentOccurrenceMs(followUp: FollowUp, nowMs: number, rec: Recurrence | null = recurrenceOf(followUp)): number | null {
  if (!isOpen(followUp)) return null;
  const snoozed = snoozedMs(followUp);
  const snoozeCandidate = snoozed !== null && snoozed <= nowMs ? snoozed : null;
  if (rec === null) {
    if (snoozed !== null) return snoozeCandidate;
    const due = toEpochMs(followUp.dueAt);
    return due <= nowMs ? due : null;
  }
  let series = occurrenceAtOrBefore(rec, nowMs);
  if (series !== null && snoozed !== null && series <= toEpochMs(followUp.updatedAt)) series = null;
  if (series === null) return snoozeCandidate;
  return snoozeCandidate === null ? series : Math.max(series, snoozeCandidate);
}

/** Whether this occurrence (an instant) was already handed to the user. */
export function wasDelivered(followUp: FollowUp, occurrence: string): boolean {
  return followUp.deliveries.some((d) => d.occurrence === occurrence);
}
