import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../../../electron/core/scheduler';
import type { Settings } from '../../../../shared/domain';
import { weeklyReminderDue } from '../../../../shared/worklog';
import { FakeClock, FakeWorld, settle } from './fakes';

/**
 * The scheduler's own timer (no hints) drives the weekly work-search check: within a minute of
 * 09:00, within a minute of quiet hours ending, and at the wake-up after a sleep.
 */
const MIN = 60_000;

async function boot(start: string, settings: Partial<Settings>) {
  const clock = new FakeClock(start);
  const world = new FakeWorld(clock, [], 'America/New_York', { workLogReminder: { enabled: true, weekday: null }, ...settings });
  const shownAt: Array<{ at: number; week: string }> = [];
  let shownFor: string | null = null;
  const scheduler = createScheduler({
    ...world.ports(),
    onCheck: (nowMs) => {
      const week = weeklyReminderDue(nowMs, world.settings, world.zone, shownFor);
      if (week === null) return;
      shownFor = week.from;
      shownAt.push({ at: nowMs, week: week.from });
    },
  });
  scheduler.start();
  await settle();
  return { clock, shownAt, scheduler };
}

describe('the scheduler’s checks and the weekly reminder', () => {
  it('shown within a minute of 09:00 on Monday (New York), once over the day', async () => {
    const { clock, shownAt, scheduler } = await boot('2026-03-09T12:30:00.000Z', { quietHours: { enabled: false, start: '21:00', end: '08:00' } }); // 08:30 EDT
    await clock.advance(29 * MIN);
    expect(shownAt).toEqual([]);
    await clock.advance(12 * 60 * MIN);
    expect(shownAt).toHaveLength(1);
    expect(shownAt[0]!.at - Date.parse('2026-03-09T13:00:00.000Z')).toBeLessThanOrEqual(MIN);
    expect(shownAt[0]!.week).toBe('2026-03-02');
    scheduler.stop();
  });

  it('quiet hours until 10:30: shown within a minute of their end', async () => {
    const { clock, shownAt, scheduler } = await boot('2026-03-09T12:30:00.000Z', { quietHours: { enabled: true, start: '22:00', end: '10:30' } });
    await clock.advance(2 * 60 * MIN); // to 10:30 EDT
    await clock.advance(2 * MIN);
    expect(shownAt).toHaveLength(1);
    const end = Date.parse('2026-03-09T14:30:00.000Z');
    expect(shownAt[0]!.at).toBeGreaterThanOrEqual(end);
    expect(shownAt[0]!.at - end).toBeLessThanOrEqual(MIN);
    scheduler.stop();
  });

  it('asleep over 09:00: shown at the first wake-up after it', async () => {
    const { clock, shownAt, scheduler } = await boot('2026-03-09T11:00:00.000Z', { quietHours: { enabled: false, start: '21:00', end: '08:00' } }); // 07:00 EDT
    clock.sleep(5 * 60 * MIN); // wakes at 12:00 EDT
    await clock.advance(MIN);
    expect(shownAt).toHaveLength(1);
    expect(shownAt[0]!.at).toBeGreaterThanOrEqual(Date.parse('2026-03-09T16:00:00.000Z'));
    scheduler.stop();
  });
});
