import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMsToWallTime, isBusinessDay, planInterviewFollowUps, PLAN_REASONS, SNOOZED_BEFORE_PROMISE } from '../../../../shared/followup';
import { applyChanges, byKind, followUp, interview, planContext, settings, stage } from './fixtures';

describe('planning an interview (Tue 3 Mar 2026, 14:00–15:00 New York)', () => {
  const planned = planInterviewFollowUps(planContext());

  it('asks "when and how will you hear back" on the business day after the thank-you, at checkInTime', () => {
    expect(byKind(planned, 'hear-back-prompt')?.dueAt).toBe('2026-03-04T14:00:00.000Z');
  });
  it('asks hearBackPromptDelayMinutes after the end when the thank-you will not go out', () => {
    const thanks = byKind(planned, 'thank-you');
    if (!thanks) throw new Error('no thank-you');
    const existing = planned.map((f) => (f.id === thanks.id ? { ...f, status: 'skipped' as const, statusReason: 'Skipped' } : f));
    expect(byKind(planInterviewFollowUps(planContext({ existing })), 'hear-back-prompt')?.dueAt).toBe('2026-03-03T21:00:00.000Z');
  });
  it('thank-you is due thankYouDelayHours after the end (18:00 local)', () => {
    expect(byKind(planned, 'thank-you')?.dueAt).toBe('2026-03-03T23:00:00.000Z');
  });
  it('thank-you is no later than thankYouLatestTime on the next business day', () => {
    const late = planInterviewFollowUps(planContext({ settings: settings({}, { thankYouDelayHours: 30 }) }));
    expect(byKind(late, 'thank-you')?.dueAt).toBe('2026-03-04T14:00:00.000Z');
  });
  it('without a promised date the first check-in is checkInBusinessDaysWithoutPromise business days after, at checkInTime', () => {
    // 5 business days after Tue 3 Mar = Tue 10 Mar, 09:00 EDT (DST began 8 Mar).
    expect(byKind(planned, 'check-in', 1)?.dueAt).toBe('2026-03-10T13:00:00.000Z');
  });
  it('with a promised Friday the first check-in is the next business day (Monday) at 09:00', () => {
    const promised = interview({ hearBack: { status: 'date', date: '2026-03-06', channel: 'email', asked: true } });
    const plan = planInterviewFollowUps(planContext({ interview: promised }));
    expect(byKind(plan, 'check-in', 1)?.dueAt).toBe('2026-03-09T13:00:00.000Z');
    expect(byKind(plan, 'hear-back-prompt')).toBeUndefined();
  });
  it('repeats every checkInRepeatDays, moved to a business day, maxCheckIns in total', () => {
    const plan = planInterviewFollowUps(planContext({ settings: settings({ holidays: ['2026-03-17'] }, { maxCheckIns: 3 }) }));
    expect(plan.filter((f) => f.kind === 'check-in').map((f) => [f.sequence, f.dueAt])).toEqual([
      [1, '2026-03-10T13:00:00.000Z'],
      [2, '2026-03-18T13:00:00.000Z'], // 17 Mar is a holiday
      [3, '2026-03-25T13:00:00.000Z'],
    ]);
  });
  it('a phone promise makes the check-ins phone calls', () => {
    const plan = planInterviewFollowUps(planContext({ interview: interview({ hearBack: { status: 'not_given', date: null, channel: 'phone', asked: true } }) }));
    expect(byKind(plan, 'check-in', 1)?.channel).toBe('phone');
  });
  it('follow-ups carry the user zone, the policy origin and pending status', () => {
    for (const f of planned) expect(f).toMatchObject({ origin: 'policy', status: 'pending', timeZone: 'America/New_York', interviewId: 'iv1' });
  });
});

describe('re-planning', () => {
  const first = planInterviewFollowUps(planContext());

  it('is idempotent: nothing changes, nothing is returned', () => {
    expect(planInterviewFollowUps(planContext({ existing: first }))).toEqual([]);
  });
  it('rescheduling moves pending follow-ups and never rewrites done ones', () => {
    const thankYou = byKind(first, 'thank-you');
    if (!thankYou) throw new Error('no thank-you');
    const existing = applyChanges(first, [{ ...thankYou, status: 'done' }]);
    const moved = planInterviewFollowUps(planContext({ existing, interview: interview({ startsAt: '2026-03-05T19:00:00.000Z' }), now: '2026-03-04T00:00:00.000Z' }));
    expect(moved.find((f) => f.id === thankYou.id)).toBeUndefined();
    expect(byKind(moved, 'hear-back-prompt')?.dueAt).toBe('2026-03-05T21:00:00.000Z');
    expect(byKind(moved, 'check-in', 1)?.updatedAt).toBe('2026-03-04T00:00:00.000Z');
  });
  it('a snoozed follow-up whose interview moves starts afresh', () => {
    const prompt = byKind(first, 'hear-back-prompt');
    if (!prompt) throw new Error('no prompt');
    const existing = applyChanges(first, [{ ...prompt, status: 'snoozed', snoozedUntil: '2026-03-04T00:00:00.000Z' }]);
    const moved = planInterviewFollowUps(planContext({ existing, interview: interview({ startsAt: '2026-03-05T19:00:00.000Z' }) }));
    expect(moved.find((f) => f.id === prompt.id)).toMatchObject({ status: 'pending', snoozedUntil: null });
  });
  it('recording the promise marks the prompt done', () => {
    const plan = planInterviewFollowUps(planContext({ existing: first, interview: interview({ hearBack: { status: 'not_given', date: null, channel: null, asked: true } }) }));
    expect(byKind(plan, 'hear-back-prompt')).toMatchObject({ status: 'done', statusReason: PLAN_REASONS.promiseRecorded });
  });
  it('heardBackAt stops the check-ins and the prompt; the thank-you stays', () => {
    const plan = planInterviewFollowUps(planContext({ existing: first, interview: interview({ heardBackAt: '2026-03-05T12:00:00.000Z' }) }));
    expect(plan.filter((f) => f.kind === 'check-in').every((f) => f.status === 'cancelled' && f.statusReason === PLAN_REASONS.heardBack)).toBe(true);
    expect(byKind(plan, 'thank-you')).toBeUndefined();
  });
  it('a closed stage cancels everything; moving back revives the cancelled ones', () => {
    const closed = planInterviewFollowUps(planContext({ existing: first, stage: stage('rejected') }));
    expect(closed).toHaveLength(first.length);
    expect(closed.every((f) => f.status === 'cancelled')).toBe(true);
    const back = planInterviewFollowUps(planContext({ existing: applyChanges(first, closed) }));
    expect(back.every((f) => f.status === 'pending' && f.statusReason === '')).toBe(true);
  });
  it('an offer keeps only the thank-you note', () => {
    const plan = planInterviewFollowUps(planContext({ existing: first, stage: stage('offer') }));
    expect(plan.map((f) => f.kind).sort()).toEqual(['check-in', 'check-in', 'hear-back-prompt']);
  });
  it('a skipped check-in is that one only: later ones stay planned', () => {
    const one = byKind(first, 'check-in', 1);
    const two = byKind(first, 'check-in', 2);
    if (!one || !two) throw new Error('no check-ins');
    const existing = applyChanges(first, [{ ...one, status: 'skipped', statusReason: 'Skipped' }]);
    const plan = planInterviewFollowUps(planContext({ existing }));
    expect(plan.find((f) => f.id === two.id)).toBeUndefined();
    expect(plan.find((f) => f.id === one.id)).toBeUndefined();
  });
  it('a thank-you cancelled by heard back is not revived by a re-plan', () => {
    const thanks = byKind(first, 'thank-you');
    if (!thanks) throw new Error('no thank-you');
    const existing = applyChanges(first, [{ ...thanks, status: 'cancelled', statusReason: 'Heard back' }]);
    expect(planInterviewFollowUps(planContext({ existing })).find((f) => f.id === thanks.id)).toBeUndefined();
  });
  it('the hear-back prompt is never due before the first business day after the thank-you', () => {
    const prompt = byKind(first, 'hear-back-prompt');
    const thanks = byKind(first, 'thank-you');
    if (!prompt || !thanks) throw new Error('no prompt');
    expect(Date.parse(prompt.dueAt)).toBeGreaterThan(Date.parse(thanks.dueAt));
    expect(prompt.dueAt).toBe('2026-03-04T14:00:00.000Z'); // Wed 09:00 New York, the thank-you is Tue 18:00
    // Sent late on Thursday: the prompt moves to Friday 09:00.
    const existing = applyChanges(first, [{ ...thanks, status: 'done', statusReason: 'Marked sent', updatedAt: '2026-03-05T22:00:00.000Z' }]);
    expect(byKind(planInterviewFollowUps(planContext({ existing })), 'hear-back-prompt')?.dueAt).toBe('2026-03-06T14:00:00.000Z');
  });
  it('fewer maxCheckIns cancels the extra ones', () => {
    const plan = planInterviewFollowUps(planContext({ existing: first, settings: settings({}, { maxCheckIns: 1 }) }));
    expect(plan).toEqual([expect.objectContaining({ kind: 'check-in', sequence: 2, status: 'cancelled', statusReason: PLAN_REASONS.fewerCheckIns })]);
  });
  it('a late-sent check-in pushes the next one', () => {
    const one = byKind(first, 'check-in', 1);
    if (!one) throw new Error('no check-in');
    const existing = applyChanges(first, [{ ...one, status: 'done', statusReason: 'Marked sent', updatedAt: '2026-03-13T15:00:00.000Z' }]);
    const plan = planInterviewFollowUps(planContext({ existing }));
    expect(byKind(plan, 'check-in', 2)?.dueAt).toBe('2026-03-20T13:00:00.000Z');
  });
  it('a check-in sent early never lets the next one fall before a later promise', () => {
    const one = byKind(first, 'check-in', 1);
    if (!one) throw new Error('no check-in');
    const existing = applyChanges(first, [{ ...one, status: 'done', statusReason: 'Marked sent', updatedAt: '2026-03-04T15:00:00.000Z' }]);
    const promised = interview({ hearBack: { status: 'date', date: '2026-03-20', channel: 'email', asked: true } });
    const plan = planInterviewFollowUps(planContext({ existing, interview: promised }));
    // Friday 20 March + 1 business day: Monday 23 March 09:00 New York.
    expect(byKind(plan, 'check-in', 2)?.dueAt).toBe('2026-03-23T13:00:00.000Z');
  });
  it('a snooze that a later promise makes too early is dropped, unless the user picked it on purpose', () => {
    const one = byKind(first, 'check-in', 1);
    const two = byKind(first, 'check-in', 2);
    if (!one || !two) throw new Error('no check-ins');
    expect(two.dueAt).toBe('2026-03-17T13:00:00.000Z');
    const sent = { ...one, status: 'done' as const, statusReason: 'Marked sent', updatedAt: '2026-03-04T15:00:00.000Z' };
    const snoozed = { ...two, status: 'snoozed' as const, snoozedUntil: '2026-03-12T13:00:00.000Z' };
    // Promised Friday 13 March: check-ins wait until Monday 16 March; the second stays due on the 17th.
    const promised = interview({ hearBack: { status: 'date', date: '2026-03-13', channel: 'email', asked: true } });
    const dropped = planInterviewFollowUps(planContext({ existing: applyChanges(first, [sent, snoozed]), interview: promised }));
    expect(dropped.find((f) => f.id === two.id)).toMatchObject({ status: 'pending', snoozedUntil: null, dueAt: '2026-03-17T13:00:00.000Z' });
    const chosen = { ...snoozed, statusReason: SNOOZED_BEFORE_PROMISE };
    const kept = planInterviewFollowUps(planContext({ existing: applyChanges(first, [sent, chosen]), interview: promised }));
    expect(kept.find((f) => f.id === two.id)).toBeUndefined();
  });
  it("never touches the user's own reminders", () => {
    const mine = followUp({ id: 'mine', interviewId: 'iv1', origin: 'user' });
    expect(planInterviewFollowUps(planContext({ existing: [...first, mine], stage: stage('rejected') })).some((f) => f.id === 'mine')).toBe(false);
  });
});

describe('planning properties', () => {
  const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata'];
  it('check-ins fall on business days at checkInTime, in order; planning twice changes nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2028-01-01') }),
        fc.constantFrom(...zones),
        fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('08:00', '09:00', '02:30', '17:45'),
        (startMs, zone, workWeek, afterPromise, withoutPromise, repeat, max, checkInTime) => {
          const s = settings({ workWeek }, { checkInBusinessDaysAfterPromise: afterPromise, checkInBusinessDaysWithoutPromise: withoutPromise, checkInRepeatDays: repeat, maxCheckIns: max, checkInTime });
          const ctx = planContext({ settings: s, zone, interview: interview({ startsAt: new Date(startMs).toISOString() }) });
          const plan = planInterviewFollowUps(ctx);
          const checkIns = plan.filter((f) => f.kind === 'check-in');
          expect(checkIns).toHaveLength(max);
          let previous = 0;
          for (const c of checkIns) {
            const ms = Date.parse(c.dueAt);
            expect(ms).toBeGreaterThan(previous);
            previous = ms;
            const wall = epochMsToWallTime(ms, zone);
            expect(isBusinessDay(wall.date, s)).toBe(true);
          }
          expect(planInterviewFollowUps({ ...ctx, existing: plan })).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('an interview that did not take place', () => {
  it('stops every planned follow-up (the thank-you too), and brings them back if it is un-cancelled', () => {
    const planned = planInterviewFollowUps(planContext());
    expect(planned.length).toBeGreaterThan(2);
    const cancelled = interview({ outcome: 'cancelled' });
    const stopped = applyChanges(planned, planInterviewFollowUps(planContext({ interview: cancelled, existing: planned })));
    expect(stopped.map((f) => [f.status, f.statusReason])).toEqual(planned.map(() => ['cancelled', PLAN_REASONS.interviewCancelled]));
    // Nothing new is planned for it either.
    expect(planInterviewFollowUps(planContext({ interview: cancelled, existing: [] }))).toEqual([]);
    const back = applyChanges(stopped, planInterviewFollowUps(planContext({ interview: interview({ outcome: 'pending' }), existing: stopped })));
    expect(back.map((f) => f.status)).toEqual(planned.map((f) => f.status));
    expect(back.map((f) => f.dueAt)).toEqual(planned.map((f) => f.dueAt));
  });
});
