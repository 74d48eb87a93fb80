import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkSearchWeekNotice } from '../../../../shared/contract/events';
import type { Application, FollowUp } from '../../../../shared/domain';
import type { CouchTestServer } from '../../../support/couch-server';
import { ok } from '../../../support/core';
import { converged, eventually, openComputer, syncHarness, type Computer } from '../../../support/sync-cores';

/** Each reminder once across computers, through the scheduler's real delivery path (claims.ts). */
const harness = syncHarness('r');
let server: CouchTestServer;
beforeAll(() => {
  server = harness.server();
});

async function pair(): Promise<[Computer, Computer]> {
  const [desk, laptop] = await harness.computers('Desk', 'Laptop');
  return [desk!, laptop!];
}

const shownOn = (c: Computer, followUpId: string) => c.core.shown.flat().filter((r) => r.followUpId === followUpId).length;

describe('each reminder once across computers', () => {
  it('two computers reaching the same due reminder at once: exactly one notification, 100 of 100 runs', async () => {
    const [desk, laptop] = await pair();
    // No reminder computer, so nothing is claimed ahead: the two claims really race at the due moment.
    await desk.core.sync.setReminderRole(false);
    const app = await ok<Application>(desk.core, 'applications.create', { company: 'Northwind', role: 'Engineer' });
    let exactlyOnce = 0;
    const runs = 100;
    // Due every 5 minutes from 09:00 Berlin time: all inside waking hours (quiet hours show nothing anywhere).
    const followUps: FollowUp[] = [];
    for (let run = 0; run < runs; run++) {
      followUps.push(await ok<FollowUp>(desk.core, 'followUps.create', { applicationId: app.id, title: `Check-in ${run}`, dueAt: new Date(Date.parse('2026-03-03T08:00:00.000Z') + run * 300_000).toISOString(), timeZone: 'Europe/Berlin' }));
    }
    await converged([desk, laptop]);
    const due = [...followUps].sort((a, b) => (a.dueAt! < b.dueAt! ? -1 : 1));
    for (const followUp of due) {
      const at = new Date(Date.parse(followUp.dueAt!) + 60_000).toISOString();
      desk.clock.set(at);
      laptop.clock.set(at);
      desk.core.hint('resume');
      laptop.core.hint('resume');
      await Promise.all([desk.core.settled(), laptop.core.settled()]);
      if (shownOn(desk, followUp.id) + shownOn(laptop, followUp.id) === 1) exactlyOnce++;
    }
    const wins = [desk, laptop].map((c) => due.filter((f) => shownOn(c, f.id) === 1).length);
    console.log(`reminder race: ${exactlyOnce}/${runs} shown exactly once (desk ${wins[0]}, laptop ${wins[1]})`);
    expect(exactlyOnce).toBe(runs);
    // Both computers record the delivery (the refused one silently), so neither shows it again.
    await converged([desk, laptop]);
    for (const followUp of due) for (const c of [desk, laptop]) expect(c.core.store.readFollowUp(followUp.id)!.deliveries.length).toBeGreaterThan(0);
  }, 120_000);

  it('offline, only the reminder computer notifies; a delivery claimed elsewhere closes the notification here', async () => {
    const [desk, laptop] = await pair();
    const app = await ok<Application>(desk.core, 'applications.create', { company: 'Initech', role: 'Engineer' });
    const followUp = await ok<FollowUp>(desk.core, 'followUps.create', { applicationId: app.id, title: 'Check in', dueAt: '2026-03-02T09:00:00.000Z', timeZone: 'Europe/Berlin' });
    await converged([desk, laptop]);
    await laptop.core.sync.claimDelivery('other-follow-up', '2026-03-02T09:00:00.000Z');
    await eventually(() => desk.closed.includes('other-follow-up 2026-03-02T09:00:00.000Z'), 'the desk to close the notification shown elsewhere');
    // The weekly work-search reminder's too.
    await laptop.core.sync.claimDelivery('worklog', '2026-02-16');
    await eventually(() => desk.closed.includes('work-search week 2026-02-16'), 'the desk to close the weekly reminder shown elsewhere');
    await server.stop();
    try {
      for (const c of [desk, laptop]) {
        await ok(c.core, 'applications.update', { id: app.id, patch: { notes: `offline on ${c.name}` } }).catch(() => undefined);
        await eventually(() => c.core.sync.status().state === 'offline', `${c.name} to be offline`);
        c.clock.set('2026-03-02T09:01:00.000Z');
        c.core.hint('resume');
        await c.core.settled();
      }
      expect(shownOn(desk, followUp.id)).toBe(1);
      expect(shownOn(laptop, followUp.id)).toBe(0);
      expect(laptop.core.dueCount()).toBeGreaterThanOrEqual(0);
    } finally {
      await server.start();
    }
  }, 60_000);

  it('the weekly work-search reminder shows on one computer only, online and offline', async () => {
    const [desk, laptop] = await pair();
    const shown = new Map<Computer, string[]>([
      [desk, []],
      [laptop, []],
    ]);
    for (const c of [desk, laptop]) c.core.onEvent((event, payload) => event === 'worklog.reminder' && shown.get(c)!.push((payload as WorkSearchWeekNotice).week.from));
    await ok(desk.core, 'settings.update', { patch: { timeZone: 'Europe/Berlin', quietHours: { enabled: false, start: '21:00', end: '08:00' }, workLogReminder: { enabled: true, weekday: null } } });
    await converged([desk, laptop]);
    const look = async (at: string) => {
      for (const c of [desk, laptop]) c.clock.set(at);
      desk.core.hint('resume');
      laptop.core.hint('resume');
      await Promise.all([desk.core.settled(), laptop.core.settled()]);
    };
    // The clocks start on Monday 2 March, 09:00 Berlin: the week of 23 February was due as the
    // setting arrived. Monday 9 March, 09:30: both computers reach the week of 2 March.
    await look('2026-03-09T08:30:00.000Z');
    expect([...shown.get(desk)!, ...shown.get(laptop)!].sort()).toEqual(['2026-02-23', '2026-03-02']);
    // Offline the next Monday: only the reminder computer (the desk) shows it.
    await server.stop();
    try {
      for (const c of [desk, laptop]) {
        await ok(c.core, 'worklog.add', { type: 'other', date: '2026-03-10', employer: `Offline on ${c.name}`, method: 'online', note: '', applicationId: null });
        await eventually(() => c.core.sync.status().state === 'offline', `${c.name} to be offline`);
      }
      await look('2026-03-16T08:30:00.000Z');
      expect(shown.get(desk)!.filter((w) => w === '2026-03-09')).toHaveLength(1);
      expect(shown.get(laptop)!.filter((w) => w === '2026-03-09')).toHaveLength(0);
    } finally {
      await server.start();
    }
  }, 60_000);
});

/** The computers' clocks at `at`, and each looks (its scheduler runs as on a resume). */
async function look(computers: Computer[], at: string): Promise<void> {
  for (const c of computers) {
    c.clock.set(at);
    c.core.hint('resume');
  }
  await Promise.all(computers.map((c) => c.core.settled()));
}

/** This computer, cut off from the server while sync stays on (a port nothing listens on). */
async function cutOff(c: Computer): Promise<void> {
  await c.core.sync.start({ ...c.connection, serverUrl: 'http://127.0.0.1:9/' });
  await eventually(() => c.core.sync.status().state === 'offline', `${c.name} to be offline`);
}

describe('one reminder computer, and what it claimed ahead', () => {
  it('the role is one document: taking it on the laptop takes it from the desk, on both', async () => {
    const [desk, laptop] = await pair();
    await converged([desk, laptop]);
    await eventually(() => laptop.core.sync.reminderRole().holderName === 'Desk', 'the laptop to learn that the desk holds the role');
    expect([desk.core.sync.reminderComputer, laptop.core.sync.reminderComputer]).toEqual([true, false]);
    await laptop.core.sync.setReminderRole(true);
    await eventually(() => !desk.core.sync.reminderComputer, 'the desk to hand the role over');
    expect([desk.core.sync.reminderComputer, laptop.core.sync.reminderComputer]).toEqual([false, true]);
    expect(desk.core.sync.reminderRole()).toEqual({ here: false, holderName: 'Laptop' });
    // Unticked on the laptop: no computer holds it.
    await laptop.core.sync.setReminderRole(false);
    await eventually(() => desk.core.sync.reminderRole().holderName === null, 'the desk to see that no computer holds the role');
    expect([desk.core.sync.reminderComputer, laptop.core.sync.reminderComputer]).toEqual([false, false]);
  }, 60_000);

  it('a data folder synced with another database before: the old role is not carried over, the new set-up holds it', async () => {
    const [desk] = await harness.computers('Desk');
    await converged([desk!]);
    expect(desk!.core.sync.reminderRole()).toEqual({ here: true, holderName: 'Desk' });
    // Sync left and set up again with a new database: a new device id for this computer.
    const database = await harness.database();
    await desk!.core.sync.start({ ...desk!.connection, database, device: { id: 'device-desk-again', name: 'Desk', reminderComputer: true } });
    await eventually(() => desk!.core.sync.status().state === 'synced', 'the desk to sync with the new database');
    expect(desk!.core.sync.reminderRole()).toEqual({ here: true, holderName: 'Desk' });
    const laptop = await openComputer(server, 'Laptop', { database, reminderComputer: false });
    harness.track(laptop);
    await eventually(() => laptop.core.sync.reminderRole().holderName === 'Desk', 'the laptop to learn the role in the new database');
    expect(laptop.core.sync.reminderComputer).toBe(false);
  }, 60_000);

  it('two computers taking the role while apart: once they meet, both agree on the later one', async () => {
    const [desk, laptop] = await pair();
    await converged([desk, laptop]);
    await cutOff(desk);
    await cutOff(laptop);
    await laptop.core.sync.setReminderRole(true);
    desk.clock.advance(60_000);
    await desk.core.sync.setReminderRole(true);
    expect([desk.core.sync.reminderComputer, laptop.core.sync.reminderComputer]).toEqual([true, true]);
    await desk.core.sync.start(desk.connection);
    await laptop.core.sync.start(laptop.connection);
    await converged([desk, laptop]);
    await eventually(() => !laptop.core.sync.reminderComputer, 'the laptop to yield the role to the later claim');
    expect([desk.core.sync.reminderComputer, laptop.core.sync.reminderComputer]).toEqual([true, false]);
  }, 60_000);

  it('the reminder computer cut off, the laptop online, both reaching the same reminder: one notification, on the reminder computer', async () => {
    const [desk, laptop] = await pair();
    const app = await ok<Application>(laptop.core, 'applications.create', { company: 'Globex', role: 'Engineer' });
    const due = '2026-03-04T09:00:00.000Z';
    const followUp = await ok<FollowUp>(laptop.core, 'followUps.create', { applicationId: app.id, title: 'Check in with Globex', dueAt: due, timeZone: 'Europe/Berlin' });
    await converged([desk, laptop]);
    // Both awake a minute before; the desk claimed it ahead and said it is awake. Then its network goes.
    await look([desk, laptop], new Date(Date.parse(due) - 60_000).toISOString());
    await cutOff(desk);
    await look([desk, laptop], new Date(Date.parse(due) + 60_000).toISOString());
    expect([shownOn(desk, followUp.id), shownOn(laptop, followUp.id)]).toEqual([1, 0]);
    // Both list it as delivered once they meet again.
    await desk.core.sync.start(desk.connection);
    await converged([desk, laptop]);
    for (const c of [desk, laptop]) expect(c.core.store.readFollowUp(followUp.id)!.deliveries.length).toBeGreaterThan(0);
  }, 60_000);

  it('the reminder computer asleep: the laptop in use takes its claim over and shows the reminder on time; the desk, waking, does not', async () => {
    const [desk, laptop] = await pair();
    const app = await ok<Application>(laptop.core, 'applications.create', { company: 'Initech', role: 'Engineer' });
    const due = '2026-03-04T09:00:00.000Z';
    const followUp = await ok<FollowUp>(laptop.core, 'followUps.create', { applicationId: app.id, title: 'Check in with Initech', dueAt: due, timeZone: 'Europe/Berlin' });
    await converged([desk, laptop]);
    await look([desk, laptop], '2026-03-04T07:00:00.000Z');
    // The desk sleeps (its clock and timers stop; it says nothing); the laptop reaches the due moment.
    await look([laptop], new Date(Date.parse(due) + 60_000).toISOString());
    expect([shownOn(desk, followUp.id), shownOn(laptop, followUp.id)]).toEqual([0, 1]);
    // The desk wakes on the network: the claim is the laptop's, so it records the reminder silently.
    await look([desk], new Date(Date.parse(due) + 3_600_000).toISOString());
    expect([shownOn(desk, followUp.id), shownOn(laptop, followUp.id)]).toEqual([0, 1]);
  }, 60_000);

  it('the weekly work-search reminder is claimed ahead too: the reminder computer cut off shows it, the laptop does not', async () => {
    const [desk, laptop] = await pair();
    const shown = new Map<Computer, string[]>([
      [desk, []],
      [laptop, []],
    ]);
    for (const c of [desk, laptop]) c.core.onEvent((event, payload) => event === 'worklog.reminder' && shown.get(c)!.push((payload as WorkSearchWeekNotice).week.from));
    // Monday 2 March, 09:00 Berlin; the reminder set for Tuesdays, so nothing is due yet.
    await ok(desk.core, 'settings.update', { patch: { timeZone: 'Europe/Berlin', quietHours: { enabled: false, start: '21:00', end: '08:00' }, workLogReminder: { enabled: true, weekday: 2 } } });
    await converged([desk, laptop]);
    // Tuesday 08:59 Berlin, both awake; then the desk's network goes, and 09:01 comes.
    await look([desk, laptop], '2026-03-03T07:59:00.000Z');
    await cutOff(desk);
    await look([desk, laptop], '2026-03-03T08:01:00.000Z');
    expect(shown.get(desk)!.filter((w) => w === '2026-02-23')).toHaveLength(1);
    expect(shown.get(laptop)!.filter((w) => w === '2026-02-23')).toHaveLength(0);
  }, 60_000);
});
