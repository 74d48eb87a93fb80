import { HearbackError } from '../contract/errors';
import type { FollowUpAction } from '../contract/methods/follow-ups';
import type { FollowUp } from '../domain';
import { currentOccurrenceMs, isOpen, nextOccurrenceMs, recurrenceOf } from './occurrences';
import { advanceRecurrence } from './recurrence';
import { SENT_REASON } from './sent';
import { SNOOZED_BEFORE_PROMISE, snoozeUntil } from './snooze';
import { toEpochMs } from './zoned-time';

/** The reason written on follow-ups closed by "Heard back" (also the planner's). */
export const HEARD_BACK_REASON = 'Heard back';

const SKIP_REASON_TEXT = { bombed: 'The interview went badly', 'not-interested': 'No longer interested', other: 'Other reason' } as const;

function skipReasonText(act: Extract<FollowUpAction, { action: 'skip' }>): string {
  const base = `Skipped: ${SKIP_REASON_TEXT[act.reason]}`;
  const note = act.note?.trim();
  return (note ? `${base} — ${note}` : base).slice(0, 500);
}

/** Other open follow-ups of the same interview that `pick` selects. */
function openSiblings(followUp: FollowUp, siblings: readonly FollowUp[], pick: (s: FollowUp) => boolean): FollowUp[] {
  if (followUp.interviewId === null) return [];
  return siblings.filter((s) => s.id !== followUp.id && s.interviewId === followUp.interviewId && isOpen(s) && pick(s));
}

function close(f: FollowUp, status: FollowUp['status'], reason: string, now: string): FollowUp {
  return { ...f, status, statusReason: reason, snoozedUntil: null, updatedAt: now };
}

function markSent(followUp: FollowUp, now: string): FollowUp {
  const rec = recurrenceOf(followUp);
  if (rec === null || followUp.recurrence === null) return close(followUp, 'done', SENT_REASON, now);
  // A recurring reminder: this occurrence (and any missed before it) is done; the series goes on.
  const through = Math.max(toEpochMs(now), toEpochMs(followUp.dueAt));
  const advanced = advanceRecurrence(followUp.recurrence, followUp.dueAt, followUp.timeZone, through);
  if (advanced === null) return close(followUp, 'done', SENT_REASON, now);
  return { ...followUp, dueAt: advanced.dueAt, recurrence: advanced.rule, status: 'pending', statusReason: '', snoozedUntil: null, updatedAt: now };
}

/**
 * When an open follow-up is due now, epoch ms: its `snoozedUntil` when snoozed, the occurrence at
 * hand (or the next one) for a series, else `dueAt`.
 */
export function currentDueMs(followUp: FollowUp, nowMs: number): number {
  if (followUp.status === 'snoozed' && followUp.snoozedUntil !== null) return toEpochMs(followUp.snoozedUntil);
  const rec = recurrenceOf(followUp);
  if (rec !== null) return currentOccurrenceMs(followUp, nowMs, rec) ?? nextOccurrenceMs(followUp, nowMs, rec) ?? toEpochMs(followUp.dueAt);
  return toEpochMs(followUp.dueAt);
}

/**
 * Apply one user action to a follow-up, as shared/followup/LIFECYCLE.md says. Returns the named
 * follow-up first, then the other follow-ups the action's cascade changes:
 * - `markSent` — done, reason "Marked sent" (a recurring reminder moves on to its next occurrence);
 * - `snooze` — comes back later (see `snoozeUntil`); nothing else changes;
 * - `heardBack` — cancelled (never done), and the interview's open check-ins and hear-back prompt
 *   are cancelled too (the caller also sets `interview.heardBackAt`);
 * - `skip` — skipped with the reason; scope `interview` skips every open follow-up of the interview;
 * - `reopen` — back to pending; nothing else here (the caller re-plans when it undoes heard back).
 * Throws `conflict` when the action does not apply to the follow-up's status.
 */
export function applyFollowUpAction(args: {
  followUp: FollowUp;
  siblings: readonly FollowUp[];
  act: FollowUpAction;
  now: string;
  zone: string;
  /** For a check-in: the earliest due time its promise allows (lifecycle rule 1), epoch ms. */
  promiseFloorMs: number | null;
}): FollowUp[] {
  const { followUp, siblings, act, now, zone } = args;
  if (act.action !== 'reopen' && !isOpen(followUp)) {
    throw new HearbackError('conflict', `This follow-up is already ${followUp.status}; reopen it first.`);
  }
  switch (act.action) {
    case 'markSent':
      return [markSent(followUp, now)];
    case 'snooze': {
      const choice = act.preset === 'until' ? { preset: 'until' as const, until: act.until ?? '', beforePromise: act.beforePromise } : { preset: act.preset };
      const until = snoozeUntil(choice, { now, dueMs: currentDueMs(followUp, toEpochMs(now)), zone, promiseFloorMs: args.promiseFloorMs });
      const early = args.promiseFloorMs !== null && toEpochMs(until) < args.promiseFloorMs;
      return [{ ...followUp, status: 'snoozed', snoozedUntil: until, statusReason: early ? SNOOZED_BEFORE_PROMISE : '', updatedAt: now }];
    }
    case 'heardBack': {
      const stopped = openSiblings(followUp, siblings, (s) => s.kind === 'check-in' || s.kind === 'hear-back-prompt');
      return [close(followUp, 'cancelled', HEARD_BACK_REASON, now), ...stopped.map((s) => close(s, 'cancelled', HEARD_BACK_REASON, now))];
    }
    case 'skip': {
      const reason = skipReasonText(act);
      if (act.scope === 'interview' && followUp.interviewId === null) {
        throw new HearbackError('invalid_request', 'This reminder belongs to no interview; skip only this one.', [{ path: 'act.scope', message: 'must be "this" for a reminder without an interview' }]);
      }
      const rest = act.scope === 'interview' ? openSiblings(followUp, siblings, () => true) : [];
      return [close(followUp, 'skipped', reason, now), ...rest.map((s) => close(s, 'skipped', reason, now))];
    }
    case 'reopen':
      if (isOpen(followUp)) return [followUp];
      return [{ ...followUp, status: 'pending', statusReason: '', snoozedUntil: null, updatedAt: now }];
  }
}

/** Cancel every pending/snoozed follow-up of a deleted interview (or closed application). */
export function cancelFollowUps(existing: readonly FollowUp[], reason: string, now: string): FollowUp[] {
  return existing.filter(isOpen).map((f) => close(f, 'cancelled', reason, now));
}
