import { copyFileSync, existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataFolderLock, LOCK_FILE } from '../../../../electron/core/store/data-folder-lock';
import { tempDir } from '../../../support/core';
import { makeApplication, openStore, putApplication, simulateCrash } from '../../../support/store';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'store');

function storeWithBackups(): string {
  const dir = tempDir();
  const store = openStore(dir, { compactEvery: 2 });
  for (let i = 0; i < 6; i++) putApplication(store, makeApplication(`a${i}`));
  putApplication(store, makeApplication('late')); // in the journal after the last snapshot
  simulateCrash(dir);
  return dir;
}

describe('interview store: damaged files are never silently reset', () => {
  const damage: [string, string][] = [
    ['truncated', '{"schemaVersion":2,"lastSeq":4,"savedAt":"2026'],
    ['garbage', '\u0000\u0001\u0002 not json at all'],
    ['schema-invalid', JSON.stringify({ schemaVersion: 2, lastSeq: 'four', stages: [] })],
    ['without a version', JSON.stringify({ applications: [] })],
  ];

  it.each(damage)('moves a %s snapshot aside, restores the newest good backup and replays the history', (_kind, content) => {
    const dir = storeWithBackups();
    writeFileSync(join(dir, 'hearback.json'), content);
    const store = openStore(dir);
    expect([...store.active.applications.keys()].sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'late']);
    expect(store.notices.map((n) => n.code)).toEqual(['restored-backup']);
    const damaged = readdirSync(dir).filter((f) => f.startsWith('hearback.damaged-'));
    expect(damaged).toHaveLength(1);
    expect(readFileSync(join(dir, damaged[0]!), 'utf8')).toBe(content);
    expect(store.notices[0]!.message).toContain(damaged[0]!);
    store.close();
  });

  it('with no backup, rebuilds from the history and deletes nothing', () => {
    const dir = tempDir();
    const store = openStore(dir, { compactEvery: 1000 });
    putApplication(store, makeApplication('a1'));
    store.close();
    writeFileSync(join(dir, 'hearback.json'), 'garbage');
    const reopened = openStore(dir);
    expect(reopened.notices.map((n) => n.code)).toEqual(['damaged-no-backup']);
    expect(reopened.readApplication('a1')?.company).toBe('Company a1');
    expect(readdirSync(dir).some((f) => f.startsWith('hearback.damaged-'))).toBe(true);
    reopened.close();
  });

  it('rebuilds a damaged archive shard from the history', () => {
    const dir = tempDir();
    const store = openStore(dir);
    putApplication(store, makeApplication('gone'));
    putApplication(store, makeApplication('gone', { archived: true }), 'archived');
    store.close();
    const shard = readdirSync(join(dir, 'archive')).find((f) => f.endsWith('.json'))!;
    writeFileSync(join(dir, 'archive', shard), '{"half":');
    const reopened = openStore(dir);
    expect(reopened.listArchived('', 0, 10).items.map((a) => a.id)).toEqual(['gone']);
    expect(reopened.notices.map((n) => n.code)).toContain('archive-repaired');
    reopened.close();
  });

  it('opens a file from a newer Hearback read-only and never overwrites it', () => {
    const dir = tempDir();
    const store = openStore(dir);
    putApplication(store, makeApplication('a1'));
    store.close();
    const path = join(dir, 'hearback.json');
    const newer = { ...JSON.parse(readFileSync(path, 'utf8')), schemaVersion: 99, futureField: true };
    writeFileSync(path, JSON.stringify(newer));
    const reopened = openStore(dir);
    expect(reopened.readOnlyReason).toMatch(/newer version of Hearback/);
    expect(reopened.readApplication('a1')).toBeDefined();
    expect(() => putApplication(reopened, makeApplication('a2'))).toThrowError(/newer version/);
    reopened.close();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(newer);
  });
});

describe('interview store: migrations', () => {
  it('upgrades a version-1 file, keeps the original, and moves archived applications to the archive', () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'v1', 'hearback.json'), join(dir, 'hearback.json'));
    const store = openStore(dir);
    expect(store.notices.map((n) => n.code)).toEqual(['migrated']);
    const app = store.readApplication('v1app');
    expect(app).toMatchObject({ fitLine: '', stageReachedAt: { applied: '2025-09-20T10:00:00.000Z' } });
    expect(store.stages().every((s) => /^#[0-9a-f]{6}$/.test(s.color))).toBe(true);
    expect([...store.active.applications.keys()]).toEqual(['v1app']);
    expect(store.listArchived('', 0, 10).items.map((a) => a.id)).toEqual(['v1old']);
    store.close();
    expect(readdirSync(join(dir, 'backups')).some((f) => f.startsWith('pre-migration-v1-'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'hearback.json'), 'utf8')).schemaVersion).toBe(2);
  });

  it('migrates correctly at the next start after a crash in the middle of a migration', () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'v1', 'hearback.json'), join(dir, 'hearback.json'));
    // The crash: the original was backed up and archive shards written, the main file not yet replaced.
    const first = openStore(dir);
    first.close();
    copyFileSync(join(FIXTURES, 'v1', 'hearback.json'), join(dir, 'hearback.json'));
    const store = openStore(dir);
    expect(store.readApplication('v1app')?.company).toBe('Globex');
    expect(store.listArchived('', 0, 10).items.map((a) => a.id)).toEqual(['v1old']);
    store.close();
  });
});

describe('interview store: one writer per data folder', () => {
  it('refuses a second writer with a clear message', () => {
    const dir = tempDir();
    const store = openStore(dir);
    expect(() => openStore(dir)).toThrowError(/in use by another Hearback/);
    store.close();
    openStore(dir).close();
  });

  it('takes over a stale lock left by a process that died', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 999_999_999, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }));
    const store = openStore(dir);
    store.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('treats an unreadable lock file as stale once it is not being written any more', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, LOCK_FILE), old, old);
    const lock = acquireDataFolderLock(dir);
    lock.release();
  });
});
