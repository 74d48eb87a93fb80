import { describe, expect, it } from 'vitest';
import { planInterviewFollowUps } from '../../../shared/followup';
import { actMessage } from '../../../renderer/src/follow-ups/act-message';
import { byKind, planContext } from '../shared/followup/fixtures';

/** The toast names the follow-up an action named and every other one it changed (LIFECYCLE.md rule 3). */
const planned = planInterviewFollowUps(planContext());
const get = (kind: 'thank-you' | 'check-in' | 'hear-back-prompt', sequence = 0) => {
  const f = byKind(planned, kind, sequence);
  if (!f) throw new Error(`no ${kind}`);
  return f;
};

describe('the toast after a follow-up action', () => {
  it('names only the named follow-up when nothing else changed', () => {
    const second = get('check-in', 2);
    const message = actMessage({ before: second, act: { action: 'skip', reason: 'other', scope: 'this' }, result: { followUp: { ...second, status: 'skipped' }, cascade: [] }, zone: 'UTC' });
    expect(message).toBe('Skipped “Check in with Acme again (2 of 2)”.');
  });
  it('names every follow-up the cascade changed, by what happened to it', () => {
    const first = get('check-in', 1);
    const cascade = [
      { ...get('check-in', 2), status: 'cancelled' as const },
      { ...get('hear-back-prompt'), status: 'cancelled' as const },
    ];
    const message = actMessage({ before: first, act: { action: 'heardBack' }, result: { followUp: { ...first, status: 'cancelled' }, cascade }, zone: 'UTC' });
    expect(message).toBe('Recorded that you heard back; “Check in with Acme” is cancelled. Also cancelled: “Check in with Acme again (2 of 2)”, “When and how will you hear back from Acme?”.');
  });
  it('says when a snooze was chosen before the promise', () => {
    const first = get('check-in', 1);
    const act = { action: 'snooze', preset: 'until', until: '2026-03-05T10:00:00.000Z', beforePromise: true } as const;
    const message = actMessage({ before: first, act, result: { followUp: { ...first, status: 'snoozed', snoozedUntil: act.until }, cascade: [] }, zone: 'UTC' });
    expect(message).toMatch(/^Snoozed “Check in with Acme” until .+\. That is before the promised date\.$/);
  });
});
