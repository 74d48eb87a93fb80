import { join } from 'node:path';
import type { AllData } from '../../../shared/domain';
import { archiveShardOf, ARCHIVE_SHARDS } from './archive-shards';
import { DocumentFile } from './document-file';
import { fsyncDirectory, mkdirDurable, renameDurable, writeFileDurable } from './durable-fs';
import { SHARD_EVENTS } from './history-journal';
import { encodeJournalLine } from './journal-line';
import { readImportMarker, PREVIOUS_PREFIX, STAGING_PREFIX } from './import-marker';
import type { LoadNotice } from './snapshot-loader';
import { nodeStoreFs, type StoreFs } from './store-fs';
import { CURRENT_SCHEMA_VERSION } from './snapshot-schema';
import { ARCHIVE_DIR, BACKUP_DIR, HISTORY_DIR, IMPORT_MARKER_FILE, LIVE_ENTRIES, SNAPSHOT_NAME } from './store-layout';

/**
 * Replacing all data with a backup, crash-safely: the new files are written complete into a
 * staging folder, a marker names it, and only then are the live files swapped — the old ones into
 * `backups/before-import-…`, never deleted. A crash during the swap is finished at the next open.
 */

const MARKER = IMPORT_MARKER_FILE;
const LIVE = LIVE_ENTRIES;

export interface PendingReplacement {
  /** Where the replaced data was kept, when an import was finished. */
  previous: string | null;
  /** Why a marker was set aside instead. */
  notice: LoadNotice | null;
}

/** Removes a folder and everything in it, through the port (the crash tests see every removal). */
function removeTree(path: string, fs: StoreFs): void {
  if (!fs.existsSync(path)) return;
  if (!fs.isDirectory(path)) return fs.unlinkSync(path);
  for (const name of fs.readdirSync(path)) removeTree(join(path, name), fs);
  fs.rmdirSync(path);
}

function writeStaging(dir: string, data: AllData, now: string, fs: StoreFs): void {
  // The staging folder and its sub-folders durable before the marker names them.
  mkdirDurable(join(dir, HISTORY_DIR), fs);
  mkdirDurable(join(dir, ARCHIVE_DIR), fs);
  // History: one line per action, shards of SHARD_EVENTS events (an action never spans shards).
  let shard = 1;
  let inShard = 0;
  let lines = '';
  const flush = () => {
    if (lines) writeFileDurable(join(dir, HISTORY_DIR, `${String(shard).padStart(6, '0')}.jsonl`), lines, fs);
    lines = '';
  };
  for (let i = 0; i < data.history.length;) {
    const actionId = data.history[i]!.actionId;
    let j = i;
    while (j < data.history.length && data.history[j]!.actionId === actionId) j++;
    const action = data.history.slice(i, j);
    if (inShard > 0 && inShard + action.length > SHARD_EVENTS) {
      flush();
      shard++;
      inShard = 0;
    }
    lines += encodeJournalLine(action);
    inShard += action.length;
    i = j;
  }
  flush();
  const lastSeq = data.history[data.history.length - 1]?.seq ?? 0;
  const archivedIds = new Set(data.applications.filter((a) => a.archived).map((a) => a.id));
  const isActive = (applicationId: string) => !archivedIds.has(applicationId);
  for (let n = 0; n < ARCHIVE_SHARDS; n++) {
    const inThis = (applicationId: string) => archivedIds.has(applicationId) && archiveShardOf(applicationId) === n;
    const applications = data.applications.filter((a) => inThis(a.id));
    if (applications.length === 0) continue;
    new DocumentFile(join(dir, ARCHIVE_DIR), `shard-${String(n).padStart(2, '0')}`, fs).write({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      lastSeq,
      applications,
      interviews: data.interviews.filter((i) => inThis(i.applicationId)),
      followUps: data.followUps.filter((f) => inThis(f.applicationId)),
    });
  }
  new DocumentFile(dir, SNAPSHOT_NAME, fs).write({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    lastSeq,
    savedAt: now,
    stages: [...data.stages],
    settings: data.settings,
    applications: data.applications.filter((a) => isActive(a.id)),
    interviews: data.interviews.filter((i) => isActive(i.applicationId)),
    followUps: data.followUps.filter((f) => isActive(f.applicationId)),
    workSearchActivities: [...(data.workSearchActivities ?? [])],
  });
  fsyncDirectory(dir, fs);
}

/** Swaps staged files in; safe to run again after a crash at any point. */
export function completePendingReplacement(dataDir: string, fs: StoreFs = nodeStoreFs): PendingReplacement {
  const markerPath = join(dataDir, MARKER);
  if (!fs.existsSync(markerPath)) return { previous: null, notice: null };
  const target = readImportMarker(dataDir, fs.readFileSync(markerPath).toString('utf8'));
  if ('problem' in target) {
    // Not ours to act on: set the marker aside (kept, never deleted) and touch nothing it names.
    const aside = join(dataDir, `import-pending.ignored-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    renameDurable(markerPath, aside, fs);
    return {
      previous: null,
      notice: { level: 'warning', code: 'import-marker-ignored', message: `An unfinished-import marker was ignored (${target.problem}); it was kept as ${aside}. No files were moved or deleted.` },
    };
  }
  const { staging, previous } = target;
  mkdirDurable(previous, fs);
  // Each move durable (both folders) before the next, so a power cut leaves at most one in
  // flight; the marker goes only once all are, and until then the next open finishes the swap.
  for (const name of LIVE) {
    const live = join(dataDir, name);
    const staged = join(staging, name);
    const kept = join(previous, name);
    if (!fs.existsSync(staged)) continue; // already moved in
    if (fs.existsSync(live)) {
      // Already kept (a power cut undid only the live side of the move): the kept one stays.
      if (fs.existsSync(kept)) removeTree(live, fs);
      else renameDurable(live, kept, fs);
    }
    renameDurable(staged, live, fs);
  }
  fs.unlinkSync(markerPath);
  fsyncDirectory(dataDir, fs);
  removeTree(staging, fs);
  fsyncDirectory(dataDir, fs);
  return { previous, notice: null };
}

/** Stages `data` and swaps it in. The store must be closed (its lock kept) and reopened afterwards. */
export function replaceAllData(dataDir: string, data: AllData, now: string, fs: StoreFs = nodeStoreFs): string {
  // Unique even for two imports within one clock tick: the previous data must never be merged.
  const base = now.replace(/[:.]/g, '-');
  let stamp = base;
  for (let n = 2; fs.existsSync(join(dataDir, BACKUP_DIR, `${PREVIOUS_PREFIX}${stamp}`)); n++) stamp = `${base}-${n}`;
  const staging = `${STAGING_PREFIX}${stamp}`;
  const previous = `backups/${PREVIOUS_PREFIX}${stamp}`;
  removeTree(join(dataDir, staging), fs);
  writeStaging(join(dataDir, staging), data, now, fs);
  // The commit point: once the marker is on disk the import happens, now or at the next open.
  writeFileDurable(join(dataDir, MARKER), JSON.stringify({ staging, previous }), fs);
  return completePendingReplacement(dataDir, fs).previous ?? join(dataDir, previous);
}
