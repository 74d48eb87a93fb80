import { join } from 'node:path';
import { DEFAULT_SETTINGS, DEFAULT_STAGES } from '../../../shared/domain';
import { copyFileDurable, mkdirDurable, renameDurable, unlinkDurable, writeFileDurable } from './durable-fs';
import { migrateToCurrent, schemaVersionOf } from './migrations';
import { CURRENT_SCHEMA_VERSION, MainSnapshotSchema, type MainSnapshot } from './snapshot-schema';
import type { StoreFs } from './store-fs';
import { isPermissionError } from './write-failure';

/**
 * Opening `hearback.json` without ever silently losing data: a damaged file is moved aside and
 * the newest good backup restored; a file from a newer Hearback is never overwritten (read-only);
 * an older one is migrated (the original kept as a backup first). The history journal holds every
 * acknowledged change after the snapshot, so a restored backup loses nothing that was written.
 */

export const MAIN_FILE = 'hearback';
export const BACKUP_DIR = 'backups';
export const BACKUPS_KEPT = 5;

export interface LoadNotice {
  level: 'info' | 'warning' | 'error';
  code: string;
  message: string;
}

export interface LoadedSnapshot {
  snapshot: MainSnapshot;
  readOnlyReason: string | null;
  notices: LoadNotice[];
  /** Whether the snapshot came from a migration or a backup and should be rewritten. */
  needsWrite: boolean;
}

export function emptySnapshot(now: string): MainSnapshot {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    lastSeq: 0,
    savedAt: now,
    stages: [...DEFAULT_STAGES],
    settings: DEFAULT_SETTINGS,
    applications: [],
    interviews: [],
    followUps: [],
  };
}

type Verdict = { kind: 'ok'; snapshot: MainSnapshot; migratedFrom: number | null } | { kind: 'newer'; version: number } | { kind: 'bad'; reason: string };

function judge(text: string): Verdict {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'bad', reason: 'it is not valid JSON (truncated or overwritten)' };
  }
  const version = schemaVersionOf(raw);
  if (version === null) return { kind: 'bad', reason: 'it has no schema version' };
  if (version > CURRENT_SCHEMA_VERSION) return { kind: 'newer', version };
  try {
    const migrated = version < CURRENT_SCHEMA_VERSION ? migrateToCurrent(raw) : raw;
    const parsed = MainSnapshotSchema.safeParse(migrated);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { kind: 'bad', reason: `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}` };
    }
    return { kind: 'ok', snapshot: parsed.data, migratedFrom: version < CURRENT_SCHEMA_VERSION ? version : null };
  } catch (error) {
    return { kind: 'bad', reason: `it could not be migrated (${(error as Error).message})` };
  }
}

const stamp = (now: string) => now.replace(/[:.]/g, '-');

/** Backup files, newest first. */
export function listBackups(dataDir: string, fs: StoreFs): string[] {
  const dir = join(dataDir, BACKUP_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${MAIN_FILE}-`) && f.endsWith('.json'))
    .sort()
    .reverse()
    .map((f) => join(dir, f));
}

/** Copies the current file into the rolling backups (durably, whole or not at all) and prunes the oldest. */
export function rotateBackup(dataDir: string, lastSeq: number, now: string, fs: StoreFs): void {
  const source = join(dataDir, `${MAIN_FILE}.json`);
  if (!fs.existsSync(source)) return;
  const dir = join(dataDir, BACKUP_DIR);
  mkdirDurable(dir, fs);
  copyFileDurable(source, join(dir, `${MAIN_FILE}-${String(lastSeq).padStart(12, '0')}-${stamp(now)}.json`), fs);
  // Pruned only once the new copy is durable (copyFileDurable fsynced the folder).
  for (const old of listBackups(dataDir, fs).slice(BACKUPS_KEPT)) unlinkDurable(old, fs);
}

export function loadMainSnapshot(dataDir: string, now: string, fs: StoreFs, readOnly: boolean): LoadedSnapshot {
  const path = join(dataDir, `${MAIN_FILE}.json`);
  if (!fs.existsSync(path)) return { snapshot: emptySnapshot(now), readOnlyReason: null, notices: [], needsWrite: false };

  const text = fs.readFileSync(path).toString('utf8');
  const verdict = judge(text);
  if (verdict.kind === 'ok') {
    const notices: LoadNotice[] = [];
    if (verdict.migratedFrom !== null) {
      // Keep the original before the migrated file replaces it.
      const dir = join(dataDir, BACKUP_DIR);
      if (!readOnly) {
        mkdirDurable(dir, fs);
        copyFileDurable(path, join(dir, `pre-migration-v${verdict.migratedFrom}-${stamp(now)}.json`), fs);
      }
      notices.push({
        level: 'info',
        code: 'migrated',
        message: `Your data was upgraded from format ${verdict.migratedFrom} to ${CURRENT_SCHEMA_VERSION}. The original is kept in the backups folder.`,
      });
    }
    return { snapshot: verdict.snapshot, readOnlyReason: null, notices, needsWrite: verdict.migratedFrom !== null };
  }
  if (verdict.kind === 'newer') {
    const reason = `This data was saved by a newer version of Hearback (format ${verdict.version}; this version understands ${CURRENT_SCHEMA_VERSION}). It is open read-only so nothing is overwritten — update Hearback to make changes.`;
    const lenient = MainSnapshotSchema.safeParse({ ...(JSON.parse(text) as object), schemaVersion: CURRENT_SCHEMA_VERSION });
    return {
      snapshot: lenient.success ? lenient.data : emptySnapshot(now),
      readOnlyReason: reason,
      notices: [{ level: 'warning', code: 'newer-version', message: reason }],
      needsWrite: false,
    };
  }

  // Damaged: move it aside (never delete), then take the newest good backup.
  const movedTo = join(dataDir, `${MAIN_FILE}.damaged-${stamp(now)}.json`);
  if (!readOnly) {
    renameDurable(path, movedTo, fs);
  }
  for (const backup of listBackups(dataDir, fs)) {
    const bytes = fs.readFileSync(backup);
    const candidate = judge(bytes.toString('utf8'));
    if (candidate.kind === 'ok') {
      try {
        if (!readOnly) writeFileDurable(path, bytes, fs);
      } catch (error) {
        // A full disk must not stop the open: the backup is in memory and is written again later.
        if (isPermissionError(error)) throw error;
      }
      return {
        snapshot: candidate.snapshot,
        readOnlyReason: null,
        needsWrite: true,
        notices: [
          {
            level: 'warning',
            code: 'restored-backup',
            message: `Your data file was damaged (${verdict.reason}). It was moved to ${movedTo} and the backup from ${candidate.snapshot.savedAt} was restored; changes made since then were recovered from the history.`,
          },
        ],
      };
    }
  }
  return {
    snapshot: emptySnapshot(now),
    readOnlyReason: null,
    needsWrite: true,
    notices: [
      {
        level: 'error',
        code: 'damaged-no-backup',
        message: `Your data file was damaged (${verdict.reason}) and no good backup was found. It was moved to ${movedTo}; Hearback rebuilt what it could from the history and deleted nothing.`,
      },
    ],
  };
}
