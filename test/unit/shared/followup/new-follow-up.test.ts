import { describe, expect, it } from 'vitest';
import { FollowUpSchema } from '../../../../shared/domain';
import { newFollowUp } from '../../../../shared/followup';

const fields = { id: 'f1', applicationId: 'a1', interviewId: null, kind: 'custom', title: 'Call back', dueAt: '2026-12-08T09:00:00.000Z', timeZone: 'Europe/Berlin', channel: 'phone', origin: 'user' } as const;

describe('a new follow-up (the table in new-follow-up.ts)', () => {
  it('starts pending, unsnoozed, without a draft or deliveries, created and updated now; a valid record', () => {
    const f = newFollowUp(fields, '2026-12-07T18:00:00.000Z');
    expect(f).toMatchObject({ status: 'pending', statusReason: '', snoozedUntil: null, draft: null, deliveries: [], recurrence: null, sequence: 0, createdAt: '2026-12-07T18:00:00.000Z', updatedAt: '2026-12-07T18:00:00.000Z' });
    expect(FollowUpSchema.parse(f)).toEqual(f);
  });

  it('keeps a given recurrence and check-in sequence, and every field the caller decides', () => {
    const f = newFollowUp({ ...fields, kind: 'check-in', interviewId: 'i1', origin: 'policy', recurrence: 'FREQ=WEEKLY;BYDAY=MO', sequence: 2 }, '2026-12-07T18:00:00.000Z');
    expect(f).toMatchObject({ kind: 'check-in', interviewId: 'i1', origin: 'policy', recurrence: 'FREQ=WEEKLY;BYDAY=MO', sequence: 2, channel: 'phone', title: 'Call back', timeZone: 'Europe/Berlin' });
  });

  it('two follow-ups made from the same fields are equal but never share their deliveries list', () => {
    const a = newFollowUp(fields, '2026-12-07T18:00:00.000Z');
    const b = newFollowUp(fields, '2026-12-07T18:00:00.000Z');
    expect(a).toEqual(b);
    expect(a.deliveries).not.toBe(b.deliveries);
  });
});
