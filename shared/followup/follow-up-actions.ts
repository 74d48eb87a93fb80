import { HearbackError } from '../contract/errors';
import type { FollowUpAction } from '../contract/methods/follow-ups';
import type { FollowUp, Settings } from '../domain';
import { isOpen, recurrenceOf } from './occurrences';
import { advanceRecurrence } from './recurrence';
import { snoozeUntil } from './snooze';
import { toEpochMs } from './zoned-time';

const SKIP_REASON_TEXT = { bombed: 'The interview went badly', 'not-interested': 'No longer interested', other: 'Other reason' } as const;

/** Skip reasons that give a pass on the whole cadence of the interview (rule 5 of the advice). */
const WHOLE_CADENCE_REASONS: ReadonlySet<string> = new Set(['bombed', 'not-interested']);

function skipReasonText(act: Extract<FollowUpAction, { action: 'skip' }>): string {
  const base = `Skipped: ${SKIP_REASON_TEXT[act.reason]}`;
  const note = act.note?.trim();
  return (note ? `${base} — ${note}` : base).slice(0, 500);
}

/** Open policy follow-ups of the same interview that `pick` selects. */
function siblingsOf(followUp: FollowUp, siblings: readonly FollowUp[], pick: (s: FollowUp) => boolean): FollowUp[] {
  if (followUp.interviewId === null) return [];
  return siblings.filter(
    (s) => s.id !== followUp.id && s.interviewId === followUp.interviewId && s.origin === 'policy' && isOpen(s) && pick(s),
  );
}

function close(f: FollowUp, status: FollowUp['status'], reason: string, now: string): FollowUp {
  return { ...f, status, statusReason: reason, snoozedUntil: null, updatedAt: now };
}

function markSent(followUp: FollowUp, now: string): FollowUp {
  const rec = recurrenceOf(followUp);
  if (rec === null || followUp.recurrence === null) return close(followUp, 'done', '', now);
  // A recurring reminder: this occurrence (and any missed before it) is done; the series goes on.
  const through = Math.max(toEpochMs(now), toEpochMs(followUp.dueAt));
  const advanced = advanceRecurrence(followUp.recurrence, followUp.dueAt, followUp.timeZone, through);
  if (advanced === null) return close(followUp, 'done', '', now);
  return { ...followUp, dueAt: advanced.dueAt, recurrence: advanced.rule, status: 'pending', statusReason: '', snoozedUntil: null, updatedAt: now };
}

/**
 * Apply one of the five user actions to a follow-up. Returns the updated follow-up first, then any
 * siblings (same interview) that change with it:
 * - `markSent` — done (a recurring reminder moves on to its next occurrence instead);
 * - `snooze` — comes back in an hour, at 09:00 tomorrow (user zone) or at a chosen instant;
 * - `heardBack` — done, and the interview's open check-ins and hear-back prompt are cancelled
 *   (the caller also sets `interview.heardBackAt`);
 * - `skip` — skipped with the reason; skipping a check-in or prompt skips the rest of the cadence,
 *   and "bombed"/"not interested" skip every open follow-up of the interview;
 * - `reopen` — back to pending, with the siblings that the same action closed.
 * Throws `conflict` when the action does not apply to the follow-up's status.
 */
export function applyFollowUpAction(args: {
  followUp: FollowUp;
  siblings: readonly FollowUp[];
  act: FollowUpAction;
  now: string;
  zone: string;
  settings: Settings;
}): FollowUp[] {
  const { followUp, siblings, act, now, zone } = args;
  if (act.action !== 'reopen' && !isOpen(followUp)) {
    throw new HearbackError('conflict', `This follow-up is already ${followUp.status}; reopen it first.`);
  }
  switch (act.action) {
    case 'markSent':
      return [markSent(followUp, now)];
    case 'snooze': {
      const until = snoozeUntil(act.preset === 'until' ? { preset: 'until', until: act.until ?? '' } : { preset: act.preset }, now, zone);
      return [{ ...followUp, status: 'snoozed', snoozedUntil: until, updatedAt: now }];
    }
    case 'heardBack': {
      const reason = 'Heard back';
      const stopped = siblingsOf(followUp, siblings, (s) => s.kind === 'check-in' || s.kind === 'hear-back-prompt');
      return [close(followUp, 'done', reason, now), ...stopped.map((s) => close(s, 'cancelled', reason, now))];
    }
    case 'skip': {
      const reason = skipReasonText(act);
      const whole = WHOLE_CADENCE_REASONS.has(act.reason);
      const cadence = followUp.kind === 'check-in' || followUp.kind === 'hear-back-prompt';
      const rest = followUp.origin !== 'policy' ? [] : siblingsOf(followUp, siblings, (s) => whole || (cadence && (s.kind === 'check-in' || s.kind === 'hear-back-prompt')));
      return [close(followUp, 'skipped', reason, now), ...rest.map((s) => close(s, 'skipped', reason, now))];
    }
    case 'reopen': {
      if (isOpen(followUp)) return [followUp];
      // Siblings closed by the same action share its moment and its reason.
      const together = followUp.interviewId === null
        ? []
        : siblings.filter(
            (s) =>
              s.id !== followUp.id &&
              s.interviewId === followUp.interviewId &&
              (s.status === 'skipped' || s.status === 'cancelled') &&
              s.statusReason === followUp.statusReason &&
              s.updatedAt === followUp.updatedAt,
          );
      const reopen = (f: FollowUp): FollowUp => ({ ...f, status: 'pending', statusReason: '', snoozedUntil: null, updatedAt: now });
      return [reopen(followUp), ...together.map(reopen)];
    }
  }
}

/** Cancel every pending/snoozed follow-up of a deleted interview (or closed application). */
export function cancelFollowUps(existing: readonly FollowUp[], reason: string, now: string): FollowUp[] {
  return existing.filter(isOpen).map((f) => close(f, 'cancelled', reason, now));
}
