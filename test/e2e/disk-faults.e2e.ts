import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { MethodName, RequestOf } from '../../shared/contract';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { callApi, closeAndStop, newPage } from './support/data-api';

/**
 * What a misbehaving disk does to the data, each case reproduced on browser mode with its own data folder
 * and shown fixed: a real full disk (a small tmpfs, when the tests run as root), a damaged or
 * missing history, an immutable folder. Every "nothing lost" check survives a kill -9.
 */

const isRoot = process.getuid?.() === 0;

/** Calls a method and returns its error instead of throwing (a refused change is expected here). */
async function attempt<M extends MethodName>(app: RunningApp, method: M, request: RequestOf<M>): Promise<{ ok: true; id: string } | { ok: false; code: string; message: string }> {
  const response = await fetch(`${app.origin}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify(request),
  });
  const envelope = (await response.json()) as { ok: true; value: { id: string } } | { ok: false; error: { code: string; message: string } };
  return envelope.ok ? { ok: true, id: envelope.value.id } : { ok: false, ...envelope.error };
}

const create = (app: RunningApp, company: string, notes = '') => callApi(app, 'applications.create', { company, role: 'Engineer', stageId: 'applied', notes });
const companies = async (app: RunningApp) => (await callApi(app, 'workspace.get', {})).applications.map((a) => a.company).sort();
const noStackTrace = (app: RunningApp) => expect(app.output()).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);

/** A tmpfs of `size` mounted for one test (root only); null with the reason when it cannot be. */
function mountSmallDisk(size: string): { dir: string; unmount: () => void } | { skip: string } {
  if (!isRoot) return { skip: 'needs root to mount a tmpfs (run the e2e suite as root to include it)' };
  const dir = mkdtempSync(join(tmpdir(), 'hearback-fulldisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `mount -t tmpfs failed here: ${(error as Error).message.split('\n')[0]}` };
  }
  return {
    dir,
    unmount: () => {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills the disk holding `dir`, leaving about `leaveBytes` free. Returns the filler's path. */
function fillDisk(dir: string, leaveBytes = 0): string {
  const filler = join(dir, 'filler.bin');
  const free = Number(execFileSync('df', ['--output=avail', '-B1', dir], { encoding: 'utf8' }).trim().split('\n')[1]);
  const fd = openSync(filler, 'w');
  let left = Math.max(0, free - leaveBytes);
  try {
    for (const chunk of [65_536, 4096, 1]) {
      const buffer = Buffer.alloc(chunk, 0x61);
      while (left >= chunk || (leaveBytes === 0 && chunk === 1)) {
        writeSync(fd, buffer);
        left -= chunk;
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return filler;
}

test.describe('the store when the disk does not cooperate', () => {
  test('a full disk refuses changes and says so in the app; everything acknowledged survives kill -9', async ({ browser }) => {
    const disk = mountSmallDisk('3m');
    test.skip('skip' in disk, 'skip' in disk ? disk.skip : '');
    if ('skip' in disk) return;
    try {
      const dataDir = join(disk.dir, 'data');
      let app = await startApp(dataDir);
      for (let i = 0; i < 5; i++) await create(app, `Before ${i}`);

      const filler = fillDisk(disk.dir);
      const refused: string[] = [];
      const acknowledged: string[] = [];
      // The journal file's last page may still take a line or two; the disk is full after that.
      for (let i = 0; refused.length < 5 && i < 200; i++) {
        const result = await attempt(app, 'applications.create', { company: `During ${i}`, role: 'Engineer', stageId: 'applied' });
        if (result.ok) acknowledged.push(`During ${i}`);
        else {
          expect(result.message).toBe('The disk is full — nothing was changed. Free some space; Hearback carries on by itself.');
          refused.push(`During ${i}`);
        }
      }
      expect(refused).toHaveLength(5);

      const page = await newPage(browser);
      await page.goto(app.url);
      await expect(page.getByRole('alert').filter({ hasText: 'The disk is full — nothing was changed' })).toBeVisible();

      rmSync(filler); // space freed
      const after: string[] = [];
      for (let i = 0; i < 10; i++) after.push((await create(app, `After ${i}`)).company);
      await expect(page.getByRole('status').filter({ hasText: 'Saving works again' })).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'The disk is full' })).toHaveCount(0);
      await page.context().close();

      await app.kill();
      app = await startApp(dataDir);
      const expected = [...Array.from({ length: 5 }, (_, i) => `Before ${i}`), ...acknowledged, ...after].sort();
      expect(await companies(app)).toEqual(expected);
      await app.stop();
      noStackTrace(app);
    } finally {
      disk.unmount();
    }
  });

  test('a snapshot rewrite on a full disk never replaces the snapshot with a truncated one', async () => {
    const disk = mountSmallDisk('4m');
    test.skip('skip' in disk, 'skip' in disk ? disk.skip : '');
    if ('skip' in disk) return;
    try {
      const dataDir = join(disk.dir, 'data');
      let app = await startApp(dataDir);
      const notes = 'n'.repeat(1500);
      for (let i = 0; i < 150; i++) await create(app, `Company ${String(i).padStart(3, '0')}`, notes);
      await app.stop(); // the snapshot (~250 KB) is written at quit
      const snapshot = readFileSync(join(dataDir, 'hearback.json'), 'utf8');

      app = await startApp(dataDir);
      for (let i = 150; i < 160; i++) await create(app, `Company ${String(i).padStart(3, '0')}`, notes);
      const filler = fillDisk(disk.dir, 96 * 1024); // room for journal lines, not for a snapshot
      await app.stop(); // the rewrite at quit fails: the old snapshot must stay whole
      expect(readFileSync(join(dataDir, 'hearback.json'), 'utf8')).toBe(snapshot);
      expect(() => JSON.parse(readFileSync(join(dataDir, 'hearback.json'), 'utf8')) as unknown).not.toThrow();
      expect(readdirSync(dataDir).filter((f) => f.includes('.tmp-'))).toEqual([]);

      rmSync(filler);
      app = await startApp(dataDir);
      expect(await companies(app)).toHaveLength(160);
      await app.stop();
      noStackTrace(app);
    } finally {
      disk.unmount();
    }
  });

  test('a damaged journal line the snapshot holds costs nothing, and later writes are never skipped', async ({ browser }) => {
    const dataDir = freshDataDir();
    let app = await startApp(dataDir);
    for (let i = 0; i < 20; i++) await create(app, `Early ${String(i).padStart(2, '0')}`);
    await app.stop(); // snapshot at the 20th change
    app = await startApp(dataDir);
    for (let i = 0; i < 15; i++) await create(app, `Late ${String(i).padStart(2, '0')}`);
    await app.kill();

    const shard = join(dataDir, 'history', '000001.jsonl');
    const lines = readFileSync(shard, 'utf8').split('\n');
    lines[2] = lines[2]!.replace('Early 02', 'Early 0X'); // one changed byte, checksum now wrong
    writeFileSync(shard, lines.join('\n'));

    app = await startApp(dataDir);
    expect(await companies(app)).toHaveLength(35);
    const page = await newPage(browser);
    await page.goto(app.url);
    await expect(page.getByRole('status').filter({ hasText: 'nothing was lost' })).toBeVisible();
    await create(app, 'After recovery');
    await closeAndStop(page, app);
    app = await startApp(dataDir);
    expect(await companies(app)).toContain('After recovery');
    expect(await companies(app)).toHaveLength(36);
    await app.stop();
  });

  test('a damaged line after the snapshot costs only its own action, and the notice names it', async ({ browser }) => {
    const dataDir = freshDataDir();
    let app = await startApp(dataDir);
    for (let i = 0; i < 5; i++) await create(app, `Early ${i}`);
    await app.stop();
    app = await startApp(dataDir);
    for (let i = 0; i < 5; i++) await create(app, `Late ${i}`);
    await app.kill();
    const shard = join(dataDir, 'history', '000001.jsonl');
    const lines = readFileSync(shard, 'utf8').split('\n');
    lines[6] = lines[6]!.replace('"role":"Engineer"', '"role":"Engineeq"'); // Late 1's line
    writeFileSync(shard, lines.join('\n'));

    app = await startApp(dataDir);
    expect(await companies(app)).toEqual(['Early 0', 'Early 1', 'Early 2', 'Early 3', 'Early 4', 'Late 0', 'Late 2', 'Late 3', 'Late 4']);
    const page = await newPage(browser);
    await page.goto(app.url);
    await expect(page.getByRole('alert').filter({ hasText: /could not be recovered: “Added Engineer at Late 1”/ })).toBeVisible();
    await create(app, 'After recovery');
    await page.context().close();
    await app.kill();
    app = await startApp(dataDir);
    expect(await companies(app)).toContain('After recovery');
    await app.stop();
  });

  test('a missing history folder keeps everything, says so, and later writes survive kill -9', async ({ browser }) => {
    const dataDir = freshDataDir();
    let app = await startApp(dataDir);
    for (let i = 0; i < 5; i++) await create(app, `Kept ${i}`);
    await app.stop();
    rmSync(join(dataDir, 'history'), { recursive: true });

    app = await startApp(dataDir);
    expect(await companies(app)).toHaveLength(5);
    const page = await newPage(browser);
    await page.goto(app.url);
    await expect(page.getByRole('alert').filter({ hasText: 'The history folder was missing' })).toBeVisible();
    await create(app, 'After recovery');
    await page.context().close();
    await app.kill();
    app = await startApp(dataDir);
    expect(await companies(app)).toEqual(['After recovery', 'Kept 0', 'Kept 1', 'Kept 2', 'Kept 3', 'Kept 4']);
    await app.stop();
  });

  test('an immutable data folder opens read-only with a message naming it, never a stack trace', async ({ browser }) => {
    test.skip(!isRoot, 'needs root for chattr +i');
    const dataDir = freshDataDir();
    let app = await startApp(dataDir);
    await create(app, 'Kept');
    await app.stop();
    try {
      execFileSync('chattr', ['+i', dataDir], { stdio: 'pipe' });
    } catch (error) {
      test.skip(true, `chattr +i failed on this file system: ${(error as Error).message.split('\n')[0]}`);
    }
    try {
      app = await startApp(dataDir);
      const info = await callApi(app, 'app.info', {});
      expect(info.readOnly).toBe(true);
      expect(info.readOnlyReason).toMatch(new RegExp(`^Hearback cannot write ${dataDir} \\(permission denied\\)`));
      expect(info.readOnlyReason).toMatch(/read-only.*Give your user account read and write access/);
      expect(info.readOnlyReason).not.toContain('keeps taking it');
      expect(await companies(app)).toEqual(['Kept']);
      const refused = await attempt(app, 'applications.create', { company: 'Refused', role: 'Engineer', stageId: 'applied' });
      expect(refused).toMatchObject({ ok: false, code: 'read_only' });
      const page = await newPage(browser);
      await page.goto(app.url);
      await expect(page.getByRole('alert').filter({ hasText: `Hearback cannot write ${dataDir}` })).toBeVisible();
      await closeAndStop(page, app);
      noStackTrace(app);
    } finally {
      execFileSync('chattr', ['-i', dataDir], { stdio: 'pipe' });
    }
    expect(existsSync(join(dataDir, 'hearback.lock'))).toBe(false);
    mkdirSync(join(dataDir, 'still-writable')); // the folder is usable again once allowed
  });
});
