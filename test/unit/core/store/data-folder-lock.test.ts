import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataFolderLock, DataFolderInUseError, LOCK_FILE, type LockOptions } from '../../../../electron/core/store/data-folder-lock';
import { linuxStartOf, systemProbe, type ProcessProbe } from '../../../../electron/core/store/process-identity';
import { tempDir } from '../../../support/core';

/** The rules table in data-folder-lock.ts, one test per row (and the release rule). */

const HOST = 'laptop';
const OTHER_PID = 4242;

/** A machine where only the pids in `alive` run, each started at the given identity. */
function probe(alive: Record<number, string | null>): ProcessProbe {
  return {
    isAlive: (pid) => pid in alive || pid === process.pid,
    startOf: (pid) => (pid === process.pid ? 'me-start' : (alive[pid] ?? null)),
  };
}

const options = (alive: Record<number, string | null> = {}, extra: Partial<LockOptions> = {}): LockOptions => ({ probe: probe(alive), host: HOST, bootedAt: 0, ...extra });

function writeLock(dir: string, content: unknown, ageMs = 0): string {
  const path = join(dir, LOCK_FILE);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  const at = new Date(Date.now() - ageMs);
  utimesSync(path, at, at);
  return path;
}

const owner = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number; host: string; start: string | null };

function refusal(fn: () => unknown): DataFolderInUseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataFolderInUseError) return error;
    throw error;
  }
  throw new Error('expected the lock to be refused');
}

describe('data-folder lock rules', () => {
  it('no lock: creates one naming this process (pid, host, start) and leaves no temp file', () => {
    const dir = tempDir();
    const lock = acquireDataFolderLock(dir, options());
    expect(owner(dir)).toMatchObject({ pid: process.pid, host: HOST, start: 'me-start' });
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('this host, pid not running: taken over', () => {
    const dir = tempDir();
    writeLock(dir, { pid: OTHER_PID, host: HOST, start: 'x' });
    acquireDataFolderLock(dir, options()).release();
  });

  it('this host, pid running but started at another time (pid reused after a reboot): taken over', () => {
    const dir = tempDir();
    writeLock(dir, { pid: OTHER_PID, host: HOST, start: 'boot-1:100' });
    const lock = acquireDataFolderLock(dir, options({ [OTHER_PID]: 'boot-2:900' }));
    expect(owner(dir).pid).toBe(process.pid);
    lock.release();
  });

  it('this host, start unknowable (an older lock), written well before the machine last booted: taken over', () => {
    const dir = tempDir();
    writeLock(dir, { pid: OTHER_PID, host: HOST, startedAt: '2026-01-01T00:00:00.000Z' }, 60 * 60_000);
    acquireDataFolderLock(dir, options({ [OTHER_PID]: null }, { bootedAt: Date.now() - 1000 })).release();
  });

  it('this host, start known and the same: in use even if the clock says the lock predates the boot', () => {
    const dir = tempDir();
    writeLock(dir, { pid: OTHER_PID, host: HOST, start: 'boot-1:100' }, 60 * 60_000);
    expect(() => acquireDataFolderLock(dir, options({ [OTHER_PID]: 'boot-1:100' }, { bootedAt: Date.now() - 1000 }))).toThrow(DataFolderInUseError);
  });

  it('this host, pid running with the same start: refused, naming the lock file by its full path', () => {
    const dir = tempDir();
    const path = writeLock(dir, { pid: OTHER_PID, host: HOST, start: 'boot-1:100' });
    const error = refusal(() => acquireDataFolderLock(dir, options({ [OTHER_PID]: 'boot-1:100' })));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(path);
    expect(error.message).toContain('process 4242');
    expect(error.canTakeOver).toBe(false);
    // Even when asked to take over: a running Hearback on this machine is never overridden.
    expect(() => acquireDataFolderLock(dir, options({ [OTHER_PID]: 'boot-1:100' }, { takeOver: true }))).toThrow(DataFolderInUseError);
    expect(owner(dir).pid).toBe(OTHER_PID);
  });

  it('this host, pid running, start unknowable (older lock): refused', () => {
    const dir = tempDir();
    writeLock(dir, { pid: OTHER_PID, host: HOST, startedAt: '2026-01-01T00:00:00.000Z' });
    expect(() => acquireDataFolderLock(dir, options({ [OTHER_PID]: null }))).toThrow(DataFolderInUseError);
  });

  it('another host (a synced folder): refused with the path and how to take over; taken over when the user says so', () => {
    const dir = tempDir();
    const path = writeLock(dir, { pid: OTHER_PID, host: 'desktop', start: 'x' });
    const error = refusal(() => acquireDataFolderLock(dir, options()));
    expect(error.canTakeOver).toBe(true);
    expect(error.lockPath).toBe(path);
    expect(error.message).toContain(path);
    expect(error.message).toContain('desktop');
    expect(error.message).toContain('--take-over-lock');
    expect(error.message).toContain('Take over');
    const lock = acquireDataFolderLock(dir, options({}, { takeOver: true }));
    expect(owner(dir)).toMatchObject({ pid: process.pid, host: HOST });
    lock.release();
  });

  it('empty or partial, just written: refused (someone may be writing it); older: taken over', () => {
    for (const content of ['', '{"pid":42', 'null', '{"pid":"x","host":1}']) {
      const dir = tempDir();
      writeLock(dir, content);
      expect(() => acquireDataFolderLock(dir, options())).toThrow(/not complete yet/);
      writeLock(dir, content, 60_000);
      acquireDataFolderLock(dir, options()).release();
    }
  });

  it('release removes only our own lock, not one another process took over since', () => {
    const dir = tempDir();
    const lock = acquireDataFolderLock(dir, options());
    writeLock(dir, { pid: OTHER_PID, host: 'desktop', start: 'x' });
    lock.release();
    expect(owner(dir).pid).toBe(OTHER_PID);
  });

  it('a leftover takeover guard of a dead process does not block forever', () => {
    const dir = tempDir();
    writeLock(dir, { pid: OTHER_PID, host: HOST, start: 'x' });
    writeFileSync(join(dir, 'hearback.lock.takeover'), JSON.stringify({ pid: OTHER_PID + 1, host: HOST, start: 'y' }));
    acquireDataFolderLock(dir, options()).release();
    expect(existsSync(join(dir, 'hearback.lock.takeover'))).toBe(false);
  });
});

describe('process identity', () => {
  it('reads the start time after the command name, even one with spaces and parentheses', () => {
    const fields = ['S', ...Array.from({ length: 18 }, (_, i) => String(i + 1)), '123456', '0', '0'];
    const read = (path: string) => (path.endsWith('boot_id') ? 'boot-abc\n' : `77 (my (odd) name) ${fields.join(' ')}`);
    expect(linuxStartOf(77, read)).toBe('boot-abc:123456');
    expect(linuxStartOf(77, () => null)).toBeNull();
  });

  it.runIf(process.platform === 'linux')('on Linux, knows this process and tells it from its parent', () => {
    const mine = systemProbe.startOf(process.pid);
    expect(mine).toMatch(/^[0-9a-f-]+:\d+$/);
    expect(systemProbe.startOf(process.pid)).toBe(mine);
    expect(systemProbe.isAlive(process.pid)).toBe(true);
  });

  it('with the real probe and host, a second lock in one folder is refused and the first still holds', () => {
    const dir = tempDir();
    const lock = acquireDataFolderLock(dir);
    expect(owner(dir).host).toBe(hostname());
    expect(() => acquireDataFolderLock(dir)).toThrow(/in use by another Hearback/);
    lock.release();
  });
});

describe('the lock lives as long as the store, across a backup import’s swap', () => {
  it('closing to swap files keeps the folder locked; the reopened store carries the same lock and releases it at close', async () => {
    const { openStore } = await import('../../../support/store');
    const dir = tempDir();
    const store = openStore(dir);
    const lock = store.closeKeepingLock();
    expect(lock).not.toBeNull();
    // A second Hearback arriving mid-swap is refused.
    expect(() => openStore(dir)).toThrow(DataFolderInUseError);
    const reopened = openStore(dir, { lock: lock! });
    expect(() => openStore(dir)).toThrow(DataFolderInUseError);
    reopened.close();
    openStore(dir).close();
  });
});
