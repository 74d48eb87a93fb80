import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../../shared/contract';
import { WRITE_RETRY_MS } from '../../../../electron/core';
import { fakeClock, ok, openTestCore, tempDir } from '../../../support/core';
import { FaultyFs } from '../../../support/faulty-fs';

/**
 * What the user sees when writes fail: one notice (id `store-writes`) that changes in place —
 * refused, stuck (read-only, retried every WRITE_RETRY_MS), and "saving works again" once a
 * write succeeds — pushed as a `notice` event and listed by `app.info` until dismissed.
 */
describe('write problems reach the app as one notice', () => {
  it('disk full and stuck → read-only, retried on a timer, then "saving works again"', async () => {
    const retries: (() => void)[] = [];
    const clock = { ...fakeClock(), setTimeout: (fn: () => void, ms: number) => (ms === WRITE_RETRY_MS ? retries.push(fn) : 0) };
    const fs = new FaultyFs();
    const dataDir = tempDir();
    const core = await openTestCore({ dataDir, clock, storeFs: fs });
    const seen: Notice[] = [];
    core.onEvent((event, payload) => {
      if (event === 'notice') seen.push(payload as Notice);
    });
    const create = (company: string) => core.dispatch('applications.create', { company, role: 'Engineer', stageId: 'applied' });
    await ok(core, 'applications.create', { company: 'Kept', role: 'Engineer', stageId: 'applied' });

    fs.arm('stuck', 0); // the disk is full and the journal cannot even be cut back
    const refused = await create('Refused');
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only', message: expect.stringContaining('The disk is full — nothing was changed') } });
    expect(seen.at(-1)).toMatchObject({ id: 'store-writes', level: 'error', code: 'writes-stuck', message: expect.stringContaining('read-only') });
    const info = await ok<{ notices: Notice[] }>(core, 'app.info', {});
    expect(info.notices.filter((n) => n.id === 'store-writes')).toHaveLength(1);

    expect(await create('Also refused')).toMatchObject({ ok: false, error: { code: 'read_only', message: expect.stringContaining('disk is full') } });
    expect(retries).toHaveLength(1);
    retries.shift()!(); // still stuck: tried, and scheduled again
    expect(retries).toHaveLength(1);

    fs.disarm(); // space freed
    retries.shift()!();
    expect(seen.at(-1)).toMatchObject({ id: 'store-writes', code: 'write-refused' });
    await ok(core, 'applications.create', { company: 'Later', role: 'Engineer', stageId: 'applied' });
    expect(seen.at(-1)).toMatchObject({ id: 'store-writes', level: 'info', code: 'writes-resumed', message: 'Saving works again. Nothing acknowledged was lost.' });
    // Listed until dismissed, so a window that missed the event (or opens later) learns it is over.
    expect((await ok<{ notices: Notice[] }>(core, 'app.info', {})).notices.filter((n) => n.id === 'store-writes').map((n) => n.code)).toEqual(['writes-resumed']);
    await ok(core, 'app.dismissNotice', { id: 'store-writes' });
    expect((await ok<{ notices: Notice[] }>(core, 'app.info', {})).notices.some((n) => n.id === 'store-writes')).toBe(false);
    await core.close();

    const reopened = await openTestCore({ dataDir });
    const workspace = await ok<{ applications: { company: string }[] }>(reopened, 'workspace.get', {});
    expect(workspace.applications.map((a) => a.company).sort()).toEqual(['Kept', 'Later']);
    await reopened.close();
  });
});
