import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, fstatSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { LocalStateFile } from '../../../../electron/core/data-folder/local-state';
import type { DurableLocalStateEngine } from '../../../../electron/core/data-folder/local-state-engine';
import { tempDir } from '../../../support/core';

/**
 * A real full disk (a 3 MB tmpfs, mounted for the test, as root) under this computer's state
 * files. The measured failure this guards against: conf's own writer left a truncated,
 * unparseable file after a refused write. Both engines: conf (browser mode) and the desktop app's
 * electron-store (with a stand-in for `electron`, which it reads `app` and `ipcMain` from). Skips,
 * saying why, where it cannot mount.
 */

vi.mock('electron', () => {
  const app = { getPath: (name: string) => `/nonexistent/${name}`, getVersion: () => '9.9.9' };
  const ipcMain = { on: () => undefined };
  return { default: { app, ipcMain, shell: {} }, app, ipcMain, shell: {} };
});
const { DesktopLocalState } = await import('../../../../electron/main/desktop-local-state');
const engines: [string, DurableLocalStateEngine | undefined][] = [
  ['conf', undefined],
  ['electron-store', DesktopLocalState],
];

const Schema = z.object({ version: z.literal(1), notes: z.array(z.string()) }).strict();
const empty = () => ({ version: 1 as const, notes: [] });

function tryMount(dir: string): string | null {
  if (process.platform !== 'linux') return 'not Linux';
  if (process.getuid?.() !== 0) return 'not running as root (mount needs it)';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `mount failed: ${(error as Error).message.split('\n')[0]}`;
  }
}

const mountPoint = tempDir('hearback-fulldisk-');
const skipReason = tryMount(mountPoint);
if (skipReason) console.log(`local-state full disk: skipped — ${skipReason}`);

/** Fills the disk, then frees `leaveBytes` so the next big write is cut short. */
function fill(dir: string, leaveBytes: number): string {
  const filler = join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  ftruncateSync(fd, Math.max(0, fstatSync(fd).size - leaveBytes));
  closeSync(fd);
  return filler;
}

describe.skipIf(skipReason !== null)('this computer’s state on a full disk (real tmpfs)', () => {
  afterAll(() => {
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it.each(engines)('%s: a refused write leaves the previous file whole and says so; writing works again once space is freed', (_name, engine) => {
    const open = () => new LocalStateFile({ dir: mountPoint, name: 'prefs', schema: Schema, empty, ...(engine ? { engine } : {}) });
    rmSync(join(mountPoint, 'prefs.json'), { force: true });
    const state = open();
    const small = { version: 1 as const, notes: Array.from({ length: 200 }, (_, i) => `note ${i} `.repeat(10)) }; // ≈ 20 KB
    state.save(small);
    const before = readFileSync(join(mountPoint, 'prefs.json'), 'utf8');
    const filler = fill(mountPoint, 48 * 1024);
    const big = { version: 1 as const, notes: Array.from({ length: 1000 }, (_, i) => `entry ${i} `.repeat(10)) }; // ≈ 100 KB
    expect(() => state.save(big)).toThrow(/The disk is full — nothing was changed/);
    expect(readFileSync(join(mountPoint, 'prefs.json'), 'utf8')).toBe(before);
    expect(state.value).toEqual(small);
    expect(readdirSync(mountPoint).sort()).toEqual(['filler.bin', 'prefs.json']);
    rmSync(filler);
    state.save(big);
    expect(open().value).toEqual(big);
  });
});
