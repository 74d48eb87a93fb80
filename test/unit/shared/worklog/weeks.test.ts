import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/followup/zoned-time';
import { inRange, weekAt, weekOf, weekStartDay, weeksCovering, workSearchLog, type DateRange } from '../../../../shared/worklog';
import { input, makeActivity, makeApplication, makeFollowUp, makeInterview } from './fixtures';

describe('work-search weeks', () => {
  it('start on the first day of the work week', () => {
    expect(weekStartDay([1, 2, 3, 4, 5])).toBe(1);
    expect(weekStartDay([7, 1, 2, 3, 4])).toBe(7);
    expect(weekStartDay([6, 7, 1, 2, 3])).toBe(6);
    expect(weekStartDay([1, 2, 3, 4, 5, 6, 7])).toBe(1);
    expect(weekStartDay([1, 3, 5])).toBe(1);
    expect(weekOf('2026-03-04', 1)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(weekOf('2026-03-04', 7)).toEqual({ from: '2026-03-01', to: '2026-03-07' });
    expect(weekOf('2026-03-01', 1)).toEqual({ from: '2026-02-23', to: '2026-03-01' });
  });

  // The same instants, placed in several zones, across each zone's DST change.
  const cases: Array<{ zone: string; instant: string; startDay: number; week: DateRange; why: string }> = [
    { zone: 'America/New_York', instant: '2026-03-08T06:30:00.000Z', startDay: 1, week: { from: '2026-03-02', to: '2026-03-08' }, why: 'Sunday 01:30 EST, the night clocks spring forward' },
    { zone: 'America/New_York', instant: '2026-03-09T03:30:00.000Z', startDay: 1, week: { from: '2026-03-02', to: '2026-03-08' }, why: 'Sunday 23:30 EDT, still that week though 23 hours long' },
    { zone: 'America/New_York', instant: '2026-03-09T04:30:00.000Z', startDay: 1, week: { from: '2026-03-09', to: '2026-03-15' }, why: 'Monday 00:30 EDT' },
    { zone: 'Europe/Berlin', instant: '2026-03-29T21:59:00.000Z', startDay: 1, week: { from: '2026-03-23', to: '2026-03-29' }, why: 'Sunday 23:59 CEST on the spring-forward day' },
    { zone: 'Europe/Berlin', instant: '2026-10-25T22:30:00.000Z', startDay: 1, week: { from: '2026-10-19', to: '2026-10-25' }, why: 'Sunday 23:30 CET after falling back' },
    { zone: 'Asia/Kolkata', instant: '2026-03-08T19:00:00.000Z', startDay: 1, week: { from: '2026-03-09', to: '2026-03-15' }, why: 'already Monday 00:30 in India' },
    { zone: 'Australia/Lord_Howe', instant: '2026-04-04T14:45:00.000Z', startDay: 7, week: { from: '2026-04-05', to: '2026-04-11' }, why: 'Sunday 01:45 in the half-hour fall-back overlap, a Sunday-start week' },
    {
      zone: 'Asia/Jerusalem',
      instant: '2026-03-27T22:30:00.000Z',
      startDay: weekStartDay([7, 1, 2, 3, 4]),
      week: { from: '2026-03-22', to: '2026-03-28' },
      why: 'Saturday 01:30 after the Friday spring-forward, a Sunday–Thursday work week',
    },
  ];
  for (const c of cases) {
    it(`${c.zone}: ${c.why}`, () => {
      expect(weekAt(Date.parse(c.instant), c.zone, c.startDay)).toEqual(c.week);
    });
  }

  it('an activity is in the week of its local date, not its UTC date', () => {
    // Sunday 23:30 in New York is Monday in UTC: the log for New York keeps it in the Sunday's week.
    const app = makeApplication('a1', { stageReachedAt: { applied: '2026-03-09T03:30:00.000Z' } });
    const ny = input({ applications: [app], zone: 'America/New_York' });
    expect(workSearchLog(ny, { from: '2026-03-02', to: '2026-03-08' }).map((r) => r.date)).toEqual(['2026-03-08']);
    expect(workSearchLog({ ...ny, zone: 'UTC' }, { from: '2026-03-02', to: '2026-03-08' })).toEqual([]);
  });
});

const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const DAY = 86_400_000;
const BASE = Date.parse('2026-01-01T00:00:00.000Z');
const instant = fc.integer({ min: 0, max: 400 * 24 }).map((h) => new Date(BASE + h * 3_600_000 + (h % 7) * 60_000).toISOString());

/** Random records across a year and a bit, covering every rule's cases. */
const records = fc.record({
  applied: fc.array(fc.tuple(instant, fc.constantFrom('applied', 'interviewing', 'wishlist')), { maxLength: 12 }),
  interviews: fc.array(fc.tuple(instant, fc.constantFrom('pending', 'cancelled', 'advanced') as fc.Arbitrary<'pending' | 'cancelled' | 'advanced'>), { maxLength: 8 }),
  followUps: fc.array(fc.tuple(instant, fc.constantFrom('done', 'pending', 'skipped', 'snoozed') as fc.Arbitrary<'done' | 'pending' | 'skipped' | 'snoozed'>), { maxLength: 8 }),
  manual: fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.boolean()), { maxLength: 6 }),
  /** Edits of application rows: which one, a new date (or none), left out or not. */
  edits: fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.option(fc.integer({ min: 0, max: 400 })), fc.boolean()), { maxLength: 4 }),
});

describe('the log of any range equals the union of the logs of its weeks', () => {
  it('holds for random records, zones, work weeks and ranges', () => {
    fc.assert(
      fc.property(records, fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 60 }), (r, zone, startDay, fromDay, length) => {
        const applications = r.applied.map(([at, stage], i) => makeApplication(`a${i}`, { stageId: stage, stageReachedAt: { [stage]: at }, company: `Co ${i}` }));
        const interviews = r.interviews.map(([at, outcome], i) => makeInterview(`i${i}`, applications[i % Math.max(1, applications.length)]?.id ?? 'none', { startsAt: at, outcome }));
        const followUps = r.followUps.map(([at, status], i) =>
          makeFollowUp(`f${i}`, applications[i % Math.max(1, applications.length)]?.id ?? 'none', { dueAt: at, updatedAt: at, status, statusReason: status === 'done' ? 'Marked sent' : '' }),
        );
        const activities = [
          ...r.manual.map(([day, excluded], i) => makeActivity(`m${i}`, { date: addDays('2026-01-01', day), excluded })),
          ...r.edits.map(([app, day, excluded], i) =>
            makeActivity(`e${i}`, { source: `application:a${app}`, type: null, date: day === null ? null : addDays('2026-01-01', day), employer: null, method: null, excluded, updatedAt: `2026-01-01T00:00:0${i}.000Z` }),
          ),
        ];
        const data = input({ applications, interviews, followUps, activities, zone, nowMs: BASE + 380 * DAY });
        const range = { from: addDays('2026-01-01', fromDay), to: addDays('2026-01-01', fromDay + length) };
        const whole = workSearchLog(data, range);
        const union = weeksCovering(range, startDay)
          .flatMap((week) => workSearchLog(data, week))
          .filter((row) => inRange(row.date, range));
        expect(union.map((x) => x.key).sort()).toEqual(whole.map((x) => x.key).sort());
        // The same rows as the whole log cut to the range: skipping far records loses nothing.
        const everything = workSearchLog(data, { from: '2025-01-01', to: '2028-01-01' }).filter((row) => inRange(row.date, range));
        expect(whole).toEqual(everything);
        expect(new Set(whole.map((x) => x.key)).size).toBe(whole.length);
        for (const week of weeksCovering(range, startDay)) expect(addDays(week.from, 6)).toBe(week.to);
      }),
      { numRuns: 300 },
    );
  });
});
