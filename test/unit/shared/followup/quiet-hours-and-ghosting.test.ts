import { describe, expect, it } from 'vitest';
import { isQuietAt, planInterviewFollowUps, proposeGhosted, quietHoursEndAfter, SENT_REASON, toInstant } from '../../../../shared/followup';
import { DEFAULT_STAGES } from '../../../../shared/domain';
import { application, byKind, interview, planContext, settings } from './fixtures';

const quiet = { enabled: true, start: '21:00', end: '08:00' };

describe('quiet hours (overnight ranges in the user zone)', () => {
  it.each([
    ['2026-03-10T01:30:00.000Z', true], // 21:30 EDT
    ['2026-03-10T11:59:00.000Z', true], // 07:59
    ['2026-03-10T12:00:00.000Z', false], // 08:00
    ['2026-03-10T20:00:00.000Z', false], // 16:00
  ])('%s quiet: %s', (instant, expected) => {
    expect(isQuietAt(Date.parse(instant), quiet, 'America/New_York')).toBe(expected);
  });
  it('end after a quiet evening is 08:00 next day, across the DST change', () => {
    expect(toInstant(quietHoursEndAfter(Date.parse('2026-03-08T02:00:00.000Z'), quiet, 'America/New_York'))).toBe('2026-03-08T12:00:00.000Z');
  });
  it('disabled or empty ranges are never quiet', () => {
    expect(isQuietAt(Date.parse('2026-03-10T03:00:00.000Z'), { ...quiet, enabled: false }, 'UTC')).toBe(false);
    expect(isQuietAt(Date.parse('2026-03-10T03:00:00.000Z'), { enabled: true, start: '08:00', end: '08:00' }, 'UTC')).toBe(false);
  });
  it('a daytime range (12:00–13:00) in Kolkata', () => {
    expect(isQuietAt(Date.parse('2026-03-10T06:45:00.000Z'), { enabled: true, start: '12:00', end: '13:00' }, 'Asia/Kolkata')).toBe(true);
  });
});

describe('proposeGhosted proposes, after the last unanswered check-in', () => {
  const followUps = planInterviewFollowUps(planContext());
  const last = byKind(followUps, 'check-in', 2);
  const input = (now: string, over: Partial<Parameters<typeof proposeGhosted>[0]> = {}) => ({
    applications: [application()],
    stages: DEFAULT_STAGES,
    interviews: [interview()],
    followUps,
    settings: settings(),
    zone: 'America/New_York',
    now,
    ...over,
  });
  it('not before checkInRepeatDays after the last check-in', () => {
    expect(proposeGhosted(input('2026-03-20T00:00:00.000Z'))).toEqual([]);
  });
  it('then proposes the application', () => {
    expect(proposeGhosted(input('2026-03-25T00:00:00.000Z'))).toEqual([{ applicationId: 'app1', interviewId: 'iv1', lastCheckInId: last?.id, since: '2026-03-24T13:00:00.000Z' }]);
  });
  it('the silence is counted as check-ins are spaced: business days in the user zone, at the check-in time', () => {
    // The last check-in was sent on Friday 6 March 2026 at 10:00 New York time; three days later is
    // Monday 9 March, after the spring-forward night — so 09:00 EDT (13:00Z), not 72 hours later
    // (14:00Z, or a Monday hour shifted by DST).
    const sentFriday = followUps.map((f) => (f.id === last?.id ? { ...f, dueAt: '2026-03-06T14:00:00.000Z', status: 'done' as const, statusReason: SENT_REASON, updatedAt: '2026-03-06T15:00:00.000Z' } : f));
    const repeatEvery3 = settings({}, { checkInRepeatDays: 3 });
    expect(proposeGhosted(input('2026-03-09T12:59:00.000Z', { followUps: sentFriday, settings: repeatEvery3 }))).toEqual([]);
    expect(proposeGhosted(input('2026-03-09T13:00:00.000Z', { followUps: sentFriday, settings: repeatEvery3 })).map((p) => p.since)).toEqual(['2026-03-09T13:00:00.000Z']);
    // Four days from Tuesday 10 March is a Saturday: the silence counts until Monday 16 March.
    const sentTuesday = followUps.map((f) => (f.id === last?.id ? { ...f, dueAt: '2026-03-10T13:00:00.000Z', status: 'done' as const, statusReason: SENT_REASON, updatedAt: '2026-03-10T13:00:00.000Z' } : f));
    const repeatEvery4 = settings({}, { checkInRepeatDays: 4 });
    expect(proposeGhosted(input('2026-03-15T23:00:00.000Z', { followUps: sentTuesday, settings: repeatEvery4 }))).toEqual([]);
    expect(proposeGhosted(input('2026-03-16T13:00:00.000Z', { followUps: sentTuesday, settings: repeatEvery4 })).map((p) => p.since)).toEqual(['2026-03-16T13:00:00.000Z']);
  });
  it('not when they answered, or the application is closed', () => {
    expect(proposeGhosted(input('2026-04-25T00:00:00.000Z', { interviews: [interview({ heardBackAt: '2026-03-20T00:00:00.000Z' })] }))).toEqual([]);
    expect(proposeGhosted(input('2026-04-25T00:00:00.000Z', { applications: [application({ stageId: 'closed' })] }))).toEqual([]);
  });
});
