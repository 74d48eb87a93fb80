import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FollowUpActResult } from '../../../../shared/contract';
import type { Application, HearBackPromise, Interview } from '../../../../shared/domain';
import { addDays, checkInFloorMs, currentDueMs, localDateOf, snoozePresetsFor, thankYouDueMs, toEpochMs, toInstant, type SnoozePresetName } from '../../../../shared/followup';
import { fakeClock, ok, openTestCore } from '../../../support/core';
import { byKey, CHECK_INS, checkInvariants, copy, isCadence, snapshot, step, type Key, type Model, type ModelState, type Real, type StageKind } from '../../../support/follow-up-model';

/**
 * Model-based test of shared/followup/LIFECYCLE.md against the real core (fake clock): random
 * sequences of the user's actions on one interview's follow-ups, checked after every step against
 * the reference model in test/support/follow-up-model.ts and the lifecycle's rules.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const KEYS: readonly Key[] = ['prompt', 'thanks', 'check1', 'check2'];
type Cmd = fc.AsyncCommand<Model, Real, false>;

const isOpenIn = (s: ModelState, k: Key) => s.states[k] === 'open';

async function act(real: Real, key: Key, actBody: object) {
  const f = byKey(snapshot(real), key);
  if (!f) throw new Error(`no ${key}`);
  return real.core.dispatch('followUps.act', { id: f.id, act: actBody });
}

/** The others the action may change besides the named one: every follow-up not named and not in `cascade` is untouched. */
function expectOnlyNamedAndCascade(before: ReturnType<typeof snapshot>, after: ReturnType<typeof snapshot>, namedId: string, result: FollowUpActResult) {
  const listed = new Set([namedId, ...result.cascade.map((f) => f.id)]);
  for (const f of after.followUps) {
    const was = before.followUps.find((b) => b.id === f.id);
    if (!listed.has(f.id)) expect(f).toEqual(was);
    else if (f.id !== namedId) expect(f).not.toEqual(was); // the cascade names only what changed
  }
}

class MarkSent implements Cmd {
  constructor(readonly key: Key) {}
  check = (m: Readonly<Model>) => isOpenIn(m.now, this.key);
  async run(m: Model, r: Real) {
    const next = copy(m.now);
    next.states[this.key] = 'sent';
    delete next.early[this.key];
    expect(await step(m, r, next, () => act(r, this.key, { action: 'markSent' }))).toBeNull();
    checkInvariants(m, r);
  }
  toString = () => `markSent(${this.key})`;
}

class Snooze implements Cmd {
  constructor(
    readonly key: Key,
    readonly preset: SnoozePresetName,
    readonly offsetMs: number,
    readonly beforePromise: boolean,
  ) {}
  check = (m: Readonly<Model>) => isOpenIn(m.now, this.key);
  async run(m: Model, r: Real) {
    const before = snapshot(r);
    const f = byKey(before, this.key)!;
    const nowMs = r.clock.now();
    const dueMs = currentDueMs(f, nowMs);
    const until = toInstant(Math.floor((nowMs + this.offsetMs) / 60_000) * 60_000);
    const body = this.preset === 'until' ? { action: 'snooze', preset: 'until', until, ...(this.beforePromise ? { beforePromise: true } : {}) } : { action: 'snooze', preset: this.preset };
    const floor = f.kind === 'check-in' ? checkInFloorMs(before.interview, r.core.store.settings, r.zone) : null;
    const next = copy(m.now);
    const early = this.preset === 'until' && floor !== null && toEpochMs(until) < floor;
    if (early) next.early[this.key] = until;
    else delete next.early[this.key];
    const error = await step(m, r, next, () => act(r, this.key, body));
    if (this.preset === 'until') {
      if (toEpochMs(until) <= nowMs) expect(error).toMatchObject({ code: 'invalid_request', issues: [{ path: 'act.until' }] });
      else if (early && !this.beforePromise) expect(error).toMatchObject({ code: 'invalid_request', issues: [{ path: 'act.beforePromise' }] });
      else {
        expect(error).toBeNull();
        expect(byKey(snapshot(r), this.key)).toMatchObject({ status: 'snoozed', snoozedUntil: until });
      }
    } else if (error === null) {
      // Rule 2: a preset only ever moves a reminder later than both now and its due time.
      const after = byKey(snapshot(r), this.key)!;
      expect(after.status).toBe('snoozed');
      expect(toEpochMs(after.snoozedUntil!)).toBeGreaterThan(Math.max(nowMs, dueMs));
      // Snoozing a reminder the user moved before the promise on purpose keeps that choice.
      const wasEarly = f.status === 'snoozed' && m.undo.at(-1)?.before.early[this.key] === f.snoozedUntil;
      if (wasEarly && floor !== null && toEpochMs(after.snoozedUntil!) < floor) m.now.early[this.key] = after.snoozedUntil!;
    } else {
      expect(snoozePresetsFor(dueMs, nowMs)).not.toContain(this.preset); // what the menu offers always works
      expect(error.code).toBe('conflict');
    }
    checkInvariants(m, r);
  }
  toString = () => `snooze(${this.key}, ${this.preset}${this.preset === 'until' ? ` now${this.offsetMs >= 0 ? '+' : ''}${Math.round(this.offsetMs / HOUR)}h${this.beforePromise ? ', beforePromise' : ''}` : ''})`;
}

class Skip implements Cmd {
  constructor(
    readonly key: Key,
    readonly scope: 'this' | 'interview',
    readonly reason: 'bombed' | 'not-interested' | 'other',
  ) {}
  check = (m: Readonly<Model>) => isOpenIn(m.now, this.key);
  async run(m: Model, r: Real) {
    const next = copy(m.now);
    for (const k of KEYS) if (k === this.key || (this.scope === 'interview' && next.states[k] === 'open')) next.states[k] = 'skipped';
    const before = snapshot(r);
    const named = byKey(before, this.key)!;
    let result: FollowUpActResult | undefined;
    expect(
      await step(m, r, next, async () => {
        const envelope = await act(r, this.key, { action: 'skip', reason: this.reason, scope: this.scope });
        if (envelope.ok) result = envelope.value as FollowUpActResult;
        return envelope;
      }),
    ).toBeNull();
    expectOnlyNamedAndCascade(before, snapshot(r), named.id, result!);
    checkInvariants(m, r);
  }
  toString = () => `skip(${this.key}, ${this.scope}, ${this.reason})`;
}

class HeardBack implements Cmd {
  constructor(readonly key: Key) {}
  check = (m: Readonly<Model>) => isOpenIn(m.now, this.key);
  async run(m: Model, r: Real) {
    const next = copy(m.now);
    next.heardBack = true;
    for (const k of KEYS) if (k === this.key || (isCadence(k) && next.states[k] === 'open')) next.states[k] = 'heard';
    const before = snapshot(r);
    let result: FollowUpActResult | undefined;
    expect(
      await step(m, r, next, async () => {
        const envelope = await act(r, this.key, { action: 'heardBack' });
        if (envelope.ok) result = envelope.value as FollowUpActResult;
        return envelope;
      }),
    ).toBeNull();
    expectOnlyNamedAndCascade(before, snapshot(r), byKey(before, this.key)!.id, result!);
    checkInvariants(m, r);
  }
  toString = () => `heardBack(${this.key})`;
}

class Reopen implements Cmd {
  constructor(readonly key: Key) {}
  check = (m: Readonly<Model>) => m.now.states[this.key] !== undefined && m.now.states[this.key] !== 'open';
  async run(m: Model, r: Real) {
    const s = m.now;
    const heardBack = s.states[this.key] === 'heard' ? false : s.heardBack;
    // Refused when the planner would stop it again at once.
    const stops = s.stage === 'closed' || (isCadence(this.key) && (heardBack || s.stage === 'offer')) || (this.key === 'prompt' && s.promiseKnown);
    const next = copy(s);
    next.states[this.key] = 'open';
    // Reopening what heard back closed means "not heard back after all"; settle() revives the rest.
    next.heardBack = heardBack;
    const error = await step(m, r, stops ? null : next, () => act(r, this.key, { action: 'reopen' }));
    if (stops) expect(error?.code).toBe('conflict');
    else expect(error).toBeNull();
    checkInvariants(m, r);
  }
  toString = () => `reopen(${this.key})`;
}

class RecordPromise implements Cmd {
  /** `dayOffset` from the interview's day; null = "not given". */
  constructor(readonly dayOffset: number | null) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const interview = snapshot(r).interview;
    const day = localDateOf(toEpochMs(interview.startsAt), interview.timeZone);
    const hearBack: HearBackPromise = this.dayOffset === null ? { status: 'not_given', date: null, channel: 'email', asked: true } : { status: 'date', date: addDays(day, this.dayOffset), channel: 'email', asked: true };
    const valid = this.dayOffset === null || this.dayOffset >= 0;
    const next = copy(m.now);
    next.promiseKnown = true;
    if (next.states.prompt === 'open') next.states.prompt = 'promise';
    const error = await step(m, r, valid ? next : null, () => r.core.dispatch('interviews.update', { id: r.interviewId, patch: { hearBack } }));
    if (valid) expect(error).toBeNull();
    else expect(error).toMatchObject({ code: 'invalid_request', issues: [{ path: 'hearBack.date' }] });
    checkInvariants(m, r);
  }
  toString = () => `promise(${this.dayOffset === null ? 'not given' : `interview day ${this.dayOffset >= 0 ? '+' : ''}${this.dayOffset}`})`;
}

/** The interview's own "Heard back" switch (interviews.heardBack), on or off. */
class InterviewHeardBack implements Cmd {
  constructor(readonly heard: boolean) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const next = copy(m.now);
    next.heardBack = this.heard;
    for (const k of KEYS) {
      if (!isCadence(k)) continue;
      if (this.heard && next.states[k] === 'open') next.states[k] = 'heard';
    }
    expect(await step(m, r, next, () => r.core.dispatch('interviews.heardBack', { id: r.interviewId, heardBack: this.heard }))).toBeNull();
    checkInvariants(m, r);
  }
  toString = () => `interview heard back: ${this.heard}`;
}

class Reschedule implements Cmd {
  constructor(readonly shiftMs: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const interview = snapshot(r).interview;
    const startsAt = toInstant(toEpochMs(interview.startsAt) + this.shiftMs);
    const day = localDateOf(toEpochMs(startsAt), interview.timeZone);
    // Rule 5 holds for the moved interview too: a promise now before its day is refused.
    const valid = interview.hearBack.date === null || interview.hearBack.date >= day;
    const error = await step(m, r, valid ? copy(m.now) : null, () => r.core.dispatch('interviews.update', { id: r.interviewId, patch: { startsAt } }));
    if (valid) expect(error).toBeNull();
    else expect(error).toMatchObject({ code: 'invalid_request', issues: [{ path: 'hearBack.date' }] });
    checkInvariants(m, r);
  }
  toString = () => `reschedule ${this.shiftMs >= 0 ? '+' : ''}${Math.round(this.shiftMs / HOUR)}h`;
}

const STAGE_IDS: Record<StageKind, string> = { active: 'interviewing', offer: 'offer', closed: 'closed' };

/** The one question about an interview entered after the fact: "Did you send a thank-you? Did they answer?" */
class AnswerLate implements Cmd {
  constructor(
    readonly thankYouSent: boolean,
    readonly answered: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.now.lateUnanswered;
  async run(m: Model, r: Real) {
    const next = copy(m.now);
    next.lateUnanswered = false;
    if (next.states.thanks === 'open') next.states.thanks = this.thankYouSent ? 'sent' : 'skipped';
    if (this.answered) {
      next.heardBack = true;
      for (const k of CHECK_INS) if (next.states[k] === 'open') next.states[k] = 'heard';
      if (next.states.prompt === 'open') next.states.prompt = 'heard';
    }
    const answeredAt = r.clock.now();
    expect(await step(m, r, next, () => r.core.dispatch('interviews.answerLate', { id: r.interviewId, thankYouSent: this.thankYouSent, answered: this.answered }))).toBeNull();
    const after = snapshot(r);
    // "No answer yet" plans the check-ins from the answer: none is due on or before its day.
    for (const k of CHECK_INS) {
      const f = byKey(after, k);
      if (f && f.status === 'pending') expect(localDateOf(toEpochMs(f.dueAt), r.zone) > localDateOf(answeredAt, r.zone)).toBe(true);
      // A re-planned check-in drops an early snooze: the model forgets it too.
      if (f?.status !== 'snoozed' || f.snoozedUntil !== m.now.early[k]) delete m.now.early[k];
    }
    // Asked once: a second answer is refused and writes nothing.
    expect(await step(m, r, null, () => r.core.dispatch('interviews.answerLate', { id: r.interviewId, thankYouSent: true, answered: true }))).toMatchObject({ code: 'conflict' });
    checkInvariants(m, r);
  }
  toString = () => `answer late entry: thank-you ${this.thankYouSent ? 'sent' : 'not sent'}, ${this.answered ? 'heard back' : 'no answer yet'}`;
}

class MoveStage implements Cmd {
  constructor(readonly to: StageKind) {}
  check = (m: Readonly<Model>) => m.now.stage !== this.to;
  async run(m: Model, r: Real) {
    const next = copy(m.now);
    next.stage = this.to;
    for (const k of KEYS) {
      // A closed stage stops everything; the offer stage stops all but the thank-you.
      const stops = this.to === 'closed' || (this.to === 'offer' && isCadence(k));
      if (stops && next.states[k] === 'open') next.states[k] = this.to === 'closed' ? 'closed' : 'offer';
    }
    for (const k of KEYS) if (next.states[k] !== 'open') delete next.early[k];
    expect(await step(m, r, next, () => r.core.dispatch('applications.move', { id: r.applicationId, toStageId: STAGE_IDS[this.to], toIndex: 0 }))).toBeNull();
    checkInvariants(m, r);
  }
  toString = () => `move to ${this.to}`;
}

/** Undo or redo: the store comes back exactly to what it was before (undo) or after (redo) the action. */
class HistoryStep implements Cmd {
  constructor(readonly direction: 'undo' | 'redo') {}
  check = (m: Readonly<Model>) => m[this.direction].length > 0;
  async run(m: Model, r: Real) {
    const undoing = this.direction === 'undo';
    const entry = m[this.direction].pop()!;
    await ok(r.core, undoing ? 'history.undo' : 'history.redo', {});
    expect(snapshot(r)).toEqual(undoing ? entry.realBefore : entry.realAfter);
    m.now = undoing ? entry.before : entry.after;
    m[undoing ? 'redo' : 'undo'].push(entry);
    checkInvariants(m, r);
  }
  toString = () => this.direction;
}

class Advance implements Cmd {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    r.clock.advance(this.ms);
    checkInvariants(m, r);
  }
  toString = () => `advance ${Math.round(this.ms / HOUR)}h`;
}

const key = fc.constantFrom<Key>(...KEYS);
const commands = [
  key.map((k) => new MarkSent(k)),
  fc.tuple(key, fc.constantFrom<SnoozePresetName>('hour', 'tomorrow', 'dayAfterDue', 'weekAfterDue', 'until'), fc.integer({ min: -2 * HOUR, max: 20 * DAY }), fc.boolean()).map(([k, p, o, b]) => new Snooze(k, p, o, b)),
  fc.tuple(key, fc.constantFrom<'this' | 'interview'>('this', 'interview'), fc.constantFrom<'bombed' | 'not-interested' | 'other'>('bombed', 'not-interested', 'other')).map(([k, s, r]) => new Skip(k, s, r)),
  key.map((k) => new HeardBack(k)),
  key.map((k) => new Reopen(k)),
  fc.option(fc.integer({ min: -3, max: 12 }), { nil: null }).map((d) => new RecordPromise(d)),
  fc.constantFrom<StageKind>('active', 'offer', 'closed').map((to) => new MoveStage(to)),
  fc.integer({ min: -3 * 96, max: 3 * 96 }).map((q) => new Reschedule(q * 15 * 60_000)),
  fc.boolean().map((h) => new InterviewHeardBack(h)),
  fc.tuple(fc.boolean(), fc.boolean()).map(([sent, answered]) => new AnswerLate(sent, answered)),
  fc.constant(new HistoryStep('undo')),
  fc.constant(new HistoryStep('redo')),
  fc.integer({ min: HOUR, max: 6 * DAY }).map((ms) => new Advance(ms)),
];

/** Start instants a few days before a DST change in each zone (2026). */
const DST_CHANGES: Record<string, readonly string[]> = {
  'America/New_York': ['2026-03-08T07:00:00.000Z', '2026-11-01T06:00:00.000Z'],
  'Europe/Berlin': ['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z'],
};

const scenario = (zone: string) =>
  fc.record({
    change: fc.constantFrom(...(DST_CHANGES[zone] ?? [])),
    /** Interview start relative to the DST change, in quarter hours (−6 … +2 days). */
    startQuarters: fc.integer({ min: -6 * 96, max: 2 * 96 }),
    /** The clock starts this long after the interview starts (negative: before it; long after: a late entry). */
    clockLagMs: fc.oneof(fc.integer({ min: -DAY, max: 2 * DAY }), fc.integer({ min: 2 * DAY, max: 240 * DAY })),
    durationMinutes: fc.constantFrom(30, 45, 60, 90),
    promise: fc.option(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { nil: undefined }),
    commands: fc.commands(commands, { maxCommands: 12, size: 'medium' }),
  });

type Scenario = ReturnType<typeof scenario> extends fc.Arbitrary<infer T> ? T : never;

async function runScenario(zone: string, s: Scenario) {
  const startsAt = toInstant(toEpochMs(s.change) + s.startQuarters * 15 * 60_000);
  const clock = fakeClock(toEpochMs(startsAt) + s.clockLagMs);
  const core = await openTestCore({ clock, systemTimeZone: () => zone });
  try {
    const app = await ok<Application>(core, 'applications.create', { company: 'Initech', role: 'Engineer', stageId: 'interviewing' });
    const day = localDateOf(toEpochMs(startsAt), zone);
    const hearBack: HearBackPromise =
      s.promise === undefined
        ? { status: 'unknown', date: null, channel: null, asked: false }
        : s.promise === null
          ? { status: 'not_given', date: null, channel: 'email', asked: true }
          : { status: 'date', date: addDays(day, s.promise), channel: 'email', asked: true };
    const interview = await ok<Interview>(core, 'interviews.create', { applicationId: app.id, round: 'Onsite', startsAt, timeZone: zone, durationMinutes: s.durationMinutes, hearBack });
    const real: Real = { core, clock, zone, applicationId: app.id, interviewId: interview.id };
    const states: ModelState['states'] = { thanks: 'open', check1: 'open', check2: 'open' };
    if (hearBack.status === 'unknown') states.prompt = 'open';
    // Entered after its thank-you moment: its past moments are never notified, and Today asks once.
    const late = thankYouDueMs(interview, core.store.settings, zone) < clock.now();
    expect(interview.lateEntry !== undefined).toBe(late);
    core.hint('resume');
    await core.settled();
    const passed = core.shown.flat().filter((reminder) => toEpochMs(reminder.occurrence) < toEpochMs(interview.createdAt));
    expect(passed).toEqual([]);
    const model: Model = { now: { states, promiseKnown: hearBack.status !== 'unknown', heardBack: false, stage: 'active', early: {}, lateUnanswered: late }, undo: [], redo: [] };
    checkInvariants(model, real);
    await fc.asyncModelRun(() => ({ model, real }), s.commands);
  } finally {
    await core.close();
  }
}

/** Runs per test case; 4 cases. Raise it (LIFECYCLE_RUNS=5000) for a longer soak. */
const RUNS = Number(process.env['LIFECYCLE_RUNS'] ?? 250);

describe.each(['America/New_York', 'Europe/Berlin'])('the follow-up lifecycle in %s (model-based, real core)', (zone) => {
  for (const part of [1, 2]) {
    it(
      `every action keeps the lifecycle's rules and the model (part ${part} of 2, ${RUNS} runs)`,
      async () => {
        await fc.assert(
          fc.asyncProperty(scenario(zone), (s) => runScenario(zone, s)),
          { numRuns: RUNS },
        );
      },
      60_000 * Math.max(1, RUNS / 250),
    );
  }
});
