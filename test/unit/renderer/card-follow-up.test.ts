import { describe, expect, it } from 'vitest';
import { cardFollowUps, daysInStage, describeDaysInStage, describeFollowUp } from '../../../renderer/src/board/card-follow-up';
import { makeFollowUp } from '../shared/export/fixtures';

const ZONE = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);

describe('what a card says about its follow-up', () => {
  it('shows an overdue one first, else one due today, else the earliest upcoming; closed ones never', () => {
    const now = at('2026-03-18T12:00:00.000Z');
    const followUps = [
      makeFollowUp({ id: 'later', applicationId: 'a', dueAt: '2026-03-25T08:00:00.000Z', title: 'Later' }),
      makeFollowUp({ id: 'soon', applicationId: 'a', dueAt: '2026-03-20T08:00:00.000Z', title: 'Soon' }),
      makeFollowUp({ id: 'old', applicationId: 'b', dueAt: '2026-03-16T08:00:00.000Z', title: 'Old' }),
      makeFollowUp({ id: 'today', applicationId: 'b', dueAt: '2026-03-18T08:00:00.000Z', title: 'Today' }),
      makeFollowUp({ id: 'done', applicationId: 'c', dueAt: '2026-03-16T08:00:00.000Z', status: 'done' }),
    ];
    const cards = cardFollowUps(followUps, now, ZONE);
    expect(cards.get('a')).toMatchObject({ state: 'upcoming', title: 'Soon' });
    expect(cards.get('b')).toMatchObject({ state: 'overdue', title: 'Old' });
    expect(cards.has('c')).toBe(false);
  });

  it('says it in words, in the user zone (never colour alone)', () => {
    const now = at('2026-03-18T12:00:00.000Z');
    const describe_ = (dueAt: string) => describeFollowUp(cardFollowUps([makeFollowUp({ dueAt })], now, ZONE).get('app1')!, ZONE, 'en-GB');
    expect(describe_('2026-03-16T08:00:00.000Z')).toBe('Overdue since Mon 16 Mar');
    expect(describe_('2026-03-18T08:00:00.000Z')).toBe('Due today 09:00');
    expect(describe_('2026-03-18T17:00:00.000Z')).toBe('Later today 18:00');
    expect(describe_('2026-03-20T08:00:00.000Z')).toBe('Due Fri 20 Mar');
  });

  it('counts whole days in the stage', () => {
    const now = at('2026-03-18T12:00:00.000Z');
    expect(daysInStage('2026-03-18T08:00:00.000Z', now)).toBe(0);
    expect(daysInStage('2026-03-16T08:00:00.000Z', now)).toBe(2);
    expect(daysInStage(undefined, now)).toBeNull();
    expect(daysInStage('not a date', now)).toBeNull();
    expect([0, 1, 5, null].map(describeDaysInStage)).toEqual(['New in stage today', '1 day in stage', '5 days in stage', '']);
  });
});
