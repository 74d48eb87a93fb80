import { describe, expect, it } from 'vitest';
import { createScheduler, MAX_TIMER_MS } from '../../../../electron/core/scheduler';
import type { FollowUp } from '../../../../shared/domain';
import { followUp } from '../../shared/followup/fixtures';
import { NOT_RECORDED } from '../../../../electron/core/scheduler/reminder-text';
import { FakeClock, FakeWorld, settle } from './fakes';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NO_QUIET = { quietHours: { enabled: false, start: '21:00', end: '08:00' } };

async function boot(start: string, followUps: FollowUp[], zone = 'America/New_York', settings = {}) {
  const clock = new FakeClock(start);
  const world = new FakeWorld(clock, followUps, zone, settings);
  const scheduler = createScheduler(world.ports());
  scheduler.start();
  await settle();
  return { clock, world, scheduler };
}

describe('delivery', () => {
  it('shows a reminder at its due time, once, after recording it', async () => {
    // Due Tue 10 Mar 2026 10:00 EDT.
    const { clock, world } = await boot('2026-03-10T13:55:00.000Z', [followUp({ dueAt: '2026-03-10T14:00:00.000Z' })]);
    expect(world.shown).toHaveLength(0);
    await clock.advance(5 * MIN);
    expect(world.shown).toHaveLength(1);
    expect(world.shown[0]?.at).toBe(Date.parse('2026-03-10T14:00:00.000Z'));
    await clock.advance(3 * HOUR);
    expect(world.shown).toHaveLength(1);
    expect(world.violations).toEqual([]);
  });
  it('repeated recompute calls are harmless: never twice', async () => {
    const { world, scheduler } = await boot('2026-03-10T15:00:00.000Z', [followUp({ dueAt: '2026-03-10T14:00:00.000Z' })]);
    await Promise.all([scheduler.recompute('resume'), scheduler.recompute('resume'), scheduler.recompute('data-changed')]);
    await scheduler.recompute('resume');
    expect(world.showCounts()).toEqual(new Map([['f1@2026-03-10T14:00:00.000Z', 1]]));
  });
  it('more than 3 due at once → one digest listing them; 3 → separate, not a digest', async () => {
    const four = [1, 2, 3, 4].map((i) => followUp({ id: `f${i}`, dueAt: '2026-03-10T14:00:00.000Z' }));
    const a = await boot('2026-03-10T16:00:00.000Z', four);
    expect(a.world.shown).toEqual([expect.objectContaining({ digest: true })]);
    expect(a.world.shown[0]?.reminders).toHaveLength(4);
    expect(a.world.recorded.every((r) => r.via === 'digest')).toBe(true);
    const b = await boot('2026-03-10T16:00:00.000Z', four.slice(0, 3));
    expect(b.world.shown).toEqual([expect.objectContaining({ digest: false })]);
  });
  it('a delivery record means never shown again, even by a new scheduler after a crash', async () => {
    const first = await boot('2026-03-10T15:00:00.000Z', [followUp({ dueAt: '2026-03-10T14:00:00.000Z' })]);
    first.scheduler.stop();
    const world2 = new FakeWorld(first.clock, first.world.followUps);
    const s2 = createScheduler(world2.ports());
    s2.start();
    await settle();
    expect(world2.shown).toEqual([]);
  });
  it('a failed record still shows the reminder, saying it is not recorded; the next wake-up records it, never showing it twice', async () => {
    const clock = new FakeClock('2026-03-10T15:00:00.000Z');
    const world = new FakeWorld(clock, [followUp({ dueAt: '2026-03-10T14:00:00.000Z' })]);
    world.failNextRecord = true;
    createScheduler(world.ports()).start();
    await settle();
    expect(world.shown).toHaveLength(1);
    expect(world.shown[0]!.reminders[0]!.body).toContain(NOT_RECORDED);
    expect(world.recorded).toEqual([]);
    await clock.advance(MAX_TIMER_MS);
    expect(world.recorded).toEqual([expect.objectContaining({ followUpId: 'f1', occurrence: '2026-03-10T14:00:00.000Z' })]);
    await clock.advance(3 * HOUR);
    expect(world.showCounts()).toEqual(new Map([['f1@2026-03-10T14:00:00.000Z', 1]]));
    expect(world.violations).toEqual([]);
  });
  it('notifications disabled: recorded as in-app', async () => {
    const { world } = await boot('2026-03-10T15:00:00.000Z', [followUp({ dueAt: '2026-03-10T14:00:00.000Z' })], 'America/New_York', { notificationsEnabled: false });
    expect(world.recorded.map((r) => r.via)).toEqual(['in-app']);
  });
});

describe('timers', () => {
  it('exactly one timer, never longer than 60 s, even with nothing due for months', async () => {
    const { clock, scheduler } = await boot('2026-03-10T15:00:00.000Z', [followUp({ dueAt: '2026-09-10T14:00:00.000Z' })]);
    expect(scheduler.armedTimers()).toBe(1);
    await clock.advance(10 * MIN);
    expect(clock.maxArmed).toBe(1);
    expect(clock.maxDelay).toBeLessThanOrEqual(MAX_TIMER_MS);
  });
  it('stop disarms; recompute after stop does nothing', async () => {
    const { clock, world, scheduler } = await boot('2026-03-10T13:00:00.000Z', [followUp({ dueAt: '2026-03-10T14:00:00.000Z' })]);
    scheduler.stop();
    expect(scheduler.armedTimers()).toBe(0);
    expect(clock.armed()).toBe(0);
    clock.jump('2026-03-10T15:00:00.000Z');
    await scheduler.recompute('resume');
    expect(world.shown).toEqual([]);
  });
});

describe('quiet hours (21:00–08:00 in the user zone)', () => {
  it('nothing is shown during them; everything due is shown when they end', async () => {
    // Due 22:00 EDT Tue 10 Mar; quiet until 08:00 EDT Wed = 12:00Z.
    const { clock, world } = await boot('2026-03-11T01:50:00.000Z', [followUp({ dueAt: '2026-03-11T02:00:00.000Z' })]);
    await clock.advance(10 * HOUR + 9 * MIN);
    expect(world.shown).toEqual([]);
    await clock.advance(2 * MIN);
    expect(world.shown.map((s) => new Date(s.at).toISOString())).toEqual(['2026-03-11T12:00:00.000Z']);
  });
  it('in Kolkata the quiet night ends at 08:00 IST (02:30Z)', async () => {
    const { clock, world } = await boot('2026-03-10T17:00:00.000Z', [followUp({ dueAt: '2026-03-10T17:30:00.000Z', timeZone: 'Asia/Kolkata' })], 'Asia/Kolkata');
    await clock.advance(9 * HOUR);
    expect(world.shown).toEqual([]);
    await clock.advance(HOUR);
    expect(world.shown.map((s) => new Date(s.at).toISOString())).toEqual(['2026-03-11T02:30:00.000Z']);
  });
  it('a time-zone change is honoured at the next recompute', async () => {
    const { world, scheduler } = await boot('2026-03-10T20:00:00.000Z', [followUp({ dueAt: '2026-03-10T19:00:00.000Z' })], 'Asia/Kolkata');
    expect(world.shown).toEqual([]); // 01:30 IST: quiet
    world.zone = 'America/New_York'; // 16:00 EDT
    await scheduler.recompute('timezone-change');
    expect(world.shown).toHaveLength(1);
  });
});

describe('sleep and resume', () => {
  it('sleep across a due time: caught up on resume, once', async () => {
    const { clock, world, scheduler } = await boot('2026-03-10T13:00:00.000Z', [followUp({ dueAt: '2026-03-10T14:00:00.000Z' })], 'America/New_York', NO_QUIET);
    await clock.advance(10_000);
    clock.sleep(5 * HOUR);
    await scheduler.recompute('resume');
    await scheduler.recompute('resume');
    await clock.advance(HOUR);
    expect(world.shown).toHaveLength(1);
  });
  it('sleep across a due time without a resume hint: the next tick (≤ 60 s awake) notices the jump', async () => {
    const { clock, world } = await boot('2026-03-10T13:00:00.000Z', [followUp({ dueAt: '2026-03-10T14:00:00.000Z' })]);
    await clock.advance(10_000);
    clock.sleep(5 * HOUR);
    await clock.advance(MAX_TIMER_MS);
    expect(world.shown).toHaveLength(1);
  });
  it('sleep across quiet hours: nothing during them, caught up as a digest when they end', async () => {
    const five = [1, 2, 3, 4, 5].map((i) => followUp({ id: `f${i}`, dueAt: `2026-03-11T0${i}:00:00.000Z` }));
    const { clock, world, scheduler } = await boot('2026-03-11T00:30:00.000Z', five);
    clock.sleep(6 * HOUR); // wakes at 02:30 EDT, still quiet
    await scheduler.recompute('resume');
    expect(world.shown).toEqual([]);
    await clock.advance(6 * HOUR);
    expect(world.shown).toEqual([expect.objectContaining({ digest: true, at: Date.parse('2026-03-11T12:00:00.000Z') })]);
  });
  it('sleep across a DST change: a daily 09:00 Berlin reminder is caught up once, at its latest occurrence', async () => {
    const daily = followUp({ dueAt: '2026-03-27T08:00:00.000Z', timeZone: 'Europe/Berlin', recurrence: 'FREQ=DAILY' });
    const { clock, world, scheduler } = await boot('2026-03-27T09:00:00.000Z', [daily], 'Europe/Berlin');
    expect(world.shown).toHaveLength(1);
    clock.sleep(Date.parse('2026-03-30T08:00:00.000Z') - clock.now()); // Mon 10:00 CEST
    await scheduler.recompute('resume');
    await scheduler.recompute('resume');
    expect(world.shown.map((s) => s.reminders[0]?.occurrence)).toEqual(['2026-03-27T08:00:00.000Z', '2026-03-30T07:00:00.000Z']);
  });
  it('Lord Howe: a daily 09:00 reminder stays at 09:00 across the 30-minute shift', async () => {
    // 09:00 on Sat 3 Oct is +10:30 (22:30Z); from Sun 4 Oct it is +11 (22:00Z).
    const daily = followUp({ dueAt: '2026-10-02T22:30:00.000Z', timeZone: 'Australia/Lord_Howe', recurrence: 'FREQ=DAILY;COUNT=3' });
    const { clock, world } = await boot('2026-10-02T22:29:00.000Z', [daily], 'Australia/Lord_Howe');
    await clock.advance(3 * 24 * HOUR);
    expect(world.shown.map((s) => s.reminders[0]?.occurrence)).toEqual(['2026-10-02T22:30:00.000Z', '2026-10-03T22:00:00.000Z', '2026-10-04T22:00:00.000Z']);
  });
  it('a clock set backwards does not repeat anything', async () => {
    const { clock, world, scheduler } = await boot('2026-03-10T15:00:00.000Z', [followUp({ dueAt: '2026-03-10T14:00:00.000Z' })]);
    clock.jump('2026-03-10T13:00:00.000Z');
    await scheduler.recompute('clock-jump');
    clock.jump('2026-03-10T15:00:00.000Z');
    await clock.advance(2 * MIN);
    expect(world.shown).toHaveLength(1);
  });
});

describe('snooze', () => {
  it('a snoozed reminder comes back once at snoozedUntil', async () => {
    const { clock, world, scheduler } = await boot('2026-03-10T15:00:00.000Z', [followUp({ dueAt: '2026-03-10T14:00:00.000Z' })]);
    world.followUps = world.followUps.map((f) => ({ ...f, status: 'snoozed', snoozedUntil: '2026-03-10T16:00:00.000Z', updatedAt: '2026-03-10T15:00:00.000Z' }));
    await scheduler.recompute('data-changed');
    await clock.advance(3 * HOUR);
    expect(world.shown.map((s) => s.reminders[0]?.occurrence)).toEqual(['2026-03-10T14:00:00.000Z', '2026-03-10T16:00:00.000Z']);
  });
  it('snoozing one occurrence of a daily reminder does not move the series', async () => {
    const daily = followUp({ dueAt: '2026-03-10T14:00:00.000Z', recurrence: 'FREQ=DAILY' });
    const { clock, world, scheduler } = await boot('2026-03-10T14:00:00.000Z', [daily], 'America/New_York', NO_QUIET);
    world.followUps = world.followUps.map((f) => ({ ...f, status: 'snoozed', snoozedUntil: '2026-03-10T18:00:00.000Z', updatedAt: '2026-03-10T14:05:00.000Z' }));
    await scheduler.recompute('data-changed');
    await clock.advance(25 * HOUR);
    expect(world.shown.map((s) => s.reminders[0]?.occurrence)).toEqual(['2026-03-10T14:00:00.000Z', '2026-03-10T18:00:00.000Z', '2026-03-11T14:00:00.000Z']);
  });
});
