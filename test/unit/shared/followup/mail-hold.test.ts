import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../../shared/domain';
import { attentionCount, scanFollowUps, urgencies } from '../../../../shared/followup';
import { followUp } from './fixtures';

/** Rule (urgency.ts): while a reply from the company awaits "Heard back?", its check-ins and prompt wait. */
const NOW = Date.parse('2026-03-20T10:00:00.000Z');
const overdue = (over: Partial<FollowUp>): FollowUp => followUp({ dueAt: '2026-03-16T08:00:00.000Z', status: 'pending', interviewId: 'i1', applicationId: 'a1', ...over });

describe('a held application', () => {
  const list = [
    overdue({ id: 'check', kind: 'check-in', sequence: 1 }),
    overdue({ id: 'prompt', kind: 'hear-back-prompt', sequence: 0 }),
    overdue({ id: 'thanks', kind: 'thank-you', sequence: 0 }),
    overdue({ id: 'other', kind: 'check-in', sequence: 1, applicationId: 'a2', interviewId: 'i2' }),
  ];
  const held = new Set(['a1']);

  it('its check-ins and hear-back prompt are waiting, never due; the thank-you and other applications are untouched', () => {
    const u = urgencies(list, NOW, 'Europe/Berlin', held);
    expect(u.get('check')?.state).toBe('waiting');
    expect(u.get('prompt')?.state).toBe('waiting');
    expect(u.get('thanks')?.state).toBe('overdue');
    expect(u.get('other')?.state).toBe('overdue');
  });

  it('the scheduler and the tray count agree with it', () => {
    expect(
      scanFollowUps(list, NOW, 'Europe/Berlin', () => false, held)
        .due.map((d) => d.followUp.id)
        .sort(),
    ).toEqual(['other', 'thanks']);
    expect(attentionCount(list, NOW, 'Europe/Berlin', held)).toBe(2);
  });

  it('without a hold the same follow-ups are due (the prompt still waits for the open thank-you)', () => {
    const u = urgencies(list, NOW, 'Europe/Berlin');
    expect(u.get('check')?.state).toBe('overdue');
    expect(u.get('prompt')?.state).toBe('waiting');
  });
});
