import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync, chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tightenDataFolder } from '../../../../electron/core/store/data-folder-privacy';
import { removeLeftovers } from '../../../../electron/core/store/leftovers';
import { tempDir } from '../../../support/core';
import { openStore, putApplication, makeApplication } from '../../../support/store';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('leftovers of earlier runs', () => {
  it('removes import staging folders and old lock temp files, and nothing else', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.import-staging-2026-01-01T00-00-00-000Z', 'history'), { recursive: true });
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'hearback.json'), '{}');
    writeFileSync(join(dir, 'notes.import-staging-keep'), 'not ours');
    const oldTemp = join(dir, 'hearback.lock.123.abcdef.tmp');
    const newTemp = join(dir, 'hearback.lock.124.abcdef.tmp');
    writeFileSync(oldTemp, '{}');
    writeFileSync(newTemp, '{}');
    const old = new Date(Date.now() - 120_000);
    utimesSync(oldTemp, old, old);
    expect(removeLeftovers(dir).sort()).toEqual(['.import-staging-2026-01-01T00-00-00-000Z', 'hearback.lock.123.abcdef.tmp']);
    // A lock temp file under a minute old may belong to a Hearback starting right now.
    expect(readdirSync(dir).sort()).toEqual(['backups', 'hearback.json', 'hearback.lock.124.abcdef.tmp', 'notes.import-staging-keep']);
  });

  it('the store removes them at start', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.import-staging-killed'));
    openStore(dir).close();
    expect(readdirSync(dir).filter((n) => n.startsWith('.import-staging-'))).toEqual([]);
  });
});

describe.skipIf(process.platform === 'win32')('private by default (POSIX modes)', () => {
  it('a new data folder is 0700 and every file in it 0600', () => {
    const dir = join(tempDir(), 'data');
    const store = openStore(dir);
    putApplication(store, makeApplication('a1'));
    store.close();
    expect(modeOf(dir)).toBe(0o700);
    const walk = (path: string): string[] => (statSync(path).isDirectory() ? readdirSync(path).flatMap((n) => walk(join(path, n))) : [path]);
    const files = walk(dir);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) expect([file, modeOf(file)]).toEqual([file, 0o600]);
  });

  it('an existing install (0755 folder, 0644 files) is tightened at start', () => {
    const dir = tempDir();
    openStore(dir).close();
    chmodSync(dir, 0o755);
    for (const name of readdirSync(dir)) chmodSync(join(dir, name), statSync(join(dir, name)).isDirectory() ? 0o755 : 0o644);
    openStore(dir).close();
    expect(modeOf(dir)).toBe(0o700);
    for (const name of readdirSync(dir)) expect([name, modeOf(join(dir, name))]).toEqual([name, statSync(join(dir, name)).isDirectory() ? 0o700 : 0o600]);
  });

  it('does not follow symlinks out of the folder', () => {
    const dir = tempDir();
    const outside = tempDir('hearback-outside-');
    writeFileSync(join(outside, 'shared.txt'), 'x');
    chmodSync(join(outside, 'shared.txt'), 0o644);
    symlinkSync(join(outside, 'shared.txt'), join(dir, 'link'));
    tightenDataFolder(dir);
    expect(modeOf(join(outside, 'shared.txt'))).toBe(0o644);
  });

  it('does nothing on Windows', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    expect(tightenDataFolder(dir, 'win32')).toBe(0);
    expect(modeOf(dir)).toBe(0o755);
  });
});
