import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { HearbackError } from '../../../shared/contract';
import { systemProbe, type ProcessProbe } from './process-identity';

/**
 * One writer per data folder, for the whole life of the store (imports included).
 *
 * The rules — what a start does with the `hearback.lock` it finds:
 *
 * | lock file found                                                  | verdict                      |
 * |------------------------------------------------------------------|------------------------------|
 * | none                                                             | create it (atomically)       |
 * | this host, pid not running                                       | stale: take over             |
 * | this host, pid running but started at another time (pid reused)  | stale: take over             |
 * | this host, pid running, same start                               | in use: refuse, name it      |
 * | this host, pid running, start unknowable (an older lock; Windows) and written over 5 min before the machine last booted | stale: take over |
 * | this host, pid running, start unknowable, otherwise              | in use: refuse, name it      |
 * | another host (a synced folder)                                   | ask: refuse with the path and how to take over; taken over when the user says so |
 * | empty or unparseable, modified under 10 s ago                    | in use (someone is writing it) |
 * | empty or unparseable, older                                      | stale: take over             |
 *
 * Creation is atomic: the owner record is written and fsynced to a private temp file, then
 * hard-linked to `hearback.lock` (link fails if the name exists), so no one ever reads a partial
 * lock from us. A takeover happens only while holding `hearback.lock.takeover` (created the same
 * way) and after re-reading the lock under it, so two processes can never both replace one stale
 * lock. The lock is released only by its owner (same pid, host and start).
 */

export const LOCK_FILE = 'hearback.lock';
const TAKEOVER_FILE = 'hearback.lock.takeover';
/** An unparseable lock younger than this may be one being written (filesystems without hard links). */
const UNREADABLE_GRACE_MS = 10_000;
const ATTEMPTS = 50;
/** Slack for the "written before the last boot" rule (clocks set after boot). */
const BOOT_MARGIN_MS = 5 * 60_000;

const LockOwnerSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  /** The process's start identity (see process-identity.ts); absent in locks from older versions. */
  start: z.string().nullable().optional(),
  startedAt: z.string().optional(),
});
export type LockOwner = z.infer<typeof LockOwnerSchema>;

export interface DataFolderLock {
  readonly path: string;
  release(): void;
}

export interface LockOptions {
  /** The user confirmed taking over a lock held by another computer. */
  takeOver?: boolean;
  probe?: ProcessProbe;
  host?: string;
  /** When this machine last booted (ms since the epoch). */
  bootedAt?: number;
  now?: () => number;
}

/** The folder is in use; `canTakeOver` when the holder is another computer and the user may say so. */
export class DataFolderInUseError extends HearbackError {
  constructor(
    message: string,
    readonly lockPath: string,
    readonly canTakeOver: boolean,
  ) {
    super('conflict', message);
    this.name = 'DataFolderInUseError';
  }
}

interface FoundLock {
  owner: LockOwner | null;
  modifiedAt: number;
}

function readLock(path: string): FoundLock | 'missing' {
  let text: string;
  let modifiedAt: number;
  try {
    modifiedAt = statSync(path).mtimeMs;
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const parsed = LockOwnerSchema.safeParse(JSON.parse(text));
    return { owner: parsed.success ? parsed.data : null, modifiedAt };
  } catch {
    return { owner: null, modifiedAt };
  }
}

type Verdict = { stale: true } | { stale: false; message: string; canTakeOver: boolean };

interface Context {
  me: LockOwner;
  probe: ProcessProbe;
  bootedAt: number;
  now: number;
  takeOver: boolean;
}

/** The table above, for one lock file. */
export function judgeLock(path: string, found: FoundLock, ctx: Context): Verdict {
  const { owner } = found;
  if (owner === null) {
    if (ctx.now - found.modifiedAt >= UNREADABLE_GRACE_MS) return { stale: true };
    return {
      stale: false,
      canTakeOver: false,
      message: `This data folder is being locked by another Hearback right now (${path} is not complete yet). Wait a moment and start again.`,
    };
  }
  if (owner.host !== ctx.me.host) {
    if (ctx.takeOver) return { stale: true };
    return {
      stale: false,
      canTakeOver: true,
      message:
        `This data folder is locked by Hearback on another computer (“${owner.host}”, process ${owner.pid}): ${path}. ` +
        `If Hearback is not running there (a synced folder keeps the other computer's lock), take the lock over: ` +
        `choose “Take over” in the desktop app, or start browser mode with --take-over-lock. ` +
        `If it is running there, close it first — two computers writing one folder lose changes.`,
    };
  }
  if (!ctx.probe.isAlive(owner.pid)) return { stale: true };
  const current = owner.start ? ctx.probe.startOf(owner.pid) : null;
  if (owner.start && current !== null) {
    if (current !== owner.start) return { stale: true };
  } else if (found.modifiedAt < ctx.bootedAt - BOOT_MARGIN_MS) {
    // Only when the start cannot be compared: a clock corrected after boot could otherwise make a
    // live lock look older than the boot, hence the margin.
    return { stale: true };
  }
  return {
    stale: false,
    canTakeOver: false,
    message: `This data folder is in use by another Hearback (process ${owner.pid}; lock ${path}). Close it first, or choose another data folder.`,
  };
}

/** Writes `owner` to a private temp file next to `target`, fsynced; returns its path. */
function writeTemp(target: string, owner: LockOwner): string {
  const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    const bytes = Buffer.from(JSON.stringify(owner), 'utf8');
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing to remove.
  }
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** Creates `target` holding `owner`, whole or not at all. Throws EEXIST when it exists. */
function createExclusive(target: string, owner: LockOwner): void {
  const temp = writeTemp(target, owner);
  try {
    linkSync(temp, target);
  } catch (error) {
    if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    // No hard links here (some network and FAT filesystems): exclusive create, then write. A
    // reader may see it unfinished for a moment; the grace period above covers that.
    const fd = openSync(target, 'wx', 0o600);
    try {
      writeSync(fd, readFileSync(temp));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } finally {
    unlinkQuietly(temp);
  }
}

function removeIfOwnedBy(path: string, owner: LockOwner): void {
  const found = readLock(path);
  if (found === 'missing' || found.owner === null) return;
  const o = found.owner;
  if (o.pid === owner.pid && o.host === owner.host && (o.start ?? null) === (owner.start ?? null)) unlinkQuietly(path);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const isExists = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EEXIST';

/**
 * Replaces a stale lock with ours while holding the takeover lock. Returns 'taken', 'busy' (another
 * process is taking over right now: try again) or the verdict that the lock is in use after all.
 */
function takeOver(path: string, ctx: Context): 'taken' | 'busy' | Verdict {
  const guard = `${path.slice(0, -LOCK_FILE.length)}${TAKEOVER_FILE}`;
  try {
    createExclusive(guard, ctx.me);
  } catch (error) {
    if (!isExists(error)) throw error;
    // A takeover guard left by a process that died mid-takeover is itself stale (same rules).
    const found = readLock(guard);
    if (found !== 'missing' && judgeLock(guard, found, ctx).stale) {
      if (found.owner) removeIfOwnedBy(guard, found.owner);
      else unlinkQuietly(guard);
    }
    return 'busy';
  }
  try {
    const found = readLock(path);
    if (found === 'missing') {
      try {
        createExclusive(path, ctx.me);
        return 'taken';
      } catch (error) {
        // Released, then taken by a fresh start in the meantime: look again.
        if (isExists(error)) return 'busy';
        throw error;
      }
    }
    const verdict = judgeLock(path, found, ctx);
    if (!verdict.stale) return verdict;
    // Under the guard, nobody else replaces or removes this stale lock: rename ours over it.
    renameSync(writeTemp(path, ctx.me), path);
    return 'taken';
  } finally {
    removeIfOwnedBy(guard, ctx.me);
  }
}

export function acquireDataFolderLock(dataDir: string, options: LockOptions = {}): DataFolderLock {
  const path = join(dataDir, LOCK_FILE);
  const probe = options.probe ?? systemProbe;
  const now = options.now ?? Date.now;
  const me: LockOwner = { pid: process.pid, host: options.host ?? hostname(), start: probe.startOf(process.pid), startedAt: new Date(now()).toISOString() };
  const bootedAt = options.bootedAt ?? Date.now() - uptime() * 1000;
  const held: DataFolderLock = { path, release: () => removeIfOwnedBy(path, me) };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      createExclusive(path, me);
      return held;
    } catch (error) {
      if (!isExists(error)) throw error;
    }
    const ctx: Context = { me, probe, bootedAt, now: now(), takeOver: options.takeOver ?? false };
    const found = readLock(path);
    if (found === 'missing') continue; // released between our tries
    const verdict = judgeLock(path, found, ctx);
    if (!verdict.stale) throw new DataFolderInUseError(verdict.message, path, verdict.canTakeOver);
    const result = takeOver(path, ctx);
    if (result === 'taken') return held;
    if (result !== 'busy' && !result.stale) throw new DataFolderInUseError(result.message, path, result.canTakeOver);
    sleep(5 + Math.floor(Math.random() * 20));
  }
  throw new DataFolderInUseError(`Could not lock the data folder: ${path} keeps changing. Close any other Hearback using it and start again.`, path, false);
}
