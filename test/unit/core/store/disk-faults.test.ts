import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurable, removeStaleTempFiles } from '../../../../electron/core/store/durable-fs';
import { describeDamagedAction } from '../../../../electron/core/store/journal-shards';
import type { WriteProblem } from '../../../../electron/core/store/hearback-store';
import { nodeStoreFs, type StoreFs } from '../../../../electron/core/store/store-fs';
import { tempDir } from '../../../support/core';
import { FaultyFs } from '../../../support/faulty-fs';
import { makeApplication, openStore, putApplication, simulateCrash } from '../../../support/store';

/**
 * The rules, one test each (the disk's faults and the temp files they leave):
 *
 * | situation                                   | outcome                                                      |
 * |---------------------------------------------|--------------------------------------------------------------|
 * | append fails, cut-back works                | refused "disk is full — nothing was changed"; file unchanged |
 * | append fails, cut-back fails too            | read-only until a retry or the next action cleans it up      |
 * | a write succeeds after a problem            | the problem clears (onWriteProblem(null))                    |
 * | snapshot write hits a full disk             | old snapshot stays whole; no temp left; the change is kept   |
 * | opening on a full disk                      | opens with everything; changes refused until space is freed  |
 * | a short write                               | the writer loops; the file is whole                          |
 * | history/ missing, snapshot good             | everything kept, notice says so, new seqs past the snapshot  |
 * | snapshot's seq ahead of the journal         | everything kept, new seqs past the snapshot                  |
 * | folder or file not writable (EACCES/EPERM)  | opens read-only, message names the file and what to do       |
 * | folder not even readable                    | opens empty and read-only, with the same kind of message     |
 * | stale `*.tmp-*` from earlier runs           | removed at open; other files left alone                      |
 */

const appIds = (store: ReturnType<typeof openStore>) => [...store.active.applications.keys()].sort();

describe('a failed journal append leaves nothing behind', () => {
  it('refuses the action with the disk-full sentence and leaves the journal as it was', () => {
    const dir = tempDir();
    const fs = new FaultyFs();
    const store = openStore(dir, { fs });
    putApplication(store, makeApplication('kept'));
    const journal = join(dir, 'history', '000001.jsonl');
    const before = readFileSync(journal);
    const problems: (WriteProblem | null)[] = [];
    store.onWriteProblem = (p) => problems.push(p);
    fs.arm('enospc', 0);
    expect(() => putApplication(store, makeApplication('refused'))).toThrow('The disk is full — nothing was changed. Free some space; Hearback carries on by itself.');
    expect(readFileSync(journal)).toEqual(before);
    expect(store.writeProblem).toEqual({ message: expect.stringContaining('disk is full'), readOnly: false });
    fs.disarm(); // space freed
    putApplication(store, makeApplication('later'));
    expect(problems.map((p) => p?.readOnly ?? null)).toEqual([false, null]);
    simulateCrash(dir);
    expect(appIds(openStore(dir))).toEqual(['kept', 'later']);
  });

  it('turns read-only when the cut-back fails, and carries on once a retry succeeds', () => {
    const dir = tempDir();
    const fs = new FaultyFs();
    const store = openStore(dir, { fs });
    putApplication(store, makeApplication('kept'));
    fs.arm('stuck', 0); // writes fail and so does truncating
    expect(() => putApplication(store, makeApplication('refused'))).toThrow(/disk is full/);
    expect(store.writeProblem?.readOnly).toBe(true);
    // Still stuck: every action is refused as read-only, the torn bytes still in the file.
    expect(() => putApplication(store, makeApplication('also-refused'))).toThrow(expect.objectContaining({ code: 'read_only' }));
    fs.disarm();
    store.retryWrites();
    expect(store.writeProblem?.readOnly).toBe(false);
    putApplication(store, makeApplication('later'));
    expect(store.writeProblem).toBeNull();
    simulateCrash(dir);
    expect(appIds(openStore(dir))).toEqual(['kept', 'later']);
  });

  it('a snapshot write on a full disk keeps the old snapshot whole and the change acknowledged', () => {
    const dir = tempDir();
    const fs = new FaultyFs();
    const store = openStore(dir, { fs, compactEvery: 2 });
    putApplication(store, makeApplication('a1'));
    putApplication(store, makeApplication('a2')); // snapshot written
    const snapshot = readFileSync(join(dir, 'hearback.json'), 'utf8');
    putApplication(store, makeApplication('a3'));
    fs.arm('enospc', 3); // the journal line goes through; the snapshot rewrite after it fails
    putApplication(store, makeApplication('a4'));
    fs.disarm();
    expect(readFileSync(join(dir, 'hearback.json'), 'utf8')).toBe(snapshot);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    simulateCrash(dir);
    expect(appIds(openStore(dir))).toEqual(['a1', 'a2', 'a3', 'a4']);
  });
});

describe('opening on a full disk', () => {
  it('opens with everything, refuses changes while full, and carries on once space is freed', () => {
    const dir = tempDir();
    const fs = new FaultyFs();
    const first = openStore(dir, { fs, compactEvery: 1000 });
    putApplication(first, makeApplication('a1'));
    putApplication(first, makeApplication('a2'));
    simulateCrash(dir); // the snapshot is behind: opening wants to write one
    fs.arm('enospc', 0);
    const store = openStore(dir, { fs, compactEvery: 1000 });
    expect(appIds(store)).toEqual(['a1', 'a2']);
    expect(store.readOnlyReason).toBeNull();
    expect(() => putApplication(store, makeApplication('refused'))).toThrow(/disk is full/);
    fs.disarm();
    putApplication(store, makeApplication('a3'));
    store.close();
    expect(appIds(openStore(dir))).toEqual(['a1', 'a2', 'a3']);
  });

  it('a damaged snapshot restored from a backup on a full disk opens with everything', () => {
    const dir = tempDir();
    const fs = new FaultyFs();
    const first = openStore(dir, { compactEvery: 2 });
    for (const id of ['a1', 'a2', 'a3', 'a4', 'a5']) putApplication(first, makeApplication(id));
    simulateCrash(dir);
    writeFileSync(join(dir, 'hearback.json'), '{"schemaVersion":2,"lastSeq":4,"sav');
    fs.arm('enospc', 0);
    const store = openStore(dir, { fs });
    expect(appIds(store)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(store.notices.map((n) => n.code)).toEqual(['restored-backup']);
    fs.disarm();
    store.close();
    expect(appIds(openStore(dir))).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
  });
});

describe('the durable writer', () => {
  it('loops over short writes and creates the file 0600', () => {
    const dir = tempDir();
    const fs = new FaultyFs();
    fs.arm('short-write', 0);
    const text = JSON.stringify({ data: 'x'.repeat(10_000) });
    writeFileDurable(join(dir, 'doc.json'), text, fs);
    expect(fs.injected).toBe(1);
    expect(readFileSync(join(dir, 'doc.json'), 'utf8')).toBe(text);
    if (process.platform !== 'win32') expect(statSync(join(dir, 'doc.json')).mode & 0o777).toBe(0o600);
  });

  it('never renames a file into place that did not read back whole', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'doc.json'), '{"old":true}');
    // A disk that silently loses the last byte of every write.
    const lossy: StoreFs = { ...nodeStoreFs, writeSync: (fd, buffer, offset, length) => (nodeStoreFs.writeSync(fd, buffer, offset, Math.max(0, length - 1)), length) };
    expect(() => writeFileDurable(join(dir, 'doc.json'), '{"new":true}', lossy)).toThrow(/did not read back/);
    expect(readFileSync(join(dir, 'doc.json'), 'utf8')).toBe('{"old":true}');
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });
});

describe('sequence numbers continue past the journal and the snapshot', () => {
  it('a missing history folder keeps everything, says so, and later writes survive a crash', () => {
    const dir = tempDir();
    const store = openStore(dir);
    for (const id of ['a1', 'a2', 'a3']) putApplication(store, makeApplication(id));
    store.close();
    rmSync(join(dir, 'history'), { recursive: true });
    const reopened = openStore(dir);
    expect(appIds(reopened)).toEqual(['a1', 'a2', 'a3']);
    expect(reopened.notices.map((n) => n.code)).toEqual(['history-missing']);
    const [event] = putApplication(reopened, makeApplication('after'));
    expect(event!.seq).toBe(4);
    simulateCrash(dir);
    expect(appIds(openStore(dir))).toEqual(['a1', 'a2', 'a3', 'after']);
  });

  it('a snapshot ahead of the journal keeps everything and later writes survive a crash', () => {
    const dir = tempDir();
    const store = openStore(dir, { compactEvery: 1000 });
    for (const id of ['a1', 'a2', 'a3', 'a4']) putApplication(store, makeApplication(id));
    store.close(); // snapshot at seq 4
    const shard = join(dir, 'history', '000001.jsonl');
    const lines = readFileSync(shard, 'utf8').split('\n');
    writeFileSync(shard, `${lines.slice(0, 2).join('\n')}\n`); // journal ends at seq 2
    const reopened = openStore(dir);
    expect(appIds(reopened)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(reopened.notices.map((n) => n.code)).toEqual(['history-behind']);
    expect(putApplication(reopened, makeApplication('after'))[0]!.seq).toBe(5);
    simulateCrash(dir);
    expect(appIds(openStore(dir))).toEqual(['a1', 'a2', 'a3', 'a4', 'after']);
  });
});

/** A file layer that refuses (EACCES) every write-open whose path matches. */
function denying(match: (path: string) => boolean, reads = false): StoreFs {
  const deny = (path: string) => Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES', path });
  return {
    ...nodeStoreFs,
    openSync: (path, flags, mode) => {
      if (match(path) && (flags !== 'r' || reads)) throw deny(path);
      return nodeStoreFs.openSync(path, flags, mode);
    },
    readFileSync: (path) => {
      if (reads && match(path)) throw deny(path);
      return nodeStoreFs.readFileSync(path);
    },
  };
}

describe('a folder Hearback may not write opens read-only, saying which file and what to do', () => {
  const seeded = () => {
    const dir = tempDir();
    const store = openStore(dir);
    putApplication(store, makeApplication('a1'));
    store.close();
    return dir;
  };

  it.each([
    ['the data folder', (dir: string) => (p: string) => p.startsWith(dir), (dir: string) => dir],
    ['the journal', (_dir: string) => (p: string) => p.endsWith('.jsonl'), (dir: string) => join(dir, 'history', '000001.jsonl')],
  ])('%s', (_what, matcher, named) => {
    const dir = seeded();
    const store = openStore(dir, { fs: denying(matcher(dir)) });
    expect(appIds(store)).toEqual(['a1']);
    expect(store.readOnlyReason).toContain(`Hearback cannot write ${named(dir)} (`);
    expect(store.readOnlyReason).toMatch(/permission denied.*read-only.*Give your user account read and write access/);
    expect(store.notices.map((n) => n.code)).toContain('folder-unwritable');
    expect(() => putApplication(store, makeApplication('a2'))).toThrow(expect.objectContaining({ code: 'read_only' }));
    store.close();
    expect(existsSync(join(dir, 'hearback.lock'))).toBe(false);
  });

  it('a data file it cannot even read opens empty and read-only, naming it', () => {
    const dir = seeded();
    const store = openStore(dir, { fs: denying((p) => p.endsWith('hearback.json'), true) });
    expect(store.readOnlyReason).toContain(join(dir, 'hearback.json'));
    expect(appIds(store)).toEqual([]);
    store.close();
    expect(appIds(openStore(dir))).toEqual(['a1']); // nothing was touched
  });
});

describe('startup removes stale temp files', () => {
  it('removes its own temp names from earlier runs and nothing else', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'history'));
    const stale = ['hearback.json.tmp-1234-abc', 'history/index.json.tmp-99-x1', '.hearback.json.4242.lx2k3.tmp', 'hearback.json.tmp-1764000000000a1b2'];
    const foreign = ['notes.txt', 'hearback.json.tmp-keep me', 'history/000001.jsonl'];
    for (const name of [...stale, ...foreign]) writeFileSync(join(dir, name), 'x');
    expect(removeStaleTempFiles(dir).sort()).toEqual(stale.map((n) => join(dir, n)).sort());
    for (const name of foreign) expect(existsSync(join(dir, name))).toBe(true);
  });

  it('runs at open', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hearback.json.tmp-77-zz'), '');
    openStore(dir).close();
    expect(existsSync(join(dir, 'hearback.json.tmp-77-zz'))).toBe(false);
  });
});

describe('a lost action is named the way the user would recognise it', () => {
  it.each([
    [{ afterSeq: 4, seqs: [5], at: '2026-03-02T09:00:00.000Z', summary: 'Moved Acme to Offer' }, '“Moved Acme to Offer” (2 Mar 2026, 14:30)'],
    [{ afterSeq: 4, seqs: [5, 6], at: null, summary: null }, 'action #5'],
    [{ afterSeq: 4, seqs: [], at: '2026-03-02T09:00:00.000Z', summary: null }, 'an unreadable action after #4 (2 Mar 2026, 14:30)'],
    [{ afterSeq: null, seqs: [], at: null, summary: null }, 'an unreadable action'],
  ])('%j → %s', (action, expected) => {
    expect(describeDamagedAction(action, 'Asia/Kolkata')).toBe(expected);
  });
});
