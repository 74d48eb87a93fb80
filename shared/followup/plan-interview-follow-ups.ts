import { followUpsAt, type Application, type FollowUp, type FollowUpChannel, type FollowUpKind, type Interview, type Settings, type Stage } from '../domain';
import { checkInDueMs, checkInFloorMs, hearBackPromptDueMs, thankYouDueMs } from './cadence-dates';
import { SNOOZED_BEFORE_PROMISE } from './snooze';
import { isOpen } from './occurrences';
import { toEpochMs, toInstant } from './zoned-time';
import { newFollowUp } from './new-follow-up';

export interface PlanContext {
  application: Application;
  stage: Stage;
  interview: Interview;
  /** All follow-ups of this interview (any status, any origin). */
  existing: readonly FollowUp[];
  settings: Settings;
  /** The user's effective IANA zone. */
  zone: string;
  /** ISO instant. */
  now: string;
  newId: () => string;
}

/** Why the planner stopped a follow-up; also its `statusReason`. */
export const PLAN_REASONS = {
  promiseRecorded: 'Hear-back promise recorded',
  heardBack: 'Heard back',
  closed: 'Application closed',
  offer: 'Offer stage: only the thank-you note continues',
  fewerCheckIns: 'Fewer check-ins in settings',
  deleted: 'Interview deleted',
  interviewCancelled: 'Interview cancelled',
} as const;

/**
 * Cancellations the planner made itself and takes back once their cause is gone (a card moved back
 * from a closed stage, heard back undone). Anything else cancelled — heard back on the thank-you,
 * an interview deleted — stays cancelled.
 */
const REVIVABLE: Record<FollowUpKind, ReadonlySet<string>> = {
  'hear-back-prompt': new Set([PLAN_REASONS.closed, PLAN_REASONS.offer, PLAN_REASONS.heardBack, PLAN_REASONS.interviewCancelled]),
  'thank-you': new Set([PLAN_REASONS.closed, PLAN_REASONS.interviewCancelled]),
  'check-in': new Set([PLAN_REASONS.closed, PLAN_REASONS.offer, PLAN_REASONS.heardBack, PLAN_REASONS.fewerCheckIns, PLAN_REASONS.interviewCancelled]),
  custom: new Set(),
};

/** What one policy slot (kind + sequence) should be: due at a time, or stopped with a status. */
type Desired = { kind: FollowUpKind; sequence: number; due: number; title: string; channel: FollowUpChannel } | { kind: FollowUpKind; sequence: number; stop: 'done' | 'cancelled'; reason: string };

function checkInChannel(interview: Interview): FollowUpChannel {
  return interview.hearBack.channel === 'phone' ? 'phone' : 'email';
}

/**
 * An interview that did not take place has nothing to follow up: every planned slot stops
 * (`cancelled`, revived by the planner if the interview is un-cancelled).
 */
function cancelledInterviewSlots(ctx: PlanContext): Desired[] {
  const stop = { stop: 'cancelled', reason: PLAN_REASONS.interviewCancelled } as const;
  const checkIns = ctx.existing.filter((f) => f.origin === 'policy' && f.kind === 'check-in').map((f) => f.sequence);
  return [{ kind: 'hear-back-prompt', sequence: 0, ...stop }, { kind: 'thank-you', sequence: 0, ...stop }, ...[...new Set(checkIns)].map((sequence) => ({ kind: 'check-in' as const, sequence, ...stop }))];
}

function desiredSlots(ctx: PlanContext): Desired[] {
  if (ctx.interview.outcome === 'cancelled') return cancelledInterviewSlots(ctx);
  const { application, stage, interview, settings, zone, existing } = ctx;
  const followUps = followUpsAt(stage);
  const closed = followUps === 'stopped';
  const offer = followUps === 'thank-you only';
  const who = application.company;
  const slots: Desired[] = [];

  // The thank-you note: an offer still gets one; a closed application does not.
  const thankYouSlot: Desired = closed
    ? { kind: 'thank-you', sequence: 0, stop: 'cancelled', reason: PLAN_REASONS.closed }
    : { kind: 'thank-you', sequence: 0, due: thankYouDueMs(interview, settings, zone), title: `Send a thank-you note to ${who}`, channel: 'email' };

  // The hear-back prompt: never a second message on the thank-you's day (lifecycle rule 6).
  const storedThankYou = existing.find((f) => f.origin === 'policy' && f.kind === 'thank-you');
  // The thank-you as this plan leaves it: open (or revived) at its planned time, else as stored.
  const thankYouOpens = storedThankYou && 'due' in thankYouSlot && (isOpen(storedThankYou) || (storedThankYou.status === 'cancelled' && REVIVABLE['thank-you'].has(storedThankYou.statusReason)));
  const thankYou = storedThankYou && thankYouOpens && 'due' in thankYouSlot ? { ...storedThankYou, status: 'pending' as const, dueAt: toInstant(thankYouSlot.due) } : storedThankYou;
  const promptStop =
    interview.hearBack.status !== 'unknown'
      ? ({ stop: 'done', reason: PLAN_REASONS.promiseRecorded } as const)
      : closed
        ? ({ stop: 'cancelled', reason: PLAN_REASONS.closed } as const)
        : offer
          ? ({ stop: 'cancelled', reason: PLAN_REASONS.offer } as const)
          : interview.heardBackAt !== null
            ? ({ stop: 'cancelled', reason: PLAN_REASONS.heardBack } as const)
            : null;
  slots.push(
    promptStop
      ? { kind: 'hear-back-prompt', sequence: 0, ...promptStop }
      : {
          kind: 'hear-back-prompt',
          sequence: 0,
          due: hearBackPromptDueMs(interview, settings, zone, thankYou),
          title: `When and how will you hear back from ${who}?`,
          channel: 'other',
        },
  );
  slots.push(thankYouSlot);

  // Check-ins.
  // A skipped check-in is that one only (lifecycle: skip touches what it names).
  const checkInStop = closed ? PLAN_REASONS.closed : offer ? PLAN_REASONS.offer : interview.heardBackAt !== null ? PLAN_REASONS.heardBack : null;
  const dues = checkInDueMs(interview, settings, zone, existing);
  dues.forEach((due, index) => {
    const sequence = index + 1;
    slots.push(
      checkInStop !== null
        ? { kind: 'check-in', sequence, stop: 'cancelled', reason: checkInStop }
        : {
            kind: 'check-in',
            sequence,
            due,
            title: sequence === 1 ? `Check in with ${who}` : `Check in with ${who} again (${sequence} of ${dues.length})`,
            channel: checkInChannel(interview),
          },
    );
  });
  // Check-ins beyond the current maximum.
  for (const f of existing) {
    if (f.origin === 'policy' && f.kind === 'check-in' && f.sequence > dues.length) {
      slots.push({ kind: 'check-in', sequence: f.sequence, stop: 'cancelled', reason: PLAN_REASONS.fewerCheckIns });
    }
  }
  return slots;
}

function fresh(ctx: PlanContext, slot: Extract<Desired, { due: number }>): FollowUp {
  return newFollowUp(
    {
      id: ctx.newId(),
      applicationId: ctx.application.id,
      interviewId: ctx.interview.id,
      kind: slot.kind,
      title: slot.title,
      dueAt: toInstant(slot.due),
      timeZone: ctx.zone,
      sequence: slot.sequence,
      channel: slot.channel,
      origin: 'policy',
    },
    ctx.now,
  );
}

/** The stored record brought in line with its slot, or null when nothing changes. */
function reconcile(ctx: PlanContext, current: FollowUp, slot: Desired, floorMs: number): FollowUp | null {
  // Done and skipped follow-ups are history: never rewritten.
  if (current.status === 'done' || current.status === 'skipped') return null;
  if ('stop' in slot) {
    if (current.status === 'cancelled') return null;
    return { ...current, status: slot.stop, statusReason: slot.reason, snoozedUntil: null, updatedAt: ctx.now };
  }
  if (current.status === 'cancelled' && !REVIVABLE[slot.kind].has(current.statusReason)) return null;
  const dueAt = toInstant(slot.due);
  const moved = dueAt !== current.dueAt;
  const revived = current.status === 'cancelled';
  // A check-in snoozed to before a promise recorded since (not by the user's explicit pick) waits for it (rule 1).
  const snoozeTooEarly = slot.kind === 'check-in' && current.status === 'snoozed' && current.snoozedUntil !== null && toEpochMs(current.snoozedUntil) < floorMs && current.statusReason !== SNOOZED_BEFORE_PROMISE;
  const fresh = moved || revived || snoozeTooEarly;
  if (!fresh && current.title === slot.title && current.channel === slot.channel && current.timeZone === ctx.zone) return null;
  return {
    ...current,
    dueAt,
    title: slot.title,
    channel: slot.channel,
    timeZone: ctx.zone,
    // A snooze belonged to the old due time; a re-planned reminder starts afresh.
    status: fresh ? 'pending' : current.status,
    snoozedUntil: fresh ? null : current.snoozedUntil,
    statusReason: fresh ? '' : current.statusReason,
    updatedAt: ctx.now,
  };
}

/**
 * The follow-ups of this interview as they should now be stored: new ones, and existing ones
 * whose fields changed (a re-planned `dueAt`, or `status` → cancelled/done with `statusReason`).
 * Unchanged records are not returned; the user's own reminders are never touched.
 */
export function planInterviewFollowUps(ctx: PlanContext): FollowUp[] {
  const changed: FollowUp[] = [];
  const policy = ctx.existing.filter((f) => f.origin === 'policy' && f.interviewId === ctx.interview.id);
  const floorMs = checkInFloorMs(ctx.interview, ctx.settings, ctx.zone);
  for (const slot of desiredSlots(ctx)) {
    const matches = policy.filter((f) => f.kind === slot.kind && (slot.kind !== 'check-in' || f.sequence === slot.sequence));
    if (matches.length === 0) {
      if ('due' in slot) changed.push(fresh(ctx, slot));
      continue;
    }
    for (const current of matches) {
      const next = reconcile(ctx, current, slot, floorMs);
      if (next) changed.push(next);
    }
  }
  return changed;
}
