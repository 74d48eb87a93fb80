import { beforeAll, describe, expect, it } from 'vitest';
import type { Application, HistoryEvent } from '../../../../shared/domain';
import type { CouchTestServer } from '../../../support/couch-server';
import { ok } from '../../../support/core';
import { HearbackStore } from '../../../../electron/core/store/hearback-store';
import { boardOf, converged, disconnect, eventually, openComputer, reconnect, syncHarness, type Computer } from '../../../support/sync-cores';

/** Two and three real cores replicating through a real CouchDB-protocol server on loopback. */
const harness = syncHarness('e');
const computers = harness.computers;
const open = { push: (c: Computer) => harness.track(c) };
let server: CouchTestServer;
beforeAll(() => {
  server = harness.server();
});

const create = (c: Computer, company: string, stageId = 'applied') => ok<Application>(c.core, 'applications.create', { company, role: 'Engineer', stageId });
const history = async (c: Computer) => (await ok<{ events: HistoryEvent[] }>(c.core, 'history.list', { limit: 200 })).events;
const appOn = (c: Computer, id: string) => c.core.store.readApplication(id);

describe('sync engine against a real server', () => {
  it('a move on one computer shows on the other, told as coming from it', async () => {
    const [desk, laptop] = await computers('Desk', 'Laptop');
    const globex = await create(desk!, 'Globex');
    await eventually(() => appOn(laptop!, globex.id) !== undefined, 'the card to reach the laptop');
    await ok(desk!.core, 'applications.move', { id: globex.id, toStageId: 'interviewing', toIndex: 0 });
    await eventually(() => appOn(laptop!, globex.id)?.stageId === 'interviewing', 'the move to reach the laptop');
    const events = await history(laptop!);
    expect(events.some((e) => e.summary.startsWith('From Desk:') && e.kind === 'moved' && e.entityId === globex.id)).toBe(true);
    await converged([desk!, laptop!]);
  });

  it('offline edits on both sides merge field by field when they reconnect', async () => {
    const [desk, laptop] = await computers('Desk', 'Laptop');
    const acme = await create(desk!, 'Acme');
    await converged([desk!, laptop!]);
    await disconnect(desk!, laptop!);
    desk!.clock.advance(1_000);
    await ok(desk!.core, 'applications.update', { id: acme.id, patch: { notes: 'Recruiter: Dana' } });
    laptop!.clock.advance(2_000);
    await ok(laptop!.core, 'applications.move', { id: acme.id, toStageId: 'offer', toIndex: 0 });
    const initech = await create(laptop!, 'Initech');
    await reconnect(desk!, laptop!);
    await converged([desk!, laptop!]);
    const merged = appOn(desk!, acme.id)!;
    expect(merged.notes).toBe('Recruiter: Dana');
    expect(merged.stageId).toBe('offer');
    expect(appOn(desk!, initech.id)?.company).toBe('Initech');
  });

  it('the same field edited on both sides: the later edit wins everywhere, and History shows both values', async () => {
    const [desk, laptop] = await computers('Desk', 'Laptop');
    const acme = await create(desk!, 'Acme');
    await converged([desk!, laptop!]);
    await disconnect(desk!, laptop!);
    desk!.clock.advance(1_000);
    await ok(desk!.core, 'applications.update', { id: acme.id, patch: { notes: 'older' } });
    laptop!.clock.advance(5_000);
    await ok(laptop!.core, 'applications.update', { id: acme.id, patch: { notes: 'newer' } });
    await reconnect(desk!, laptop!);
    await converged([desk!, laptop!]);
    expect(appOn(desk!, acme.id)!.notes).toBe('newer');
    expect(appOn(laptop!, acme.id)!.notes).toBe('newer');
    const all = [...(await history(desk!)), ...(await history(laptop!))];
    expect(all.some((e) => e.summary.includes('conflict resolved') && e.summary.includes('"newer"') && e.summary.includes('"older"'))).toBe(true);
  });

  it('a delete later than every edit wins; an edit the deleter had not seen brings the card back archived', async () => {
    const [desk, laptop] = await computers('Desk', 'Laptop');
    const gone = await create(desk!, 'Gone Inc');
    const back = await create(desk!, 'Back Ltd');
    await converged([desk!, laptop!]);
    await disconnect(desk!, laptop!);
    // Gone Inc: edited first, deleted later → deleted. Back Ltd: deleted first, edited later → back, archived.
    laptop!.clock.advance(1_000);
    await ok(laptop!.core, 'applications.update', { id: gone.id, patch: { notes: 'edited before the delete' } });
    desk!.clock.advance(2_000);
    await ok(desk!.core, 'applications.delete', { id: gone.id });
    await ok(desk!.core, 'applications.delete', { id: back.id });
    laptop!.clock.advance(5_000);
    await ok(laptop!.core, 'applications.update', { id: back.id, patch: { notes: 'edited after the delete' } });
    await reconnect(desk!, laptop!);
    await converged([desk!, laptop!]);
    for (const c of [desk!, laptop!]) {
      expect(appOn(c, gone.id)).toBeUndefined();
      expect(appOn(c, back.id)).toMatchObject({ archived: true, notes: 'edited after the delete' });
    }
    expect((await history(desk!)).some((e) => e.entityId === back.id && e.summary.includes('Brought back archived'))).toBe(true);
  });

  it('undo after a merge reverts only the fields the undone action still holds, and says which it kept', async () => {
    const [desk, laptop] = await computers('Desk', 'Laptop');
    const acme = await create(desk!, 'Acme');
    await converged([desk!, laptop!]);
    const edit = await desk!.core.dispatch('applications.update', { id: acme.id, patch: { notes: 'desk notes', location: 'Berlin' } });
    expect(edit.ok).toBe(true);
    await converged([desk!, laptop!]);
    laptop!.clock.advance(1_000);
    await ok(laptop!.core, 'applications.update', { id: acme.id, patch: { location: 'Remote' } });
    await converged([desk!, laptop!]);
    const undone = await desk!.core.dispatch('history.undo', { actionId: (edit as { undo?: { actionId: string } }).undo!.actionId });
    expect(undone).toMatchObject({ ok: true });
    await converged([desk!, laptop!]);
    for (const c of [desk!, laptop!]) expect(appOn(c, acme.id)).toMatchObject({ notes: '', location: 'Remote' });
    expect(JSON.stringify((await history(desk!)).map((e) => e.summary))).toMatch(/Undo: [^"]*kept location/);
  });

  it('a wrong password is refused (auth) and nothing is lost: local work goes on and syncs once the password is right', async () => {
    const [desk] = await computers('Desk');
    const database = desk!.connection.database;
    await desk!.core.sync.stop();
    await desk!.core.sync.start({ ...desk!.connection, password: 'wrong' });
    expect(desk!.core.sync.status()).toMatchObject({ state: 'refused', reason: 'auth' });
    const kept = await create(desk!, 'Kept Co');
    await desk!.core.sync.start(desk!.connection);
    await eventually(async () => (await server.request('GET', `${database}/application:${kept.id}`)).status === 200, 'the record to reach the server');
  });

  it('a server that goes away: offline since the last contact, local work continues, and it catches up after a restart', async () => {
    const [desk, laptop] = await computers('Desk', 'Laptop');
    await create(desk!, 'Before');
    await converged([desk!, laptop!]);
    await server.stop();
    const during = await create(desk!, 'During');
    await eventually(() => desk!.core.sync.status().state === 'offline', 'the desk to notice');
    expect(desk!.core.sync.status().offlineSinceMs).not.toBeNull();
    expect(appOn(desk!, during.id)).toBeDefined();
    await server.start();
    await eventually(() => appOn(laptop!, during.id) !== undefined, 'the change made while offline to arrive', 20_000);
    await converged([desk!, laptop!]);
  }, 40_000);

  it('each reminder once: of two computers claiming one occurrence, exactly one is accepted (100 of 100)', async () => {
    const [desk, laptop] = await computers('Desk', 'Laptop');
    let exactlyOne = 0;
    for (let run = 0; run < 100; run++) {
      const claims = await Promise.all([desk!.core.sync.claimDelivery(`fu-${run}`, '2026-03-02T10:00:00.000Z'), laptop!.core.sync.claimDelivery(`fu-${run}`, '2026-03-02T10:00:00.000Z')]);
      if (claims.filter((c) => c === 'accepted').length === 1 && claims.filter((c) => c === 'refused').length === 1) exactlyOne++;
    }
    expect(exactlyOne).toBe(100);
  }, 60_000);

  it('refusals in plain reasons: a server on loopback without "my own network", a database that is gone', async () => {
    const [desk] = await computers('Desk');
    await desk!.core.sync.start({ ...desk!.connection, reach: 'public' });
    expect(desk!.core.sync.status()).toMatchObject({ state: 'refused', reason: 'address_refused' });
    await desk!.core.sync.start({ ...desk!.connection, database: 'no-such-database' });
    expect(desk!.core.sync.status()).toMatchObject({ state: 'refused' });
    expect(['not_found', 'auth']).toContain(desk!.core.sync.status().reason);
  });

  it('with end-to-end encryption the server holds no record contents, and the other computer reads them', async () => {
    // A stand-in cipher (the real one, AES-GCM from the passphrase, is the setup side's): reversible, visibly not plain.
    const cipher = {
      encrypt: async (plain: string) => `sealed:${Buffer.from(plain).toString('base64')}`,
      decrypt: async (sealed: string) => Buffer.from(sealed.replace(/^sealed:/, ''), 'base64').toString(),
      isSealed: (text: string) => text.startsWith('sealed:'),
    };
    const [desk, laptop] = await computers('Desk', 'Laptop');
    for (const c of [desk!, laptop!]) {
      c.connection = { ...c.connection, recordCipher: cipher };
      await c.core.sync.start(c.connection);
    }
    const secret = await create(desk!, 'Very Secret Corp');
    await eventually(() => appOn(laptop!, secret.id)?.company === 'Very Secret Corp', 'the laptop to read the sealed record');
    const onServer = await server.request('GET', `${desk!.connection.database}/application:${secret.id}`);
    expect(JSON.stringify(onServer.json)).not.toContain('Very Secret Corp');
    expect(JSON.stringify(onServer.json)).toContain('sealed:');
  });

  it('an action committed while the replica missed it (the app stopped in between) is sent at the next open', async () => {
    const [desk, laptop] = await computers('Desk', 'Laptop');
    await create(desk!, 'Before');
    await converged([desk!, laptop!]);
    await desk!.core.close();
    // The journal takes a change the replica never saw, as when the app stopped between the two.
    const store = HearbackStore.open({ dataDir: desk!.dataDir, now: () => new Date('2026-03-02T10:00:00.000Z'), newId: () => 'late-action' });
    const app = [...store.active.applications.values()][0]!;
    store.commit({ summary: 'Moved', undoable: true, changes: [{ entity: 'application', kind: 'moved', id: app.id, applicationId: app.id, after: { ...app, stageId: 'offer' }, summary: 'Moved Before to Offer' }] });
    store.close();
    const reopened = await openComputer(server, 'Desk', { dataDir: desk!.dataDir, database: desk!.connection.database });
    open.push(reopened);
    await eventually(() => appOn(laptop!, app.id)?.stageId === 'offer', 'the missed action to reach the laptop');
  });

  it('nothing but records, actions, deliveries, the reminder-computer role and its presence reach the server (no secrets, cursors or local state)', async () => {
    const [desk] = await computers('Desk');
    await create(desk!, 'Acme');
    await converged([desk!]);
    const all = (await server.request('GET', `${desk!.connection.database}/_all_docs`)).json as { rows: { id: string }[] };
    const kinds = new Set(all.rows.map((r) => r.id.split(':')[0]));
    expect([...kinds].every((k) => ['application', 'stage', 'settings', 'action', 'interview', 'followUp', 'delivery', 'reminder-computer', 'presence'].includes(k!))).toBe(true);
    expect(boardOf(desk!.core)).toContain('Acme');
  });

  it('the first replica carries every kind of record the store holds, the work-search log included', async () => {
    const database = await harness.database();
    const desk = await openComputer(server, 'Desk', { database, start: false });
    open.push(desk);
    const acme = await create(desk, 'Acme');
    const entry = await ok<{ id: string }>(desk.core, 'worklog.add', { type: 'job-fair', date: '2026-03-02', employer: 'Spring fair', method: 'in-person', note: '', applicationId: null });
    await desk.core.sync.start(desk.connection);
    const laptop = await openComputer(server, 'Laptop', { database });
    open.push(laptop);
    await converged([desk, laptop]);
    expect(appOn(laptop, acme.id)?.company).toBe('Acme');
    expect(laptop.core.store.workSearchActivities().map((a) => [a.id, a.employer])).toEqual([[entry.id, 'Spring fair']]);
  });
});
