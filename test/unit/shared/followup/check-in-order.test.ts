import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../../shared/domain';
import { scanFollowUps, waitingFollowUps } from '../../../../shared/followup';

const checkIn = (id: string, sequence: number, status: FollowUp['status'], dueAt: string, interviewId = 'i1'): FollowUp => ({
  id,
  applicationId: 'a1',
  interviewId,
  kind: 'check-in',
  title: `Check-in ${sequence}`,
  dueAt,
  timeZone: 'Europe/Berlin',
  recurrence: null,
  sequence,
  channel: 'email',
  status,
  statusReason: '',
  snoozedUntil: null,
  draft: null,
  deliveries: [],
  origin: 'policy',
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
});

describe('check-ins go one at a time', () => {
  it('a later check-in waits while an earlier one of the same interview is open', () => {
    const all = [checkIn('c1', 1, 'pending', '2026-03-09T08:00:00.000Z'), checkIn('c2', 2, 'pending', '2026-03-16T08:00:00.000Z'), checkIn('x1', 1, 'pending', '2026-03-09T08:00:00.000Z', 'i2')];
    expect([...waitingFollowUps(all)]).toEqual(['c2']);
  });

  it('is released once the earlier one is sent or skipped', () => {
    expect(waitingFollowUps([checkIn('c1', 1, 'done', '2026-03-09T08:00:00.000Z'), checkIn('c2', 2, 'pending', '2026-03-16T08:00:00.000Z')]).size).toBe(0);
  });

  it('an interview logged late does not make the scheduler deliver both check-ins at once', () => {
    const all = [checkIn('c1', 1, 'pending', '2026-03-09T08:00:00.000Z'), checkIn('c2', 2, 'pending', '2026-03-16T08:00:00.000Z')];
    const scan = scanFollowUps(all, Date.parse('2026-03-20T10:00:00.000Z'), 'Europe/Berlin');
    expect(scan.due.map((d) => d.followUp.id)).toEqual(['c1']);
  });
});
