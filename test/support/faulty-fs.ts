import { existsSync, statSync, truncateSync } from 'node:fs';
import { nodeStoreFs, type StoreFs } from '../../electron/core/store/store-fs';

/**
 * A file layer that fails on purpose, under the store (through its `fs` port, no monkey-patching).
 * A fault is armed for "the nth mutating call from now" and then fires once — or, for a full
 * disk, stays until `disarm()`.
 *
 * | kind          | what the disk does                                                      |
 * |---------------|-------------------------------------------------------------------------|
 * | enospc        | from the nth call on, a write stores half its bytes, then fails ENOSPC   |
 * | stuck         | like enospc, and truncating fails too (EIO): the journal cannot clean up |
 * | eio-write     | the nth write stores some bytes, then fails EIO                          |
 * | eperm-open    | the nth open for writing fails EPERM                                     |
 * | short-write   | the nth write stores fewer bytes than asked (no error: callers loop)     |
 * | fsync-eio     | the nth fsync fails EIO                                                  |
 * | rename-eio    | the nth rename fails EIO                                                 |
 * | kill          | the process dies at the nth call (after a partial write, if a write)     |
 * | power-loss    | like kill, and every file loses what was written since its last fsync    |
 */
export type FaultKind = 'enospc' | 'stuck' | 'eio-write' | 'eperm-open' | 'short-write' | 'fsync-eio' | 'rename-eio' | 'kill' | 'power-loss';
export const FAULT_KINDS: readonly FaultKind[] = ['enospc', 'stuck', 'eio-write', 'eperm-open', 'short-write', 'fsync-eio', 'rename-eio', 'kill', 'power-loss'];
const isDeath = (fault: FaultKind | null) => fault === 'kill' || fault === 'power-loss';

/** Thrown by a `kill` fault: the test abandons the store as a killed process would. */
export class SimulatedKill extends Error {
  constructor() {
    super('simulated kill');
  }
}

const errno = (code: string, call: string) => Object.assign(new Error(`${code}: injected fault, ${call}`), { code });
const isWriteOpen = (flags: string) => flags !== 'r';

export class FaultyFs implements StoreFs {
  private armed: { kind: FaultKind; countdown: number } | null = null;
  private sticky: FaultKind | null = null;
  private readonly fds = new Set<number>();
  /** After a kill every call fails: a dead process does nothing more, even in a catch block. */
  dead = false;
  injected = 0;
  kills = 0;
  powerLosses = 0;
  private powerLost = false;
  /** What a power loss keeps: each file's size at its last fsync (a simple model: renames stay). */
  private readonly fdPath = new Map<number, string>();
  private readonly syncedSize = new Map<string, number>();
  private readonly unsynced = new Set<string>();

  constructor(private readonly base: StoreFs = nodeStoreFs) {}

  /** Arms a fault; a full disk from an earlier fault stays full until `disarm()`. */
  arm(kind: FaultKind, nth: number): void {
    this.armed = { kind, countdown: nth };
  }
  disarm(): void {
    this.armed = null;
    this.sticky = null;
  }

  /** Closes every file the "killed process" held, as the kernel would. */
  killProcess(): void {
    for (const fd of this.fds) this.base.closeSync(fd);
    this.fds.clear();
    if (this.powerLost) {
      for (const path of this.unsynced) {
        const synced = this.syncedSize.get(path) ?? 0;
        if (existsSync(path) && statSync(path).size > synced) truncateSync(path, synced);
      }
    }
    this.fdPath.clear();
    this.unsynced.clear();
    this.syncedSize.clear();
    this.powerLost = false;
    this.disarm();
    this.dead = false;
  }

  private alive(): void {
    if (this.dead) throw new SimulatedKill();
  }

  /** The fault firing at this mutating call, if any. */
  private fire(call: 'open' | 'write' | 'fsync' | 'truncate' | 'rename' | 'unlink' | 'mkdir'): FaultKind | null {
    if (this.sticky !== null) return this.sticky;
    if (this.armed === null) return null;
    if (this.armed.countdown-- > 0) return null;
    const { kind } = this.armed;
    const applies =
      isDeath(kind) ||
      ((kind === 'enospc' || kind === 'stuck') && call === 'write') ||
      ((kind === 'eio-write' || kind === 'short-write') && call === 'write') ||
      (kind === 'eperm-open' && call === 'open') ||
      (kind === 'fsync-eio' && call === 'fsync') ||
      (kind === 'rename-eio' && call === 'rename');
    if (!applies) {
      this.armed.countdown = 0; // fires at the next call it applies to
      return null;
    }
    this.armed = null;
    this.injected++;
    if (kind === 'enospc' || kind === 'stuck') this.sticky = kind;
    if (isDeath(kind)) {
      this.kills++;
      this.dead = true;
      if (kind === 'power-loss') {
        this.powerLosses++;
        this.powerLost = true;
      }
    }
    return kind;
  }

  openSync(path: string, flags: string, mode?: number): number {
    this.alive();
    if (isWriteOpen(flags)) {
      const fault = this.fire('open');
      if (isDeath(fault)) throw new SimulatedKill();
      if (fault === 'eperm-open') throw errno('EPERM', `open ${path}`);
    }
    const existed = this.base.existsSync(path);
    const fd = this.base.openSync(path, flags, mode);
    this.fds.add(fd);
    if (isWriteOpen(flags)) {
      this.fdPath.set(fd, path);
      if (!this.syncedSize.has(path)) this.syncedSize.set(path, existed && flags !== 'w' && flags !== 'wx' ? this.base.fstatSize(fd) : 0);
    }
    return fd;
  }
  private markUnsynced(fd: number): void {
    const path = this.fdPath.get(fd);
    if (path !== undefined) this.unsynced.add(path);
  }

  closeSync(fd: number): void {
    this.alive();
    this.fds.delete(fd);
    this.base.closeSync(fd);
  }
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number {
    this.alive();
    const fault = this.fire('write');
    this.markUnsynced(fd);
    if (fault === null) return this.base.writeSync(fd, buffer, offset, length);
    const part = Math.floor(length / 2);
    if (fault === 'short-write') return this.base.writeSync(fd, buffer, offset, Math.max(1, part));
    if (part > 0) this.base.writeSync(fd, buffer, offset, part);
    if (isDeath(fault)) throw new SimulatedKill();
    throw errno(fault === 'eio-write' ? 'EIO' : 'ENOSPC', 'write');
  }
  fsyncSync(fd: number): void {
    this.alive();
    const fault = this.fire('fsync');
    if (isDeath(fault)) throw new SimulatedKill();
    if (fault === 'fsync-eio') throw errno('EIO', 'fsync');
    this.base.fsyncSync(fd);
    const path = this.fdPath.get(fd);
    if (path !== undefined) {
      this.syncedSize.set(path, this.base.fstatSize(fd));
      this.unsynced.delete(path);
    }
  }
  ftruncateSync(fd: number, length: number): void {
    this.alive();
    const fault = this.fire('truncate');
    if (isDeath(fault)) throw new SimulatedKill();
    if (fault === 'stuck') throw errno('EIO', 'ftruncate');
    this.markUnsynced(fd);
    this.base.ftruncateSync(fd, length);
  }
  renameSync(from: string, to: string): void {
    this.alive();
    const fault = this.fire('rename');
    if (isDeath(fault)) throw new SimulatedKill();
    if (fault === 'rename-eio') throw errno('EIO', 'rename');
    this.base.renameSync(from, to);
    this.syncedSize.set(to, this.syncedSize.get(from) ?? 0);
    if (this.unsynced.delete(from)) this.unsynced.add(to);
    else this.unsynced.delete(to);
    for (const [fd, path] of this.fdPath) if (path === from) this.fdPath.set(fd, to);
  }
  unlinkSync(path: string): void {
    this.alive();
    if (isDeath(this.fire('unlink'))) throw new SimulatedKill();
    this.base.unlinkSync(path);
  }
  rmdirSync(path: string): void {
    this.alive();
    if (isDeath(this.fire('unlink'))) throw new SimulatedKill();
    this.base.rmdirSync(path);
  }
  isDirectory(path: string): boolean {
    this.alive();
    return this.base.isDirectory(path);
  }
  mkdirSync(path: string): void {
    this.alive();
    if (isDeath(this.fire('mkdir'))) throw new SimulatedKill();
    this.base.mkdirSync(path);
  }
  fstatSize(fd: number): number {
    this.alive();
    return this.base.fstatSize(fd);
  }
  readFileSync(path: string): Buffer {
    this.alive();
    return this.base.readFileSync(path);
  }
  readdirSync(path: string): string[] {
    this.alive();
    return this.base.readdirSync(path);
  }
  existsSync(path: string): boolean {
    this.alive();
    return this.base.existsSync(path);
  }
}
