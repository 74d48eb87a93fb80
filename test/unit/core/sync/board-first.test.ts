import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../../../shared/domain';
import { PouchDB } from '../../../../electron/core/sync/engine/pouch';
import { SYNC_DIR } from '../../../../electron/core/store/store-layout';
import { ok } from '../../../support/core';
import { converged, openComputer, syncHarness } from '../../../support/sync-cores';

/**
 * A new computer pulls the board before the history: every record document reaches its replica
 * before the first action document does, so its board is complete while the history still
 * arrives; then it replicates live as before.
 */
const harness = syncHarness('bf');

/** The order in which documents were written into a computer's replica (its local sequence). */
async function arrivalOrder(dataDir: string): Promise<{ id: string; seq: number }[]> {
  const db = new PouchDB(join(dataDir, SYNC_DIR, 'records'));
  try {
    const feed = db as unknown as { changes(options: { since: number }): Promise<{ results: { id: string; seq: number }[] }> };
    return (await feed.changes({ since: 0 })).results;
  } finally {
    await db.close();
  }
}

describe('bootstrap of a new computer', () => {
  it('brings every record before any history, then goes on live', async () => {
    const database = await harness.database();
    const desk = await openComputer(harness.server(), 'Desk', { database });
    harness.track(desk);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await ok<Application>(desk.core, 'applications.create', { company: `Co ${i}`, role: 'Engineer', stageId: 'applied' })).id);
    for (const id of ids) await ok(desk.core, 'applications.move', { id, toStageId: 'interviewing', toIndex: 0 });
    await converged([desk]);

    const laptop = await openComputer(harness.server(), 'Laptop', { database, reminderComputer: false });
    harness.track(laptop);
    await converged([desk, laptop]);
    expect((await laptop.core.sync.syncedHistory()).length).toBe((await desk.core.sync.syncedHistory()).length);
    // Live afterwards: a move made now still arrives.
    await ok(desk.core, 'applications.move', { id: ids[0]!, toStageId: 'offer', toIndex: 0 });
    await converged([desk, laptop]);
    expect(laptop.core.store.readApplication(ids[0]!)?.stageId).toBe('offer');
    await laptop.core.close();

    const order = await arrivalOrder(laptop.dataDir);
    const lastRecord = Math.max(...order.filter((c) => c.id.startsWith('application:')).map((c) => c.seq));
    const actions = order.filter((c) => c.id.startsWith('action:'));
    const firstAction = Math.min(...actions.map((c) => c.seq));
    expect(actions.length).toBeGreaterThanOrEqual(40);
    // The one move made after the bootstrap is the only application change after the history began.
    const recordsAfterHistory = order.filter((c) => c.id.startsWith('application:') && c.seq > firstAction).map((c) => c.id);
    expect(recordsAfterHistory).toEqual([`application:${ids[0]}`]);
    expect(lastRecord).toBeGreaterThan(firstAction);
  }, 60_000);
});
