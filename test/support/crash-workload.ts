import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_SETTINGS, DEFAULT_STAGES, type Application, type HistoryEvent } from '../../shared/domain';
import type { HearbackStore } from '../../electron/core/store/hearback-store';
import { writeAll } from '../../electron/core/store/durable-fs';
import { replaceAllData } from '../../electron/core/store/replace-data';
import type { DataFolderLock } from '../../electron/core/store/data-folder-lock';
import { RecordingFs } from './crash-recorder';
import { makeApplication, openStore, putApplication } from './store';

/**
 * A seeded workload for the power-loss crash states: it reaches every kind of write the store
 * makes — first open (the data folder created), journal appends, snapshots with rolling backups
 * and their pruning, archive shards, history-shard sealing (`SHARD_EVENTS` lowered), quit, a
 * backup import, a damaged snapshot restored from a backup — and acknowledges each change with a
 * digest of the whole job search as the store then holds it.
 */

export const CRASH_WORKLOAD = { compactEvery: 10, shardEvents: 25 } as const;

/** The job search as a digest: every application (archived ones too), interview and follow-up. */
export function jobSearchDigest(store: HearbackStore): string {
  const records: unknown[] = [];
  for (const set of store.allRecordSets()) {
    for (const map of [set.applications, set.interviews, set.followUps] as const) {
      for (const [id, value] of map) records.push([id, value]);
    }
  }
  records.sort((a, b) => String((a as [string])[0]).localeCompare(String((b as [string])[0])));
  return createHash('sha1').update(JSON.stringify(records)).digest('hex');
}

export const sha1 = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex');

/** Every file under `dir`, as path relative to `base` → sha1. */
export function filesUnder(dir: string, base: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(files, filesUnder(path, base));
    else files[relative(base, path)] = sha1(readFileSync(path));
  }
  return files;
}

export function openCrashStore(dataDir: string, fs: RecordingFs | undefined, lock?: DataFolderLock): HearbackStore {
  return openStore(dataDir, { ...CRASH_WORKLOAD, ...(fs ? { fs } : {}), ...(lock ? { lock } : {}) });
}

function importedData(count: number): Parameters<typeof replaceAllData>[1] {
  const applications: Application[] = [];
  const history: HistoryEvent[] = [];
  for (let i = 0; i < count; i++) {
    const app = makeApplication(`imported${i}`, { position: i + 1, archived: i % 4 === 3, notes: `imported ${i}` });
    applications.push(app);
    history.push({
      seq: i + 1,
      at: '2026-02-01T09:00:00.000Z',
      actionId: `import-action-${i}`,
      kind: 'created',
      entity: 'application',
      entityId: app.id,
      applicationId: app.id,
      summary: `created ${app.company}`,
      reverts: null,
      before: null,
      after: app,
    });
  }
  return { stages: DEFAULT_STAGES, settings: DEFAULT_SETTINGS, applications, interviews: [], followUps: [], history };
}

/** Runs the workload under `root/data`; `scale` lengthens it (more snapshots, shards, prunes). */
export function runCrashWorkload(root: string, scale = 1): RecordingFs {
  const dataDir = join(root, 'data');
  const fs = new RecordingFs(root);
  let store = openCrashStore(dataDir, fs);
  fs.ack('opened', jobSearchDigest(store));
  let n = 0;
  const change = (count: number) => {
    for (let i = 0; i < count; i++, n++) {
      const id = `app${n % 23}`;
      const archived = n % 7 === 6;
      putApplication(store, makeApplication(id, { position: (n % 23) + 1, notes: `change ${n}`, archived }), n < 23 ? 'created' : archived ? 'archived' : 'updated');
      fs.ack(`change ${n}`, jobSearchDigest(store));
    }
  };
  change(250 * scale);
  store.close();
  store = openCrashStore(dataDir, fs);
  change(10);
  // A backup import: the store closes, keeping its lock, the files are swapped, it reopens.
  const lock = store.closeKeepingLock() ?? undefined;
  const previous = replaceAllData(dataDir, importedData(12), '2026-03-05T09:00:00.000Z', fs);
  store = openCrashStore(dataDir, fs, lock);
  // "The previous data is kept, never deleted": every file of it is promised from here on.
  fs.ack('imported', jobSearchDigest(store), filesUnder(previous, dataDir));
  change(20);
  store.close();
  // A damaged snapshot (one byte gone wrong on disk), then an open that restores a backup.
  const snapshot = join(dataDir, 'hearback.json');
  const fd = fs.openSync(snapshot, 'w');
  writeAll(fs, fd, Buffer.from('{"schemaVersion":2,"lastSeq":'), snapshot);
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  store = openCrashStore(dataDir, fs);
  fs.ack('restored', jobSearchDigest(store));
  change(12);
  store.close();
  return fs;
}
