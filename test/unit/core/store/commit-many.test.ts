import { describe, expect, it } from 'vitest';
import type { ActionInput } from '../../../../electron/core/store/hearback-store';
import { nodeStoreFs, type StoreFs } from '../../../../electron/core/store/store-fs';
import { tempDir } from '../../../support/core';
import { makeApplication, openStore, simulateCrash } from '../../../support/store';

/** Rules: several actions, one durable write; each its own History action; one refused leaves the others. */
const created = (id: string, notes = ''): ActionInput => {
  const app = makeApplication(id, { notes });
  return { summary: `From Laptop: Added ${id}`, undoable: false, keepPositions: true, changes: [{ entity: 'application', kind: 'created', id, applicationId: id, after: app, summary: `Added ${id}` }] };
};

function countingFs(): { fs: StoreFs; fsyncs: () => number } {
  let count = 0;
  return {
    fs: {
      ...nodeStoreFs,
      fsyncSync: (fd: number) => {
        count += 1;
        nodeStoreFs.fsyncSync(fd);
      },
    },
    fsyncs: () => count,
  };
}

describe('store: several actions committed together', () => {
  it('writes them with one fsync, each its own action, all back after a crash', () => {
    const dir = tempDir();
    const counting = countingFs();
    const store = openStore(dir, { compactEvery: 1000, fs: counting.fs });
    const before = counting.fsyncs();
    const done = store.commitMany([created('a1'), created('a2'), created('a3')], () => expect.fail('nothing is refused'));
    expect(counting.fsyncs() - before).toBe(1);
    expect(new Set(done.map((events) => events[0]!.actionId)).size).toBe(3);
    expect(store.canUndo).toBe(false);
    simulateCrash(dir);
    const reopened = openStore(dir);
    expect([...reopened.active.applications.keys()].sort()).toEqual(['a1', 'a2', 'a3']);
    expect([...reopened.iterateHistory()].map((e) => e.summary)).toEqual(['Added a1', 'Added a2', 'Added a3']);
    reopened.close();
  });

  it('commits the valid actions when one is refused, and tells which', () => {
    const store = openStore(tempDir());
    const bad: ActionInput = { ...created('bad'), changes: [{ ...created('bad').changes[0]!, after: { id: 'bad' } }] };
    const refused: string[] = [];
    store.commitMany([created('a1'), bad, created('a2')], (action) => refused.push(action.summary));
    expect(refused).toEqual(['From Laptop: Added bad']);
    expect([...store.active.applications.keys()].sort()).toEqual(['a1', 'a2']);
    store.close();
  });

  it('gives a record changed twice in one batch the earlier value of the batch as its before', () => {
    const store = openStore(tempDir());
    const second: ActionInput = { ...created('a1', 'second'), changes: [{ ...created('a1', 'second').changes[0]!, kind: 'updated' }] };
    const [, events] = store.commitMany([created('a1', 'first'), second], () => undefined);
    expect((events![0]!.before as { notes: string }).notes).toBe('first');
    expect(store.readApplication('a1')?.notes).toBe('second');
    store.close();
  });

  it('splits a batch at the history shard boundary, keeping every action', () => {
    const dir = tempDir();
    const store = openStore(dir, { shardEvents: 4 });
    store.commitMany(
      Array.from({ length: 10 }, (_, i) => created(`a${i}`)),
      () => undefined,
    );
    store.close();
    const reopened = openStore(dir, { shardEvents: 4 });
    expect(reopened.active.applications.size).toBe(10);
    expect([...reopened.iterateHistory()]).toHaveLength(10);
    reopened.close();
  });
});
