import { join } from 'node:path';
import { DEFAULT_SETTINGS, DEFAULT_STAGES } from '../../../shared/domain';
import { checkSigned } from './document-file';
import { copyFileDurable, mkdirDurable, renameDurable, unlinkDurable, writeFileDurable } from './durable-fs';
import { formatWhen } from './journal-shards';
import { migrateToCurrent, schemaVersionOf } from './migrations';
import { CURRENT_SCHEMA_VERSION, MainSnapshotSchema, type MainSnapshot } from './snapshot-schema';
import type { StoreFs } from './store-fs';
import { isPermissionError } from './write-failure';
import { BACKUP_DIR, SNAPSHOT_NAME } from './store-layout';

/**
 * Opening `hearback.json` without ever silently losing data: a damaged file is moved aside and
 * the newest good backup restored; a file from a newer Hearback is never overwritten (read-only);
 * an older one is migrated (the original kept as a backup first). The history journal holds every
 * acknowledged change after the snapshot, so a restored backup loses nothing that was written.
 */

const MAIN_FILE = SNAPSHOT_NAME;
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
  /** Whether its checksum held (false: written before snapshots carried one, or nothing read). */
  signed: boolean;
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
    workSearchActivities: [],
  };
}

type Verdict = { kind: 'ok'; snapshot: MainSnapshot; migratedFrom: number | null; signed: boolean } | { kind: 'newer'; version: number } | { kind: 'bad'; reason: string };

function judge(text: string): Verdict {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'bad', reason: 'it is not valid JSON (truncated or overwritten)' };
  }
  // A newer Hearback's file is never judged by this version's rules (its checksum may differ too).
  const claimed = schemaVersionOf(parsed);
  if (claimed !== null && claimed > CURRENT_SCHEMA_VERSION) return { kind: 'newer', version: claimed };
  const { doc: raw, verdict } = checkSigned(parsed);
  if (verdict === 'changed') return { kind: 'bad', reason: 'it was changed after Hearback saved it (its checksum does not match)' };
  const version = schemaVersionOf(raw);
  if (version === null) return { kind: 'bad', reason: 'it has no schema version' };
  try {
    const migrated = version < CURRENT_SCHEMA_VERSION ? migrateToCurrent(raw) : raw;
    const parsed = MainSnapshotSchema.safeParse(migrated);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { kind: 'bad', reason: `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}` };
    }
    return { kind: 'ok', snapshot: parsed.data, migratedFrom: version < CURRENT_SCHEMA_VERSION ? version : null, signed: verdict === 'verified' };
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
  if (!fs.existsSync(path)) return { snapshot: emptySnapshot(now), readOnlyReason: null, notices: [], needsWrite: false, signed: false };

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
    return { snapshot: verdict.snapshot, readOnlyReason: null, notices, needsWrite: verdict.migratedFrom !== null, signed: verdict.signed };
  }
  if (verdict.kind === 'newer') {
    const reason = `This data was saved by a newer version of Hearback (format ${verdict.version}; this version understands ${CURRENT_SCHEMA_VERSION}). It is open read-only so nothing is overwritten — update Hearback to make changes.`;
    const lenient = MainSnapshotSchema.safeParse({ ...(checkSigned(JSON.parse(text)).doc as object), schemaVersion: CURRENT_SCHEMA_VERSION });
    return {
      snapshot: lenient.success ? lenient.data : emptySnapshot(now),
      readOnlyReason: reason,
      notices: [{ level: 'warning', code: 'newer-version', message: reason }],
      needsWrite: false,
      signed: false,
    };
  }
  return restoreFromBackups(dataDir, now, fs, readOnly, { damage: `Your data file was damaged (${verdict.reason})`, maxSeq: Number.POSITIVE_INFINITY, code: 'restored-backup' });
}

/**
 * A snapshot not to be trusted: moved aside (never deleted), then the newest backup that verifies
 * and holds no change past `maxSeq` (the end of the history) takes its place; the journal then
 * replays every change after it. With no such backup, the data is rebuilt from the history alone.
 */
export function restoreFromBackups(dataDir: string, now: string, fs: StoreFs, readOnly: boolean, why: { damage: string; maxSeq: number; code: string }): LoadedSnapshot {
  const path = join(dataDir, `${MAIN_FILE}.json`);
  const movedTo = join(dataDir, `${MAIN_FILE}.damaged-${stamp(now)}.json`);
  const moved = !readOnly && fs.existsSync(path);
  if (moved) renameDurable(path, movedTo, fs);
  const where = moved ? `It was moved to ${movedTo}` : 'It was left as it is';
  for (const backup of listBackups(dataDir, fs)) {
    const bytes = fs.readFileSync(backup);
    const candidate = judge(bytes.toString('utf8'));
    if (candidate.kind === 'ok' && candidate.snapshot.lastSeq <= why.maxSeq) {
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
        signed: candidate.signed,
        notices: [
          {
            level: 'warning',
            code: why.code,
            message: `${why.damage}. ${where}, and the backup saved on ${formatWhen(candidate.snapshot.savedAt, candidate.snapshot.settings.timeZone ?? undefined)} was restored; changes made since then were recovered from the history.`,
          },
        ],
      };
    }
  }
  return {
    snapshot: emptySnapshot(now),
    readOnlyReason: null,
    needsWrite: true,
    signed: false,
    notices: [
      {
        level: 'error',
        code: 'damaged-no-backup',
        message: `${why.damage}, and no good backup was found. ${where}; Hearback rebuilt what it could from the history and deleted nothing.`,
      },
    ],
  };
}
