import { describe, expect, it } from 'vitest';
import { movedToEventDay, startOnEventDay } from '../../../../shared/calendar/interview-proposal';

/** The all-day rows of the table in interview-proposal.ts, read in the event's zone (RFC 5545 §3.3.5 for gaps). */
describe('an interview from an all-day event', () => {
  // Google writes an all-day 10 December read in Berlin as 2026-12-09T23:00Z (midnight there).
  const onsite = { startsAt: '2026-12-09T23:00:00.000Z', timeZone: 'Europe/Berlin' };

  it('starts on the event’s first day at the picked wall time', () => {
    expect(startOnEventDay(onsite, '09:30')).toBe('2026-12-10T08:30:00.000Z');
    expect(startOnEventDay({ startsAt: '2026-12-10T05:00:00.000Z', timeZone: 'America/New_York' }, '14:00')).toBe('2026-12-10T19:00:00.000Z');
  });

  it('a picked time in the spring-forward gap takes the offset before it (02:30 → 03:30)', () => {
    expect(startOnEventDay({ startsAt: '2027-03-27T23:00:00.000Z', timeZone: 'Europe/Berlin' }, '02:30')).toBe('2027-03-28T01:30:00.000Z');
  });

  it('moved to another day, keeps its wall time, across a DST change too', () => {
    expect(movedToEventDay('2026-12-10T08:30:00.000Z', { startsAt: '2026-12-14T23:00:00.000Z', timeZone: 'Europe/Berlin' })).toBe('2026-12-15T08:30:00.000Z');
    // 09:30 in winter (UTC+1) moved to a summer day (UTC+2): still 09:30 there.
    expect(movedToEventDay('2027-03-26T08:30:00.000Z', { startsAt: '2027-03-29T22:00:00.000Z', timeZone: 'Europe/Berlin' })).toBe('2027-03-30T07:30:00.000Z');
  });
});
