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
 */
export type FaultKind = 'enospc' | 'stuck' | 'eio-write' | 'eperm-open' | 'short-write' | 'fsync-eio' | 'rename-eio' | 'kill';
export const FAULT_KINDS: readonly FaultKind[] = ['enospc', 'stuck', 'eio-write', 'eperm-open', 'short-write', 'fsync-eio', 'rename-eio', 'kill'];

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
      kind === 'kill' ||
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
    if (kind === 'kill') {
      this.kills++;
      this.dead = true;
    }
    return kind;
  }

  openSync(path: string, flags: string, mode?: number): number {
    this.alive();
    if (isWriteOpen(flags)) {
      const fault = this.fire('open');
      if (fault === 'kill') throw new SimulatedKill();
      if (fault === 'eperm-open') throw errno('EPERM', `open ${path}`);
    }
    const fd = this.base.openSync(path, flags, mode);
    this.fds.add(fd);
    return fd;
  }
  closeSync(fd: number): void {
    this.alive();
    this.fds.delete(fd);
    this.base.closeSync(fd);
  }
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number {
    this.alive();
    const fault = this.fire('write');
    if (fault === null) return this.base.writeSync(fd, buffer, offset, length);
    const part = Math.floor(length / 2);
    if (fault === 'short-write') return this.base.writeSync(fd, buffer, offset, Math.max(1, part));
    if (part > 0) this.base.writeSync(fd, buffer, offset, part);
    if (fault === 'kill') throw new SimulatedKill();
    throw errno(fault === 'eio-write' ? 'EIO' : 'ENOSPC', 'write');
  }
  fsyncSync(fd: number): void {
    this.alive();
    const fault = this.fire('fsync');
    if (fault === 'kill') throw new SimulatedKill();
    if (fault === 'fsync-eio') throw errno('EIO', 'fsync');
    this.base.fsyncSync(fd);
  }
  ftruncateSync(fd: number, length: number): void {
    this.alive();
    const fault = this.fire('truncate');
    if (fault === 'kill') throw new SimulatedKill();
    if (fault === 'stuck') throw errno('EIO', 'ftruncate');
    this.base.ftruncateSync(fd, length);
  }
  renameSync(from: string, to: string): void {
    this.alive();
    const fault = this.fire('rename');
    if (fault === 'kill') throw new SimulatedKill();
    if (fault === 'rename-eio') throw errno('EIO', 'rename');
    this.base.renameSync(from, to);
  }
  unlinkSync(path: string): void {
    this.alive();
    if (this.fire('unlink') === 'kill') throw new SimulatedKill();
    this.base.unlinkSync(path);
  }
  mkdirSync(path: string): void {
    this.alive();
    if (this.fire('mkdir') === 'kill') throw new SimulatedKill();
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
