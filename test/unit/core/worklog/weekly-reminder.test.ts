import { afterEach, describe, expect, it } from 'vitest';
import type { Core, CorePorts } from '../../../../electron/core';
import type { WorkSearchWeekNotice } from '../../../../shared/contract/events';
import { fakeClock, ok, openTestCore, tempDir } from '../../../support/core';

/**
 * The weekly work-search reminder through the real core: settings, the scheduler's checks (a
 * fake clock moved by hand, each check asked for with a hint), the log's count, the notifier and
 * the app's event, and `worklog-reminder.json` across a restart.
 */

type Opened = { core: Core; notified: WorkSearchWeekNotice[]; events: WorkSearchWeekNotice[]; clock: ReturnType<typeof fakeClock> };
const open: Core[] = [];
afterEach(async () => {
  for (const core of open.splice(0)) await core.close();
});

async function start(dataDir: string, at: string, overrides: Partial<CorePorts> = {}): Promise<Opened> {
  const clock = fakeClock(at);
  const notified: WorkSearchWeekNotice[] = [];
  const core = await openTestCore({ dataDir, clock, notifier: { show: () => {}, showWorkSearchWeek: (n) => notified.push(n) }, ...overrides });
  open.push(core);
  const events: WorkSearchWeekNotice[] = [];
  core.onEvent((event, payload) => {
    if (event === 'worklog.reminder') events.push(payload as WorkSearchWeekNotice);
  });
  await core.settled();
  return { core, notified, events, clock };
}

/** Moves the clock and lets the scheduler look (as its minute timer would). */
async function at(o: Opened, iso: string): Promise<void> {
  o.clock.set(iso);
  o.core.hint('clock-jump');
  await o.core.settled();
}

const fair = (date: string) => ({ type: 'job-fair', date, employer: `Fair ${date}`, method: 'in-person', note: '' });

describe('weekly work-search reminder (core)', () => {
  it('is off by default: nothing on the first day of the work week', async () => {
    const o = await start(tempDir(), '2026-03-09T07:00:00.000Z'); // Monday 08:00 Berlin
    await at(o, '2026-03-09T09:30:00.000Z');
    expect(o.notified).toEqual([]);
    expect(o.events).toEqual([]);
  });

  it('on: shown on Monday from 09:00 Berlin, once, with last week’s count, and not again after a restart', async () => {
    const dir = tempDir();
    const o = await start(dir, '2026-03-09T07:00:00.000Z'); // Monday 2026-03-09, 08:00 in Berlin
    await ok(o.core, 'settings.update', { patch: { timeZone: 'Europe/Berlin', quietHours: { enabled: false, start: '21:00', end: '08:00' }, workLogReminder: { enabled: true, weekday: null } } });
    // Last week (Mon 2 – Sun 8 March): three activities; this week one, the week before one.
    for (const date of ['2026-03-02', '2026-03-05', '2026-03-08', '2026-03-09', '2026-02-27']) await ok(o.core, 'worklog.add', fair(date));
    await at(o, '2026-03-09T07:59:00.000Z'); // 08:59 local
    expect(o.notified).toEqual([]);
    await at(o, '2026-03-09T08:00:00.000Z'); // 09:00 local
    const expected = { week: { from: '2026-03-02', to: '2026-03-08' }, count: 3, title: 'Work-search log', body: 'Your work-search log for last week has 3 activities — review and export.' };
    expect(o.notified).toEqual([expected]);
    expect(o.events).toEqual([expected]);
    await at(o, '2026-03-09T12:00:00.000Z');
    expect(o.notified).toHaveLength(1);
    await o.core.close();
    open.splice(0);

    const again = await start(dir, '2026-03-09T15:00:00.000Z');
    await at(again, '2026-03-09T16:00:00.000Z');
    expect(again.notified).toEqual([]);
    // The next Monday: the week of 9 March (one activity).
    await at(again, '2026-03-16T08:05:00.000Z');
    expect(again.notified.map((n) => [n.week.from, n.count, n.body])).toEqual([['2026-03-09', 1, 'Your work-search log for last week has 1 activity — review and export.']]);
  });

  it('a DST Sunday in New York with a Sunday–Thursday week: from 09:00 EDT, for the seven days before', async () => {
    const dir = tempDir();
    const o = await start(dir, '2026-03-07T12:00:00.000Z');
    await ok(o.core, 'settings.update', { patch: { timeZone: 'America/New_York', workWeek: [7, 1, 2, 3, 4], quietHours: { enabled: false, start: '21:00', end: '08:00' }, workLogReminder: { enabled: true, weekday: null } } });
    await ok(o.core, 'worklog.add', fair('2026-03-01'));
    await ok(o.core, 'worklog.add', fair('2026-03-07'));
    await at(o, '2026-03-08T12:59:00.000Z'); // 08:59 EDT (clocks went forward at 02:00)
    expect(o.notified).toEqual([]);
    await o.core.close();
    open.splice(0);
    // Opened later that morning: shown at start.
    const later = await start(dir, '2026-03-08T14:30:00.000Z');
    expect(later.notified.map((n) => [n.week, n.count])).toEqual([[{ from: '2026-03-01', to: '2026-03-07' }, 2]]);
  });

  it('Auckland: Monday 09:00 there is Sunday evening in UTC', async () => {
    const o = await start(tempDir(), '2026-06-07T12:00:00.000Z');
    await ok(o.core, 'settings.update', { patch: { timeZone: 'Pacific/Auckland', quietHours: { enabled: false, start: '21:00', end: '08:00' }, workLogReminder: { enabled: true, weekday: null } } });
    await at(o, '2026-06-07T20:59:00.000Z'); // Monday 8 June, 08:59 NZST
    expect(o.notified).toEqual([]);
    await at(o, '2026-06-07T21:00:00.000Z');
    expect(o.notified.map((n) => n.week)).toEqual([{ from: '2026-06-01', to: '2026-06-07' }]);
  });

  it('with no activities it says so plainly', async () => {
    const o = await start(tempDir(), '2026-03-09T07:00:00.000Z');
    await ok(o.core, 'settings.update', { patch: { timeZone: 'Europe/Berlin', workLogReminder: { enabled: true, weekday: null } } });
    await at(o, '2026-03-09T08:30:00.000Z');
    expect(o.notified.map((n) => n.body)).toEqual(['Your work-search log for last week has no activities yet — add what you did.']);
  });

  it('not shown while notifications are off, nor on another day than the chosen one', async () => {
    const o = await start(tempDir(), '2026-03-09T07:00:00.000Z');
    await ok(o.core, 'settings.update', { patch: { timeZone: 'Europe/Berlin', notificationsEnabled: false, workLogReminder: { enabled: true, weekday: 3 } } });
    await at(o, '2026-03-11T10:00:00.000Z'); // Wednesday, notifications off
    await at(o, '2026-03-12T10:00:00.000Z'); // Thursday
    await ok(o.core, 'settings.update', { patch: { notificationsEnabled: true } });
    await at(o, '2026-03-12T11:00:00.000Z');
    expect(o.notified).toEqual([]);
    await at(o, '2026-03-18T08:00:00.000Z'); // next Wednesday 09:00
    expect(o.notified.map((n) => n.week)).toEqual([{ from: '2026-03-09', to: '2026-03-15' }]);
  });

  it('notifications turned on later on the chosen day: shown then', async () => {
    const o = await start(tempDir(), '2026-03-09T07:00:00.000Z');
    await ok(o.core, 'settings.update', { patch: { timeZone: 'Europe/Berlin', notificationsEnabled: false, workLogReminder: { enabled: true, weekday: null } } });
    await at(o, '2026-03-09T10:00:00.000Z');
    expect(o.notified).toEqual([]);
    await ok(o.core, 'settings.update', { patch: { notificationsEnabled: true } });
    await o.core.settled();
    expect(o.notified.map((n) => n.week.from)).toEqual(['2026-03-02']);
  });

  it('in quiet hours: waits for their end that day', async () => {
    const o = await start(tempDir(), '2026-03-09T07:00:00.000Z');
    await ok(o.core, 'settings.update', { patch: { timeZone: 'Europe/Berlin', quietHours: { enabled: true, start: '22:00', end: '10:30' }, workLogReminder: { enabled: true, weekday: null } } });
    await at(o, '2026-03-09T08:00:00.000Z'); // 09:00 local, quiet
    await at(o, '2026-03-09T09:29:00.000Z'); // 10:29 local, quiet
    expect(o.notified).toEqual([]);
    await at(o, '2026-03-09T09:30:00.000Z'); // 10:30 local, quiet hours over
    expect(o.notified).toHaveLength(1);
  });

  it('a settings change is undoable like the others', async () => {
    const o = await start(tempDir(), '2026-03-09T07:00:00.000Z');
    await ok(o.core, 'settings.update', { patch: { workLogReminder: { enabled: true, weekday: 5 } } });
    expect(o.core.store.settings.workLogReminder).toEqual({ enabled: true, weekday: 5 });
    await ok(o.core, 'history.undo', {});
    expect(o.core.store.settings.workLogReminder).toEqual({ enabled: false, weekday: null });
    const refused = await o.core.dispatch('settings.update', { patch: { workLogReminder: { enabled: true, weekday: 8 } } });
    expect(refused.ok).toBe(false);
    expect(o.core.store.settings.workLogReminder).toEqual({ enabled: false, weekday: null });
  });
});
