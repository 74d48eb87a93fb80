import { expect } from 'vitest';
import type { Core } from '../../electron/core';
import type { FollowUp, Interview } from '../../shared/domain';
import { checkInFloorMs, localDateOf, toEpochMs, waitingFollowUps } from '../../shared/followup';
import type { fakeClock } from './core';

/**
 * The small reference model of shared/followup/LIFECYCLE.md that the model-based test checks the
 * real core against: one interview's planned follow-ups, each in one class of state.
 */

export type Key = 'prompt' | 'thanks' | 'check1' | 'check2';
/** open = pending or snoozed; heard/closed/offer = cancelled by heard back / a closed stage / the offer stage; promise = prompt done by recording the promise. */
export type State = 'open' | 'sent' | 'skipped' | 'heard' | 'closed' | 'offer' | 'promise';
export type StageKind = 'active' | 'offer' | 'closed';

export interface ModelState {
  states: Partial<Record<Key, State>>;
  promiseKnown: boolean;
  heardBack: boolean;
  stage: StageKind;
  /** Check-ins the user snoozed, on purpose, to before the promise: key → snoozedUntil. */
  early: Partial<Record<Key, string>>;
  /** Entered after its thank-you moment had passed, and not yet answered: Today asks once. */
  lateUnanswered: boolean;
}

export interface RealSnapshot {
  followUps: FollowUp[];
  interview: Interview;
}

export interface Model {
  now: ModelState;
  undo: { before: ModelState; after: ModelState; realBefore: RealSnapshot; realAfter: RealSnapshot }[];
  redo: Model['undo'];
}

export interface Real {
  core: Core;
  clock: ReturnType<typeof fakeClock>;
  zone: string;
  applicationId: string;
  interviewId: string;
}

export const CHECK_INS: readonly Key[] = ['check1', 'check2'];
export const isCadence = (k: Key): boolean => k !== 'thanks';

export function keyOf(f: FollowUp): Key {
  if (f.kind === 'hear-back-prompt') return 'prompt';
  if (f.kind === 'thank-you') return 'thanks';
  if (f.kind === 'check-in' && (f.sequence === 1 || f.sequence === 2)) return f.sequence === 1 ? 'check1' : 'check2';
  throw new Error(`unexpected follow-up ${f.kind} ${f.sequence}`);
}

/** The class of a stored follow-up; anything the lifecycle never produces fails the test. */
export function stateOf(f: FollowUp): State {
  switch (f.status) {
    case 'pending':
    case 'snoozed':
      return 'open';
    case 'skipped':
      return 'skipped'; // the user's pass, or a late entry's thank-you that was never sent
    case 'done':
      if (f.statusReason === 'Marked sent') return 'sent';
      if (f.kind === 'hear-back-prompt' && f.statusReason === 'Hear-back promise recorded') return 'promise';
      throw new Error(`“done” that is not sent: ${f.kind} “${f.statusReason}”`);
    case 'cancelled':
      if (f.statusReason === 'Heard back') return 'heard';
      if (f.statusReason === 'Application closed') return 'closed';
      if (f.statusReason === 'Offer stage: only the thank-you note continues') return 'offer';
      throw new Error(`unexpected cancellation: ${f.kind} “${f.statusReason}”`);
  }
}

/** The interview's follow-ups as stored, sorted, without deliveries (the scheduler's, not the user's). */
export function snapshot(real: Real): RealSnapshot {
  const followUps = real.core.store
    .readChildrenOf(real.applicationId)
    .followUps.filter((f) => f.interviewId === real.interviewId)
    .map((f) => ({ ...f, deliveries: [] }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const interview = real.core.store.readInterview(real.interviewId);
  if (!interview) throw new Error('interview gone');
  return { followUps, interview };
}

export const byKey = (snap: RealSnapshot, key: Key): FollowUp | undefined => snap.followUps.find((f) => keyOf(f) === key);

export const copy = (s: ModelState): ModelState => ({ ...s, states: { ...s.states }, early: { ...s.early } });

/**
 * What every re-plan does after an action: a cadence follow-up the planner cancelled (closed stage,
 * heard back) comes back once neither cause holds — the prompt only while the promise is unknown.
 * A thank-you cancelled by heard back is the user's doing and stays.
 */
export function settle(s: ModelState): ModelState {
  for (const k of ['prompt', 'thanks', 'check1', 'check2'] as const) {
    const state = s.states[k];
    if (k === 'thanks') {
      if (state === 'closed' && s.stage !== 'closed') s.states[k] = 'open';
      continue;
    }
    const planned = state === 'closed' || state === 'offer' || state === 'heard';
    if (planned && s.stage === 'active' && !s.heardBack && !(k === 'prompt' && s.promiseKnown)) s.states[k] = 'open';
  }
  return s;
}

/** Runs `call`; when it succeeds, records the step for undo. Returns the error envelope's code, or null. */
export async function step(model: Model, real: Real, next: ModelState | null, call: () => Promise<{ ok: boolean; error?: { code: string; issues: { path: string }[] } }>) {
  const realBefore = snapshot(real);
  const envelope = await call();
  if (!envelope.ok) {
    // A refused action writes nothing.
    expect(snapshot(real)).toEqual(realBefore);
    return envelope.error ?? null;
  }
  if (next === null) throw new Error('the model expected this action to be refused');
  const before = model.now;
  model.now = settle(next);
  model.undo.push({ before, after: model.now, realBefore, realAfter: snapshot(real) });
  model.redo = [];
  return null;
}

/** Every rule of LIFECYCLE.md that can be read off the stored state, and the model's agreement. */
export function checkInvariants(model: Model, real: Real): void {
  const snap = snapshot(real);
  const { states } = model.now;
  // The model and the core agree on every follow-up's state.
  const stored: Partial<Record<Key, State>> = {};
  for (const f of snap.followUps) stored[keyOf(f)] = stateOf(f);
  expect(stored).toEqual(states);
  expect(snap.interview.heardBackAt !== null).toBe(model.now.heardBack);

  const settings = real.core.store.settings;
  const floor = checkInFloorMs(snap.interview, settings, real.zone);
  const promised = snap.interview.hearBack.date;
  for (const key of CHECK_INS) {
    const f = byKey(snap, key);
    if (!f || (f.status !== 'pending' && f.status !== 'snoozed')) continue;
    const due = f.status === 'snoozed' && f.snoozedUntil !== null ? f.snoozedUntil : f.dueAt;
    if (f.status === 'snoozed' && model.now.early[key] === f.snoozedUntil) continue; // the user's explicit pick
    // Rule 1: never before the promise floor; never on or before the promised date.
    expect(toEpochMs(due)).toBeGreaterThanOrEqual(floor);
    if (promised !== null) expect(localDateOf(toEpochMs(due), real.zone) > promised).toBe(true);
  }
  for (const f of snap.followUps) {
    if (f.status === 'snoozed') expect(f.snoozedUntil).not.toBeNull();
    if (f.status !== 'snoozed') expect(f.snoozedUntil).toBeNull();
  }
  // Rule 6: the prompt waits for an open thank-you and is planned on a later day than it.
  const prompt = byKey(snap, 'prompt');
  const thanks = byKey(snap, 'thanks');
  if (prompt && thanks && states.prompt === 'open' && (states.thanks === 'open' || states.thanks === 'sent')) {
    const day = (iso: string) => localDateOf(toEpochMs(iso), real.zone);
    expect(day(prompt.dueAt) > day(thanks.dueAt)).toBe(true);
    if (states.thanks === 'sent') expect(day(prompt.dueAt) > day(thanks.updatedAt)).toBe(true);
    if (states.thanks === 'open') expect(waitingFollowUps(snap.followUps).has(prompt.id)).toBe(true);
  }
}
