import type { FollowUp } from '../domain';
import { NO_HOLDS, waitingFollowUps } from './check-in-order';
import { currentOccurrenceMs, isOpen, nextOccurrenceMs, recurrenceOf } from './occurrences';
import type { Recurrence } from './recurrence';
import { localDateOf, wallTimeToEpochMs } from './zoned-time';

/**
 * THE urgency rule: how pressing one follow-up is at an instant, in the user's zone. The tray
 * badge, Today, the board card and the scheduler's reminders all ask this function, so they agree.
 *
 * | state      | when (at `now`; days are calendar days in the user's zone)                          |
 * |------------|--------------------------------------------------------------------------------------|
 * | `closed`   | done, skipped or cancelled — or an open series with no occurrence left                |
 * | `waiting`  | open, but another follow-up of its interview goes first (check-in-order.ts: a later  |
 * |            | check-in waits while an earlier one is open), or its application is *held* (a reply  |
 * |            | from the company awaits "Heard back?": its check-ins and prompt) — never due          |
 * | `overdue`  | its current occurrence came on an earlier day than today                              |
 * | `due`      | its current occurrence came today, at or before now                                   |
 * | `upcoming` | no occurrence has come yet (or the series' next one is ahead and none is current)     |
 *
 * The current occurrence is the latest one that has come (`currentOccurrenceMs`): a one-off's
 * `dueAt`; a snoozed one's `snoozedUntil` (never its old `dueAt`); a recurring one's latest
 * occurrence at or before now — so a weekly reminder missed last week is overdue until this
 * week's occurrence comes, which is then due (one occurrence at a time, never a backlog).
 * "Needs attention now" (the tray count, Today's due sections, a notification) = overdue or due.
 */
export type UrgencyState = 'closed' | 'waiting' | 'overdue' | 'due' | 'upcoming';

export interface Urgency {
  state: UrgencyState;
  /**
   * Epoch ms of the occurrence the state is about: the current one when overdue/due, the next
   * one when upcoming or waiting; null when closed.
   */
  atMs: number | null;
}

const CLOSED: Urgency = { state: 'closed', atMs: null };

/** The instant judged, and when its day began in the user's zone (epoch ms). */
export interface UrgencyMoment {
  nowMs: number;
  /** The first instant of today's date in the zone: an occurrence before it came "on an earlier day". */
  todayStartMs: number;
}

/** Computes the day boundary once, for judging many follow-ups at the same instant. */
export function urgencyMoment(nowMs: number, zone: string): UrgencyMoment {
  // Midnight in a DST gap is the first instant after the gap; an ambiguous one the earlier instant.
  return { nowMs, todayStartMs: wallTimeToEpochMs(localDateOf(nowMs, zone), 0, zone) };
}

/** {@link urgencyOf} at a precomputed moment; `rec` lets a caller that compiled the rule pass it in. */
export function judgeUrgency(followUp: FollowUp, moment: UrgencyMoment, waiting: boolean, rec: Recurrence | null = recurrenceOf(followUp)): Urgency {
  if (!isOpen(followUp)) return CLOSED;
  const { nowMs } = moment;
  const current = currentOccurrenceMs(followUp, nowMs, rec);
  if (waiting) return { state: 'waiting', atMs: nextOccurrenceMs(followUp, nowMs, rec) ?? current };
  if (current !== null) return { state: current < moment.todayStartMs ? 'overdue' : 'due', atMs: current };
  const next = nextOccurrenceMs(followUp, nowMs, rec);
  return next === null ? CLOSED : { state: 'upcoming', atMs: next };
}

/** The urgency of one follow-up at `nowMs` (epoch ms) in `zone`; `waiting` from `waitingFollowUps`. */
export function urgencyOf(followUp: FollowUp, nowMs: number, zone: string, waiting: boolean): Urgency {
  return judgeUrgency(followUp, urgencyMoment(nowMs, zone), waiting);
}

/**
 * The urgency of every follow-up in a list (check-in order judged within the list), by id.
 * `heldApplications`: applications whose check-ins are held by a reply awaiting "Heard back?".
 */
export function urgencies(followUps: readonly FollowUp[], nowMs: number, zone: string, heldApplications: ReadonlySet<string> = NO_HOLDS): Map<string, Urgency> {
  const waiting = waitingFollowUps(followUps, heldApplications);
  const moment = urgencyMoment(nowMs, zone);
  return new Map(followUps.map((f) => [f.id, judgeUrgency(f, moment, waiting.has(f.id))]));
}

/** Whether the user should act now: overdue or due. */
export const needsAttention = (urgency: Urgency): boolean => urgency.state === 'overdue' || urgency.state === 'due';

/** How many follow-ups need attention now: the tray badge's number. */
export function attentionCount(followUps: readonly FollowUp[], nowMs: number, zone: string, heldApplications: ReadonlySet<string> = NO_HOLDS): number {
  let count = 0;
  for (const urgency of urgencies(followUps, nowMs, zone, heldApplications).values()) if (needsAttention(urgency)) count++;
  return count;
}
