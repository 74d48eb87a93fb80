import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/domain';
import { isQuietAt } from '../../../../shared/followup';
import { epochMsToWallTime, isoWeekday, localTimeToEpochMs } from '../../../../shared/followup/zoned-time';
import { weeklyReminderDay, weeklyReminderDue, weeklyReminderText } from '../../../../shared/worklog';

/** The rules table of shared/worklog/weekly-reminder.ts, case by case and as properties. */

const on = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, quietHours: { enabled: false, start: '21:00', end: '08:00' }, workLogReminder: { enabled: true, weekday: null }, ...patch });
const local = (date: string, time: string, zone: string) => localTimeToEpochMs(date, time, zone);

describe('weekly reminder rules', () => {
  it.each([
    // zone, a Monday, last week's first day
    ['Europe/Berlin', '2026-03-09', '2026-03-02'],
    ['America/New_York', '2026-03-09', '2026-03-02'],
    ['Asia/Kolkata', '2026-03-09', '2026-03-02'],
    ['Pacific/Auckland', '2026-04-06', '2026-03-30'], // the day after Auckland's DST ended (5 April)
    ['America/Los_Angeles', '2026-11-02', '2026-10-26'],
  ])('%s: shown on Monday %s from 09:00 local, for the week before', (zone, monday, lastWeekFrom) => {
    const settings = on();
    expect(weeklyReminderDue(local(monday, '08:59', zone), settings, zone, null)).toBeNull();
    expect(weeklyReminderDue(local(monday, '09:00', zone), settings, zone, null)?.from).toBe(lastWeekFrom);
    expect(weeklyReminderDue(local(monday, '23:59', zone), settings, zone, null)?.from).toBe(lastWeekFrom);
    expect(weeklyReminderDue(local(monday, '09:00', zone), settings, zone, lastWeekFrom)).toBeNull();
  });

  it.each([
    ['Europe/Berlin', '2026-03-29'], // clocks go 02:00 → 03:00 that Sunday
    ['America/New_York', '2026-03-08'],
    ['Europe/London', '2026-10-25'], // clocks go back that Sunday
  ])('%s: a DST Sunday %s chosen with a Sunday–Thursday work week', (zone, sunday) => {
    const settings = on({ workWeek: [7, 1, 2, 3, 4] });
    expect(weeklyReminderDay(settings)).toBe(7);
    expect(weeklyReminderDue(local(sunday, '08:59', zone), settings, zone, null)).toBeNull();
    const week = weeklyReminderDue(local(sunday, '09:00', zone), settings, zone, null);
    // Seven calendar days before that Sunday, whatever the night did to the hours.
    const before = new Date(Date.parse(`${sunday}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    expect(week).toEqual({ from: before, to: new Date(Date.parse(`${sunday}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) });
  });

  it('off, or notifications off, or quiet now: not shown', () => {
    const zone = 'Europe/Berlin';
    const nine = local('2026-03-09', '09:30', zone);
    expect(weeklyReminderDue(nine, on({ workLogReminder: { enabled: false, weekday: null } }), zone, null)).toBeNull();
    expect(weeklyReminderDue(nine, on({ notificationsEnabled: false }), zone, null)).toBeNull();
    const quietTillTen = on({ quietHours: { enabled: true, start: '22:00', end: '10:00' } });
    expect(weeklyReminderDue(nine, quietTillTen, zone, null)).toBeNull();
    expect(weeklyReminderDue(local('2026-03-09', '10:00', zone), quietTillTen, zone, null)?.from).toBe('2026-03-02');
    // Quiet hours starting in the evening: shown after 09:00, not in them.
    const quietFromSix = on({ quietHours: { enabled: true, start: '18:00', end: '08:00' } });
    expect(weeklyReminderDue(local('2026-03-09', '18:30', zone), quietFromSix, zone, null)).toBeNull();
  });

  it('the chosen weekday, or the work week’s first day when none is chosen', () => {
    expect(weeklyReminderDay(on())).toBe(1);
    expect(weeklyReminderDay(on({ workWeek: [7, 1, 2, 3, 4] }))).toBe(7);
    expect(weeklyReminderDay(on({ workLogReminder: { enabled: true, weekday: 5 } }))).toBe(5);
  });

  it('says the count in plain words, and says plainly when there is none', () => {
    expect(weeklyReminderText(6).body).toBe('Your work-search log for last week has 6 activities — review and export.');
    expect(weeklyReminderText(1).body).toBe('Your work-search log for last week has 1 activity — review and export.');
    expect(weeklyReminderText(0).body).toBe('Your work-search log for last week has no activities yet — add what you did.');
  });

  const zones = fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'Australia/Lord_Howe', 'UTC', 'America/St_Johns');
  const settingsArb = fc.record({
    weekday: fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }),
    workWeek: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    notificationsEnabled: fc.boolean(),
    quiet: fc.boolean(),
  });

  it('property: shown exactly when the table says, and for the week that ended before today', () => {
    fc.assert(
      fc.property(zones, settingsArb, fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2028-01-01') }), (zone, s, nowMs) => {
        const settings = on({ workWeek: s.workWeek, notificationsEnabled: s.notificationsEnabled, quietHours: { enabled: s.quiet, start: '18:00', end: '10:00' }, workLogReminder: { enabled: true, weekday: s.weekday } });
        const wall = epochMsToWallTime(nowMs, zone);
        const expected = s.notificationsEnabled && isoWeekday(wall.date) === weeklyReminderDay(settings) && wall.minutes >= 540 && !isQuietAt(nowMs, settings.quietHours, zone);
        const week = weeklyReminderDue(nowMs, settings, zone, null);
        expect(week !== null).toBe(expected);
        if (week) {
          expect(week.to < wall.date).toBe(true);
          expect(Date.parse(wall.date) - Date.parse(week.to)).toBeLessThanOrEqual(7 * 86_400_000);
          expect(Date.parse(week.to) - Date.parse(week.from)).toBe(6 * 86_400_000);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: checked every few minutes across weeks, shown at most once per week and on every chosen day', () => {
    fc.assert(
      fc.property(zones, settingsArb, fc.integer({ min: 7, max: 59 }), (zone, s, stepMinutes) => {
        const settings = on({ workWeek: s.workWeek, quietHours: { enabled: s.quiet, start: '22:00', end: '07:00' }, workLogReminder: { enabled: true, weekday: s.weekday } });
        let shownFor: string | null = null;
        const shown: string[] = [];
        const start = Date.parse('2026-03-01T00:00:00Z');
        for (let t = start; t < start + 21 * 86_400_000; t += stepMinutes * 60_000) {
          const week = weeklyReminderDue(t, settings, zone, shownFor);
          if (week) {
            shown.push(week.from);
            shownFor = week.from;
          }
        }
        // Three weeks of checks meet the chosen day three or four times (the zone decides whether
        // the first or last one falls inside): once each, a week apart.
        expect(shown.length).toBeGreaterThanOrEqual(3);
        expect(shown.length).toBeLessThanOrEqual(4);
        for (let i = 1; i < shown.length; i += 1) expect(Date.parse(shown[i]!) - Date.parse(shown[i - 1]!)).toBe(7 * 86_400_000);
      }),
      { numRuns: 30 },
    );
  });
});
