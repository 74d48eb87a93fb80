import { describe, expect, it } from 'vitest';
import { HearbackError } from '../../../../shared/contract/errors';
import { applyFollowUpAction, cancelFollowUps, nextOccurrence, planInterviewFollowUps, SENT_REASON, wasSent } from '../../../../shared/followup';
import type { FollowUpAction } from '../../../../shared/contract/methods/follow-ups';
import type { FollowUp } from '../../../../shared/domain';
import { byKind, followUp, planContext } from './fixtures';

const NOW = '2026-03-10T15:00:00.000Z';
const cadence = planInterviewFollowUps(planContext());
const get = (kind: FollowUp['kind'], sequence = 0): FollowUp => {
  const f = byKind(cadence, kind, sequence);
  if (!f) throw new Error(`no ${kind}`);
  return f;
};
const act = (f: FollowUp, a: FollowUpAction, now = NOW, siblings: readonly FollowUp[] = cadence, promiseFloorMs: number | null = null): FollowUp[] =>
  applyFollowUpAction({ followUp: f, siblings, act: a, now, zone: 'America/New_York', promiseFloorMs });

describe('follow-up actions (shared/followup/LIFECYCLE.md)', () => {
  it('markSent marks a one-off done with the reason that means sent', () => {
    const [sent] = act(get('thank-you'), { action: 'markSent' });
    expect(sent).toMatchObject({ status: 'done', statusReason: SENT_REASON, updatedAt: NOW });
    expect(wasSent(sent!)).toBe(true);
  });
  it('skip with scope "this" touches only the named follow-up, with the reason', () => {
    const out = act(get('check-in', 2), { action: 'skip', reason: 'other', note: 'took another offer', scope: 'this' });
    expect(out.map((f) => [f.kind, f.sequence, f.status])).toEqual([['check-in', 2, 'skipped']]);
    expect(out[0]?.statusReason).toBe('Skipped: Other reason — took another offer');
  });
  it('the reason never decides the cascade: "bombed" with scope "this" skips one', () => {
    expect(act(get('thank-you'), { action: 'skip', reason: 'bombed', scope: 'this' })).toHaveLength(1);
  });
  it('skip with scope "interview" skips every open follow-up of the interview, thank-you included', () => {
    const out = act(get('thank-you'), { action: 'skip', reason: 'bombed', scope: 'interview' });
    expect(out).toHaveLength(cadence.length);
    expect(out.every((f) => f.status === 'skipped' && f.statusReason === 'Skipped: The interview went badly')).toBe(true);
  });
  it('skip with scope "interview" is refused for a reminder with no interview', () => {
    expect(() => act(followUp(), { action: 'skip', reason: 'other', scope: 'interview' }, NOW, [])).toThrow(/no interview/);
  });
  it('reopen brings back only the named follow-up', () => {
    const skipped = act(get('check-in', 1), { action: 'skip', reason: 'not-interested', scope: 'interview' });
    const first = skipped[0];
    if (!first) throw new Error('nothing skipped');
    const reopened = act(first, { action: 'reopen' }, '2026-03-11T00:00:00.000Z', skipped);
    expect(reopened).toEqual([expect.objectContaining({ id: first.id, status: 'pending', statusReason: '' })]);
  });
  it('heardBack cancels (never marks done) the named check-in and the open check-ins and prompt', () => {
    const out = act(get('check-in', 1), { action: 'heardBack' });
    expect(out.map((f) => [f.kind, f.status, f.statusReason])).toEqual([
      ['check-in', 'cancelled', 'Heard back'],
      ['hear-back-prompt', 'cancelled', 'Heard back'],
      ['check-in', 'cancelled', 'Heard back'],
    ]);
    expect(out.some(wasSent)).toBe(false);
  });
  it('snooze on a due reminder: one hour, 09:00 tomorrow in the user zone, a chosen time', () => {
    expect(act(get('thank-you'), { action: 'snooze', preset: 'hour' })[0]).toMatchObject({ status: 'snoozed', snoozedUntil: '2026-03-10T16:00:00.000Z' });
    // Saturday 7 March 20:00 EST → Sunday 8 March 09:00 EDT (the day DST starts).
    expect(act(get('thank-you'), { action: 'snooze', preset: 'tomorrow' }, '2026-03-08T01:00:00.000Z')[0]?.snoozedUntil).toBe('2026-03-08T13:00:00.000Z');
    expect(act(get('thank-you'), { action: 'snooze', preset: 'until', until: '2026-03-12T10:00:00.000Z' })[0]?.snoozedUntil).toBe('2026-03-12T10:00:00.000Z');
  });
  it('snooze on a reminder not yet due postpones it from its due time, and refuses to pull it earlier', () => {
    const second = get('check-in', 2); // due Tue 17 March 09:00 EDT
    expect(second.dueAt).toBe('2026-03-17T13:00:00.000Z');
    expect(act(second, { action: 'snooze', preset: 'dayAfterDue' })[0]?.snoozedUntil).toBe('2026-03-18T13:00:00.000Z');
    expect(act(second, { action: 'snooze', preset: 'weekAfterDue' })[0]?.snoozedUntil).toBe('2026-03-24T13:00:00.000Z');
    expect(() => act(second, { action: 'snooze', preset: 'tomorrow' })).toThrow(/would bring it earlier/);
    expect(() => act(second, { action: 'snooze', preset: 'hour' })).toThrow(HearbackError);
  });
  it("a picked time before the promise floor needs the user's confirmation", () => {
    const second = get('check-in', 2);
    const floor = Date.parse(second.dueAt);
    const early = { action: 'snooze', preset: 'until', until: '2026-03-12T13:00:00.000Z' } as const;
    expect(() => act(second, early, NOW, cadence, floor)).toThrow(/before the promise/);
    expect(act(second, { ...early, beforePromise: true }, NOW, cadence, floor)[0]?.snoozedUntil).toBe('2026-03-12T13:00:00.000Z');
  });
  it('refuses a snooze into the past and actions on closed follow-ups', () => {
    expect(() => act(get('thank-you'), { action: 'snooze', preset: 'until', until: '2026-03-01T00:00:00.000Z' })).toThrow(HearbackError);
    expect(() => act({ ...get('thank-you'), status: 'done' }, { action: 'markSent' })).toThrow(/already done/);
  });
  it('cancelFollowUps cancels only the open ones', () => {
    const list = [get('thank-you'), { ...get('check-in', 1), status: 'done' as const }, { ...get('check-in', 2), status: 'snoozed' as const }];
    expect(cancelFollowUps(list, 'Interview deleted', NOW).map((f) => f.id)).toEqual([list[0]?.id, list[2]?.id]);
  });
});

describe('recurring reminders and snooze', () => {
  const daily = followUp({ recurrence: 'FREQ=DAILY;COUNT=5', dueAt: '2026-03-07T14:00:00.000Z' });
  it('markSent on a recurring reminder moves it to its next occurrence', () => {
    expect(act(daily, { action: 'markSent' }, '2026-03-07T15:00:00.000Z', [])[0]).toMatchObject({
      status: 'pending',
      dueAt: '2026-03-08T13:00:00.000Z',
      recurrence: 'FREQ=DAILY;COUNT=4',
    });
  });
  it('snoozing one occurrence does not move the series', () => {
    const snoozed = act(daily, { action: 'snooze', preset: 'until', until: '2026-03-07T20:00:00.000Z' }, '2026-03-07T15:00:00.000Z', [])[0];
    if (!snoozed) throw new Error('not snoozed');
    expect(nextOccurrence(snoozed, '2026-03-07T15:00:00.000Z')).toBe('2026-03-07T20:00:00.000Z');
    expect(nextOccurrence(snoozed, '2026-03-07T20:00:00.001Z')).toBe('2026-03-08T13:00:00.000Z');
  });
  it('nextOccurrence is null once a one-off has passed or closed', () => {
    expect(nextOccurrence(followUp(), '2026-03-03T00:00:00.000Z')).toBeNull();
    expect(nextOccurrence(followUp({ status: 'done' }), '2026-03-01T00:00:00.000Z')).toBeNull();
  });
});
