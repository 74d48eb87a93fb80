import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HearbackStore } from '../../../../electron/core/store/hearback-store';
import { tempDir } from '../../../support/core';
import { makeApplication, openStore, putApplication, simulateCrash } from '../../../support/store';

/**
 * A closed data folder damaged after a kill -9, with 15 changes after the last snapshot: what is
 * recovered, and whether every notice is true. Changes: 10 applications created, then updated
 * ("v2"), so the last 15 both create and change applications.
 */

const SNAPSHOT_EVERY = 10;

function killedWithTail(total: number): { dir: string; latest: Map<string, string> } {
  const dir = tempDir();
  const store = openStore(dir, { compactEvery: SNAPSHOT_EVERY });
  const latest = new Map<string, string>();
  for (let n = 0; n < total; n++) {
    const id = `a${n % 20}`;
    const notes = `change ${n}`;
    putApplication(store, makeApplication(id, { notes }), latest.has(id) ? 'updated' : 'created');
    latest.set(id, notes);
  }
  simulateCrash(dir); // killed: no snapshot at quit
  return { dir, latest };
}

const notesOf = (store: HearbackStore) => new Map([...store.active.applications.values()].map((a) => [a.id, a.notes]));

function raiseLastSeq(dir: string, by: number): void {
  const path = join(dir, 'hearback.json');
  const text = readFileSync(path, 'utf8');
  const raised = text.replace(/"lastSeq":(\d+)/, (_m, seq: string) => `"lastSeq":${Number(seq) + by}`);
  expect(raised).not.toBe(text);
  writeFileSync(path, raised);
}

describe('a damaged data folder: nothing recoverable lost, every notice true', () => {
  it('history/ deleted: the notice says changes after the last save could not be recovered, never that all was kept', () => {
    const { dir } = killedWithTail(35); // snapshot at 30, 5 in the journal only
    rmSync(join(dir, 'history'), { recursive: true });
    const store = openStore(dir);
    const messages = store.notices.map((n) => n.message).join('\n');
    expect(store.notices.map((n) => n.code)).toEqual(['history-missing']);
    expect(messages).not.toMatch(/were kept|was kept/);
    expect(messages).toMatch(/any change made after .+ could not be recovered/);
    // What the snapshot holds is there: change 29 was the last one it contains.
    expect(store.readApplication('a9')?.notes).toBe('change 29');
    store.close();
  });

  it.each([
    ['a snapshot with a checksum', false],
    ['an older snapshot without one', true],
  ])('the snapshot’s lastSeq raised by 1000 (%s): every journalled change is replayed, and the notice says what happened', (_kind, unsigned) => {
    const { dir, latest } = killedWithTail(45); // snapshots at 10…40 (backups of the older ones), 5 after
    if (unsigned) {
      const path = join(dir, 'hearback.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace(/,"checksum":"[0-9a-f]+"}$/, '}'));
    }
    raiseLastSeq(dir, 1000);
    const store = openStore(dir);
    expect(notesOf(store)).toEqual(latest);
    expect(store.revision).toBe(45);
    const [notice] = store.notices;
    expect(store.notices).toHaveLength(1);
    expect(notice!.code).toBe(unsigned ? 'snapshot-not-trusted' : 'restored-backup');
    expect(notice!.message).toMatch(unsigned ? /claims change #1040, but the history ends at change #45/ : /changed after Hearback saved it/);
    expect(notice!.message).toMatch(/changes made since then were recovered from the history/);
    expect(notice!.message).not.toMatch(/All your data was kept/);
    // New changes follow the journal, not the claimed number.
    expect(putApplication(store, makeApplication('after'))[0]!.seq).toBe(46);
    store.close();
  });

  it('the raised snapshot with no backup yet: rebuilt from the whole history, nothing lost', () => {
    const { dir, latest } = killedWithTail(15); // one snapshot (at 10), no backup, 5 after
    raiseLastSeq(dir, 1000);
    const store = openStore(dir);
    expect(notesOf(store)).toEqual(latest);
    expect(store.notices.map((n) => n.code)).toEqual(['damaged-no-backup']);
    store.close();
  });

  it('a verified snapshot ahead of a journal that lost lines is kept, and the notice does not claim more than it knows', () => {
    const { dir, latest } = killedWithTail(40);
    const store = openStore(dir);
    store.close(); // snapshot at 40
    const shard = join(dir, 'history', '000001.jsonl');
    const lines = readFileSync(shard, 'utf8').split('\n');
    writeFileSync(shard, `${lines.slice(0, 35).join('\n')}\n`); // the journal ends at 35
    const reopened = openStore(dir);
    expect(notesOf(reopened)).toEqual(latest);
    expect(reopened.notices.map((n) => n.code)).toEqual(['history-behind']);
    expect(reopened.notices[0]!.message).toMatch(/misses changes #36 to #40, and any change made after .+ could not be recovered/);
    reopened.close();
  });
});
