import { describe, expect, it } from 'vitest';
import { HearbackError } from '../../../../shared/contract/errors';
import { applyFollowUpAction, cancelFollowUps, nextOccurrence, planInterviewFollowUps } from '../../../../shared/followup';
import type { FollowUpAction } from '../../../../shared/contract/methods/follow-ups';
import type { FollowUp } from '../../../../shared/domain';
import { byKind, followUp, planContext, settings } from './fixtures';

const NOW = '2026-03-10T15:00:00.000Z';
const cadence = planInterviewFollowUps(planContext());
const get = (kind: FollowUp['kind'], sequence = 0): FollowUp => {
  const f = byKind(cadence, kind, sequence);
  if (!f) throw new Error(`no ${kind}`);
  return f;
};
const act = (f: FollowUp, a: FollowUpAction, now = NOW, siblings: readonly FollowUp[] = cadence): FollowUp[] =>
  applyFollowUpAction({ followUp: f, siblings, act: a, now, zone: 'America/New_York', settings: settings() });

describe('follow-up actions', () => {
  it('markSent marks a one-off done', () => {
    expect(act(get('thank-you'), { action: 'markSent' })).toEqual([expect.objectContaining({ status: 'done', updatedAt: NOW })]);
  });
  it('skipping a check-in skips the rest of the cadence, with the reason, and leaves the thank-you', () => {
    const out = act(get('check-in', 1), { action: 'skip', reason: 'other', note: 'took another offer' });
    expect(out.map((f) => [f.kind, f.sequence, f.status])).toEqual([
      ['check-in', 1, 'skipped'],
      ['hear-back-prompt', 0, 'skipped'],
      ['check-in', 2, 'skipped'],
    ]);
    expect(out[0]?.statusReason).toBe('Skipped: Other reason — took another offer');
  });
  it('"bombed" gives a pass on the whole cadence, thank-you included', () => {
    const out = act(get('thank-you'), { action: 'skip', reason: 'bombed' });
    expect(out).toHaveLength(cadence.length);
    expect(out.every((f) => f.status === 'skipped' && f.statusReason === 'Skipped: The interview went badly')).toBe(true);
  });
  it('reopen brings back what the same action closed', () => {
    const skipped = act(get('check-in', 1), { action: 'skip', reason: 'not-interested' });
    const first = skipped[0];
    if (!first) throw new Error('nothing skipped');
    const reopened = act(first, { action: 'reopen' }, '2026-03-11T00:00:00.000Z', skipped);
    expect(reopened).toHaveLength(skipped.length);
    expect(reopened.every((f) => f.status === 'pending' && f.statusReason === '')).toBe(true);
  });
  it('heardBack is done and cancels the open check-ins and prompt', () => {
    const out = act(get('check-in', 1), { action: 'heardBack' });
    expect(out.map((f) => [f.kind, f.status])).toEqual([
      ['check-in', 'done'],
      ['hear-back-prompt', 'cancelled'],
      ['check-in', 'cancelled'],
    ]);
  });
  it('snooze presets: one hour, 09:00 tomorrow in the user zone, a chosen time', () => {
    expect(act(get('thank-you'), { action: 'snooze', preset: 'hour' })[0]).toMatchObject({ status: 'snoozed', snoozedUntil: '2026-03-10T16:00:00.000Z' });
    // Saturday 7 March 20:00 EST → Sunday 8 March 09:00 EDT (the day DST starts).
    expect(act(get('thank-you'), { action: 'snooze', preset: 'tomorrow' }, '2026-03-08T01:00:00.000Z')[0]?.snoozedUntil).toBe('2026-03-08T13:00:00.000Z');
    expect(act(get('thank-you'), { action: 'snooze', preset: 'until', until: '2026-03-12T10:00:00.000Z' })[0]?.snoozedUntil).toBe('2026-03-12T10:00:00.000Z');
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
