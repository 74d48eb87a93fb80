import { describe, expect, it } from 'vitest';
import { NOT_RECORDED } from '../../../../electron/core/scheduler/reminder-text';
import { nodeStoreFs, type StoreFs } from '../../../../electron/core/store/store-fs';
import type { Application, FollowUp } from '../../../../shared/domain';
import { fakeClock, ok, openTestCore, tempDir } from '../../../support/core';

/**
 * The data folder turns read-only under a running app (a disk remounted read-only: every write
 * fails EROFS), then writable again. A due reminder must be shown — saying it could not be
 * recorded — once, and recorded as soon as writing works.
 */
function switchableFolder() {
  const state = { readOnly: false };
  const refuse = (path: string) => Object.assign(new Error(`EROFS: read-only file system, '${path}'`), { code: 'EROFS', path });
  const guard =
    <A extends unknown[], R>(call: (...args: A) => R, path: (...args: A) => string) =>
    (...args: A): R => {
      if (state.readOnly) throw refuse(path(...args));
      return call(...args);
    };
  const fs: StoreFs = {
    ...nodeStoreFs,
    openSync: (path, flags, mode) => {
      if (state.readOnly && flags !== 'r') throw refuse(path);
      return nodeStoreFs.openSync(path, flags, mode);
    },
    writeSync: guard(nodeStoreFs.writeSync, () => 'write'),
    ftruncateSync: guard(nodeStoreFs.ftruncateSync, () => 'truncate'),
    mkdirSync: guard(nodeStoreFs.mkdirSync, (p) => p),
    renameSync: guard(nodeStoreFs.renameSync, (from) => from),
    unlinkSync: guard(nodeStoreFs.unlinkSync, (p) => p),
  };
  return { fs, state };
}

describe('reminders while the data folder is read-only', () => {
  it('a due reminder is shown, says it was not recorded, and is recorded once writing works — shown once', async () => {
    const dataDir = tempDir();
    const folder = switchableFolder();
    const clock = fakeClock('2026-03-02T09:00:00.000Z');
    const core = await openTestCore({ dataDir, clock, storeFs: folder.fs });
    const app = await ok<Application>(core, 'applications.create', { company: 'Northwind', role: 'Engineer', stageId: 'applied' });
    const reminder = await ok<FollowUp>(core, 'followUps.create', { applicationId: app.id, dueAt: '2026-03-02T10:00:00.000Z', timeZone: 'Europe/Berlin', title: 'Call Northwind back' });
    const shownFor = () => core.shown.flat().filter((r) => r.followUpId === reminder.id);

    folder.state.readOnly = true;
    clock.set('2026-03-02T10:05:00.000Z');
    core.hint('resume');
    await core.settled();
    expect(shownFor()).toHaveLength(1);
    expect(shownFor()[0]!.body).toContain(NOT_RECORDED);
    expect(core.store.readFollowUp(reminder.id)!.deliveries).toEqual([]);

    core.hint('resume');
    await core.settled();
    expect(shownFor()).toHaveLength(1);

    folder.state.readOnly = false;
    clock.set('2026-03-02T10:06:00.000Z');
    core.hint('resume');
    await core.settled();
    expect(core.store.readFollowUp(reminder.id)!.deliveries).toEqual([expect.objectContaining({ occurrence: '2026-03-02T10:00:00.000Z' })]);
    expect(shownFor()).toHaveLength(1);
    await core.close();

    const again = await openTestCore({ dataDir, clock });
    await again.settled();
    expect(again.store.readFollowUp(reminder.id)!.deliveries).toHaveLength(1);
    expect(again.shown.flat()).toEqual([]);
    await again.close();
  });
});
