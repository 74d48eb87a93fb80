import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { HearbackError } from '../../../shared/contract';

/**
 * One writer per data folder. The lock file names its owner (pid and host); a lock whose owner
 * process no longer exists on this host is stale (a crash or kill -9) and is taken over at once,
 * instead of waiting for a timeout as mtime-based locks do.
 */

export const LOCK_FILE = 'hearback.lock';

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

export interface DataFolderLock {
  release(): void;
}

export interface LockProbe {
  /** Whether a process with this pid is alive on this machine. */
  isAlive(pid: number): boolean;
}

const defaultProbe: LockProbe = {
  isAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: it exists but belongs to someone else — still alive.
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
};

function readOwner(path: string): LockOwner | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as LockOwner).pid === 'number' &&
      typeof (parsed as LockOwner).host === 'string'
    ) {
      return parsed as LockOwner;
    }
    return null;
  } catch {
    return null;
  }
}

export function acquireDataFolderLock(dataDir: string, probe: LockProbe = defaultProbe): DataFolderLock {
  const path = join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return {
        release() {
          const owner = readOwner(path);
          if (owner?.pid === me.pid && owner.host === me.host) {
            try {
              unlinkSync(path);
            } catch {
              // Already gone: nothing to release.
            }
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      const stale = owner === null || (owner.host === me.host && owner.pid !== me.pid && !probe.isAlive(owner.pid));
      if (!stale) {
        const who = owner.host === me.host ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
        throw new HearbackError(
          'conflict',
          `This data folder is in use by another Hearback (${who}). Close it first, or choose another data folder.`,
        );
      }
      try {
        unlinkSync(path);
      } catch {
        // Someone else removed it first; try again.
      }
    }
  }
  throw new HearbackError('conflict', 'Could not lock the data folder: another process keeps taking it.');
}
