import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDLE_SNAPSHOT_MS } from '../../../../electron/core';
import { fakeClock, ok, openTestCore, tempDir } from '../../../support/core';
import { makeApplication, openStore, putApplication, simulateCrash } from '../../../support/store';

const snapshotSeq = (dir: string) => (JSON.parse(readFileSync(join(dir, 'hearback.json'), 'utf8')) as { lastSeq: number }).lastSeq;

/** A clock whose timers the test fires by hand. */
function manualTimers() {
  const clock = fakeClock();
  const timers = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  return {
    clock: { ...clock, setTimeout: (fn: () => void, ms: number) => (timers.set(next, { fn, ms }), next++), clearTimeout: (h: unknown) => void timers.delete(h as number) },
    fire(ms: number) {
      for (const [id, t] of [...timers]) {
        if (t.ms !== ms) continue;
        timers.delete(id);
        t.fn();
      }
    },
  };
}

describe('a snapshot when the app goes idle', () => {
  it('the store writes one when it is behind the journal, and nothing when it is not', () => {
    const dir = tempDir();
    const store = openStore(dir, { compactEvery: 1000 });
    for (const id of ['a1', 'a2', 'a3']) putApplication(store, makeApplication(id));
    store.snapshotIfBehind();
    expect(snapshotSeq(dir)).toBe(3);
    simulateCrash(dir);
    // The journal's tail is no longer the only copy: losing history/ now loses nothing.
    rmSync(join(dir, 'history'), { recursive: true });
    const reopened = openStore(dir);
    expect([...reopened.active.applications.keys()].sort()).toEqual(['a1', 'a2', 'a3']);
    reopened.close();
  });

  it(`the core asks for it ${IDLE_SNAPSHOT_MS / 1000} s after the last change`, async () => {
    const dataDir = tempDir();
    const timers = manualTimers();
    const core = await openTestCore({ dataDir, clock: timers.clock, compactEvery: 1000 });
    await ok(core, 'applications.create', { company: 'Northwind', role: 'Engineer', stageId: 'applied' });
    await core.settled();
    expect(() => snapshotSeq(dataDir)).toThrow(); // no snapshot yet: the change is only in the journal
    timers.fire(IDLE_SNAPSHOT_MS);
    await core.settled();
    expect(snapshotSeq(dataDir)).toBe(core.store.revision);
    await core.close();
  });
});
