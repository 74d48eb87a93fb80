import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../../shared/domain';
import { attentionCount, needsAttention, scanFollowUps, urgencies, urgencyOf } from '../../../../shared/followup';
import { followUp } from './fixtures';

/** The urgency rule's table (shared/followup/urgency.ts), one row per test group. */

const NY = 'America/New_York';
const at = (iso: string): number => Date.parse(iso);
const stateAt = (f: FollowUp, iso: string, zone = NY, waiting = false) => urgencyOf(f, at(iso), zone, waiting).state;

const checkIn = (id: string, sequence: number, over: Partial<FollowUp> = {}): FollowUp => followUp({ id, kind: 'check-in', interviewId: 'iv1', sequence, title: `Check-in ${sequence}`, origin: 'policy', ...over });

describe('urgency of a one-off follow-up', () => {
  // Due Mon 2 March 2026 09:00 in New York (14:00Z).
  const f = followUp({ dueAt: '2026-03-02T14:00:00.000Z' });

  it('is upcoming before its moment, due from its moment until the end of that day, overdue on later days', () => {
    expect(stateAt(f, '2026-03-02T13:59:59.999Z')).toBe('upcoming');
    expect(stateAt(f, '2026-03-02T14:00:00.000Z')).toBe('due');
    expect(stateAt(f, '2026-03-03T04:59:59.999Z')).toBe('due'); // 23:59:59 in New York
    expect(stateAt(f, '2026-03-03T05:00:00.000Z')).toBe('overdue'); // midnight in New York
  });

  it('judges "today" in the user zone, not in UTC or the follow-up zone', () => {
    // 03:00Z on 3 March is still 2 March in New York but already 3 March in Berlin.
    expect(stateAt(f, '2026-03-03T03:00:00.000Z', NY)).toBe('due');
    expect(stateAt(f, '2026-03-03T03:00:00.000Z', 'Europe/Berlin')).toBe('overdue');
  });

  it('reports the occurrence it is about', () => {
    expect(urgencyOf(f, at('2026-03-01T00:00:00.000Z'), NY, false)).toEqual({ state: 'upcoming', atMs: at(f.dueAt) });
    expect(urgencyOf(f, at('2026-03-05T00:00:00.000Z'), NY, false)).toEqual({ state: 'overdue', atMs: at(f.dueAt) });
  });

  it('is closed once done, skipped or cancelled, whatever the time', () => {
    for (const status of ['done', 'skipped', 'cancelled'] as const) {
      expect(urgencyOf(followUp({ status }), at('2026-03-05T00:00:00.000Z'), NY, false)).toEqual({ state: 'closed', atMs: null });
    }
  });
});

describe('the day boundary across DST', () => {
  // Santiago springs forward at midnight: Sat 5 Sep 2026 24:00 (-04) becomes Sun 6 Sep 01:00 (-03).
  const zone = 'America/Santiago';
  const now = '2026-09-06T04:10:00.000Z'; // Sunday 01:10 in Santiago, ten minutes into the new day

  it('a reminder from late Saturday is overdue just after a midnight that never happened', () => {
    expect(stateAt(followUp({ dueAt: '2026-09-06T03:30:00.000Z', timeZone: zone }), now, zone)).toBe('overdue'); // Sat 23:30
  });
  it('a reminder from the first minutes of Sunday is due', () => {
    expect(stateAt(followUp({ dueAt: '2026-09-06T04:05:00.000Z', timeZone: zone }), now, zone)).toBe('due'); // Sun 01:05
  });
  it('on a 23.5-hour day (Lord Howe) "today" is still one calendar day', () => {
    // Lord Howe springs forward 30 minutes at 02:00 on Sun 4 Oct 2026 (+10:30 → +11).
    const lh = 'Australia/Lord_Howe';
    expect(stateAt(followUp({ dueAt: '2026-10-03T13:45:00.000Z', timeZone: lh }), '2026-10-04T12:00:00.000Z', lh)).toBe('due'); // Sun 00:15 → Sun 23:00
    expect(stateAt(followUp({ dueAt: '2026-10-03T13:15:00.000Z', timeZone: lh }), '2026-10-04T12:00:00.000Z', lh)).toBe('overdue'); // Sat 23:45
  });
});

describe('urgency of a snoozed follow-up', () => {
  const snoozed = followUp({ dueAt: '2026-03-02T14:00:00.000Z', status: 'snoozed', snoozedUntil: '2026-03-04T14:00:00.000Z', updatedAt: '2026-03-02T15:00:00.000Z' });

  it('is judged by snoozedUntil, never by its old due time', () => {
    expect(stateAt(snoozed, '2026-03-03T12:00:00.000Z')).toBe('upcoming');
    expect(stateAt(snoozed, '2026-03-04T14:00:00.000Z')).toBe('due');
    expect(stateAt(snoozed, '2026-03-05T12:00:00.000Z')).toBe('overdue');
  });
});

describe('urgency of a recurring follow-up', () => {
  // Every Monday at 09:00 New York, from Mon 2 March 2026.
  const weekly = followUp({ dueAt: '2026-03-02T14:00:00.000Z', recurrence: 'FREQ=WEEKLY' });

  it('is overdue only while its current (latest) occurrence fell on an earlier day', () => {
    expect(stateAt(weekly, '2026-03-02T13:00:00.000Z')).toBe('upcoming');
    expect(stateAt(weekly, '2026-03-02T15:00:00.000Z')).toBe('due');
    expect(stateAt(weekly, '2026-03-04T15:00:00.000Z')).toBe('overdue'); // Monday's, unhandled
    // The next Monday's occurrence has come: it is the current one, and it is today's (after DST began on 8 March: 13:00Z).
    expect(urgencyOf(weekly, at('2026-03-09T13:30:00.000Z'), NY, false)).toEqual({ state: 'due', atMs: at('2026-03-09T13:00:00.000Z') });
  });

  it('a daily reminder is due each day once its time has come, and overdue before that (yesterday is current)', () => {
    const daily = followUp({ dueAt: '2026-03-02T14:00:00.000Z', recurrence: 'FREQ=DAILY' });
    expect(stateAt(daily, '2026-03-04T16:00:00.000Z')).toBe('due');
    expect(stateAt(daily, '2026-03-04T13:00:00.000Z')).toBe('overdue');
  });

  it('a series whose last occurrence has passed stays overdue (at that occurrence) until handled', () => {
    const twice = followUp({ dueAt: '2026-03-02T14:00:00.000Z', recurrence: 'FREQ=DAILY;COUNT=2' });
    expect(urgencyOf(twice, at('2026-03-10T12:00:00.000Z'), NY, false)).toEqual({ state: 'overdue', atMs: at('2026-03-03T14:00:00.000Z') });
  });

  it('a snoozed occurrence of a series is judged by the snooze; the series does not re-raise it', () => {
    const snoozed = { ...weekly, status: 'snoozed' as const, snoozedUntil: '2026-03-05T14:00:00.000Z', updatedAt: '2026-03-02T15:00:00.000Z' };
    expect(stateAt(snoozed, '2026-03-04T15:00:00.000Z')).toBe('upcoming');
    expect(stateAt(snoozed, '2026-03-05T15:00:00.000Z')).toBe('due');
  });
});

describe('waiting check-ins', () => {
  const first = checkIn('c1', 1, { dueAt: '2026-03-09T13:00:00.000Z' });
  const second = checkIn('c2', 2, { dueAt: '2026-03-16T13:00:00.000Z' });

  it('a later check-in waits while an earlier one is open, even past its own time', () => {
    const u = urgencies([first, second], at('2026-03-20T12:00:00.000Z'), NY);
    expect(u.get('c1')?.state).toBe('overdue');
    expect(u.get('c2')).toEqual({ state: 'waiting', atMs: at('2026-03-16T13:00:00.000Z') });
    expect(needsAttention(u.get('c2')!)).toBe(false);
  });

  it('is released (and judged normally) once the earlier one is done', () => {
    const u = urgencies([{ ...first, status: 'done' }, second], at('2026-03-16T14:00:00.000Z'), NY);
    expect(u.get('c2')?.state).toBe('due');
  });
});

describe('the rule is the one the tray and the scheduler use', () => {
  const list = [
    followUp({ id: 'one-off', dueAt: '2026-03-02T14:00:00.000Z' }),
    followUp({ id: 'weekly', dueAt: '2026-03-02T14:00:00.000Z', recurrence: 'FREQ=WEEKLY' }),
    followUp({ id: 'later', dueAt: '2026-03-30T14:00:00.000Z' }),
    followUp({ id: 'sent', status: 'done' }),
    checkIn('c1', 1, { dueAt: '2026-03-09T13:00:00.000Z' }),
    checkIn('c2', 2, { dueAt: '2026-03-16T13:00:00.000Z' }),
  ];

  it('the tray count is the number of follow-ups overdue or due', () => {
    expect(attentionCount(list, at('2026-03-20T12:00:00.000Z'), NY)).toBe(3); // one-off, weekly, c1
    expect(attentionCount(list, at('2026-03-01T12:00:00.000Z'), NY)).toBe(0);
  });

  it('the scheduler hands over exactly the follow-ups that need attention, at their current occurrence', () => {
    const nowMs = at('2026-03-20T12:00:00.000Z');
    const u = urgencies(list, nowMs, NY);
    const scan = scanFollowUps(list, nowMs, NY);
    expect(scan.due.map((d) => d.followUp.id).sort()).toEqual(['c1', 'one-off', 'weekly']);
    for (const d of scan.due) expect(Date.parse(d.occurrence)).toBe(u.get(d.followUp.id)?.atMs);
  });
});
