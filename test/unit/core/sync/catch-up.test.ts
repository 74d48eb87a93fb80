import { beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../../../shared/domain';
import { HistoryEventSchema } from '../../../../shared/domain';
import type { CouchTestServer } from '../../../support/couch-server';
import { ok } from '../../../support/core';
import { join } from 'node:path';
import { HearbackStore } from '../../../../electron/core/store/hearback-store';
import { SYNC_DIR } from '../../../../electron/core/store/store-layout';
import { PouchDB } from '../../../../electron/core/sync/engine/pouch';
import { converged, eventually, openComputer, syncHarness } from '../../../support/sync-cores';

/**
 * The catch-up at open: actions the journal holds but the replica missed are sent, and only this
 * computer's own — told apart by the events' `fromDevice` (set on every action applied from
 * another computer), never by the wording of a summary.
 */
const harness = syncHarness('cu');
let server: CouchTestServer;
beforeAll(() => {
  server = harness.server();
});

interface ServerActionDoc {
  dev: string;
  summary: string;
}

async function actionDocsOnServer(database: string): Promise<ServerActionDoc[]> {
  const all = (await server.request('GET', `${database}/_all_docs?include_docs=true&startkey=%22action:%22&endkey=%22action:%EF%BF%B0%22`)).json as { rows: { doc: ServerActionDoc }[] };
  return all.rows.map((r) => r.doc);
}

describe('catch-up at open', () => {
  it('sends a missed action of this computer even when its summary starts with "From "', async () => {
    const [desk, laptop] = await harness.computers('Desk', 'Laptop');
    const before = await ok<Application>(desk!.core, 'applications.create', { company: 'Before', role: 'Engineer', stageId: 'applied' });
    await converged([desk!, laptop!]);
    await desk!.core.close();
    // The journal takes a change of the user's own whose wording happens to start with "From ".
    const store = HearbackStore.open({ dataDir: desk!.dataDir, now: () => new Date('2026-03-02T10:00:00.000Z'), newId: () => 'own-late-action' });
    const app = store.readApplication(before.id)!;
    store.commit({
      summary: 'From the recruiter',
      undoable: true,
      changes: [{ entity: 'application', kind: 'updated', id: app.id, applicationId: app.id, after: { ...app, notes: 'From the recruiter: call Friday' }, summary: 'From the recruiter: call Friday' }],
    });
    store.close();
    const reopened = await openComputer(server, 'Desk', { dataDir: desk!.dataDir, database: desk!.connection.database });
    harness.track(reopened);
    await eventually(() => laptop!.core.store.readApplication(app.id)?.notes === 'From the recruiter: call Friday', 'the missed action to reach the laptop');
  });

  it('does not send again an action applied from another computer, whatever its wording', async () => {
    const [desk, laptop] = await harness.computers('Desk', 'Laptop');
    const acme = await ok<Application>(laptop!.core, 'applications.create', { company: 'Acme', role: 'Engineer', stageId: 'applied' });
    await converged([desk!, laptop!]);
    await ok(laptop!.core, 'applications.update', { id: acme.id, patch: { notes: 'laptop notes' } });
    await converged([desk!, laptop!]);
    const applied = desk!.core.store.iterateHistory();
    const remote = [...applied].filter((e) => e.entityId === acme.id);
    expect(remote.length).toBeGreaterThan(0);
    expect(remote.every((e) => e.fromDevice === 'device-laptop')).toBe(true);
    await desk!.core.close();
    const reopened = await openComputer(server, 'Desk', { dataDir: desk!.dataDir, database: desk!.connection.database });
    harness.track(reopened);
    await converged([reopened, laptop!]);
    const sentByDesk = (await actionDocsOnServer(desk!.connection.database)).filter((d) => d.dev === 'device-desk');
    expect(sentByDesk).toEqual([]);
  });

  it('a journal written before the field: a change from another computer missed by the replica is still not sent (the old rule, once)', async () => {
    const [desk, laptop] = await harness.computers('Desk', 'Laptop');
    const acme = await ok<Application>(desk!.core, 'applications.create', { company: 'Acme', role: 'Engineer', stageId: 'applied' });
    await converged([desk!, laptop!]);
    await desk!.core.close();
    // As an older version left things: a change applied from the laptop without `fromDevice`, and
    // the replica's checkpoint without its format.
    const store = HearbackStore.open({ dataDir: desk!.dataDir, now: () => new Date('2026-03-02T10:00:00.000Z'), newId: () => 'legacy-remote-action' });
    const app = store.readApplication(acme.id)!;
    store.commit({
      summary: 'From Laptop: notes',
      undoable: false,
      keepPositions: true,
      changes: [{ entity: 'application', kind: 'updated', id: app.id, applicationId: app.id, after: { ...app, notes: 'legacy laptop notes' }, summary: 'From Laptop: Updated Acme' }],
    });
    store.close();
    const replica = new PouchDB(join(desk!.dataDir, SYNC_DIR, 'records'));
    const checkpoint = await replica.get('_local/hearback-outbound');
    await replica.put({ _id: checkpoint._id, _rev: checkpoint._rev, seq: checkpoint['seq'] });
    await replica.close();
    const reopened = await openComputer(server, 'Desk', { dataDir: desk!.dataDir, database: desk!.connection.database });
    harness.track(reopened);
    await reopened.core.sync.idle();
    await eventually(() => reopened.core.sync.status().state === 'synced', 'the reopened desk to sync');
    expect((await actionDocsOnServer(desk!.connection.database)).filter((d) => d.summary.includes('legacy') || d.summary.startsWith('From '))).toEqual([]);
    expect(laptop!.core.store.readApplication(acme.id)?.notes).not.toBe('legacy laptop notes');
  });

  it('the history event schema accepts events with and without the computer they came from', () => {
    const event = { seq: 1, at: '2026-03-02T10:00:00.000Z', actionId: 'a1', kind: 'updated', entity: 'application', entityId: 'x1', applicationId: 'x1', summary: 'From Laptop: Moved', reverts: null, before: null, after: null };
    expect(HistoryEventSchema.safeParse(event).success).toBe(true);
    expect(HistoryEventSchema.safeParse({ ...event, fromDevice: 'device-laptop' }).success).toBe(true);
    expect(HistoryEventSchema.safeParse({ ...event, fromDevice: '' }).success).toBe(false);
  });
});
