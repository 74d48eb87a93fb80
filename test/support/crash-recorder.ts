import { existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { nodeStoreFs, type StoreFs } from '../../electron/core/store/store-fs';

/**
 * Records every data and directory operation the store makes through its file port, for the
 * power-loss crash states (crash-states.ts). The calls go through to the real disk; the log keeps
 * what a crash could undo:
 *
 * | call                                   | logged                                               |
 * |----------------------------------------|------------------------------------------------------|
 * | open of a missing file (w, wx, a)      | `create` (a directory entry in its parent)           |
 * | open `w` of an existing file           | `data` (emptied)                                      |
 * | write, ftruncate                       | `data`: the file's whole content afterwards           |
 * | fsync of a file / of a folder          | `fsync` (its data / its entries become durable)       |
 * | mkdir (each folder it creates)         | `mkdir`                                               |
 * | rename, unlink, rmdir                  | `rename`, `unlink`, `rmdir`                           |
 * | the workload's acknowledgements        | `ack` with a digest of what must survive from then on |
 *
 * Paths are relative to `root`, the folder holding the data folder (it exists before, durably).
 */

export type CrashOp =
  | { op: 'create'; path: string }
  | { op: 'mkdir'; path: string }
  | { op: 'data'; path: string; content: Buffer }
  | { op: 'fsync'; path: string }
  | { op: 'rename'; from: string; to: string }
  | { op: 'unlink'; path: string }
  | { op: 'rmdir'; path: string }
  | { op: 'ack'; label: string; digest: string; keep?: Record<string, string> };

export class RecordingFs implements StoreFs {
  readonly log: CrashOp[] = [];
  private readonly fdPath = new Map<number, string>();

  constructor(
    private readonly root: string,
    private readonly base: StoreFs = nodeStoreFs,
  ) {}

  private rel(path: string): string {
    return relative(this.root, path);
  }

  /**
   * The workload says: everything done so far that `digest` describes is acknowledged; `keep`
   * names files (path under the data folder → sha1 of their bytes) promised to stay from now on.
   */
  ack(label: string, digest: string, keep?: Record<string, string>): void {
    this.log.push({ op: 'ack', label, digest, ...(keep ? { keep } : {}) });
  }

  private logContent(path: string): void {
    this.log.push({ op: 'data', path: this.rel(path), content: this.base.readFileSync(path) });
  }

  openSync(path: string, flags: string, mode?: number): number {
    const existed = this.base.existsSync(path);
    const fd = this.base.openSync(path, flags, mode);
    this.fdPath.set(fd, path);
    if (flags !== 'r' && !existed) this.log.push({ op: 'create', path: this.rel(path) });
    else if (flags.startsWith('w') && existed) this.logContent(path);
    return fd;
  }
  closeSync(fd: number): void {
    this.fdPath.delete(fd);
    this.base.closeSync(fd);
  }
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number {
    const written = this.base.writeSync(fd, buffer, offset, length);
    this.logContent(this.pathOf(fd));
    return written;
  }
  fsyncSync(fd: number): void {
    this.base.fsyncSync(fd);
    this.log.push({ op: 'fsync', path: this.rel(this.pathOf(fd)) });
  }
  ftruncateSync(fd: number, length: number): void {
    this.base.ftruncateSync(fd, length);
    this.logContent(this.pathOf(fd));
  }
  fstatSize(fd: number): number {
    return this.base.fstatSize(fd);
  }
  readFileSync(path: string): Buffer {
    return this.base.readFileSync(path);
  }
  readdirSync(path: string): string[] {
    return this.base.readdirSync(path);
  }
  existsSync(path: string): boolean {
    return this.base.existsSync(path);
  }
  isDirectory(path: string): boolean {
    return this.base.isDirectory(path);
  }
  mkdirSync(path: string): void {
    const missing: string[] = [];
    for (let p = path; !existsSync(p) && p !== dirname(p); p = dirname(p)) missing.unshift(p);
    this.base.mkdirSync(path);
    for (const p of missing) this.log.push({ op: 'mkdir', path: this.rel(p) });
  }
  renameSync(from: string, to: string): void {
    this.base.renameSync(from, to);
    this.log.push({ op: 'rename', from: this.rel(from), to: this.rel(to) });
    for (const [fd, p] of this.fdPath) if (p === from) this.fdPath.set(fd, to);
  }
  unlinkSync(path: string): void {
    this.base.unlinkSync(path);
    this.log.push({ op: 'unlink', path: this.rel(path) });
  }
  rmdirSync(path: string): void {
    this.base.rmdirSync(path);
    this.log.push({ op: 'rmdir', path: this.rel(path) });
  }

  private pathOf(fd: number): string {
    const path = this.fdPath.get(fd);
    if (path === undefined) throw new Error(`unknown fd ${fd}`);
    return path;
  }
}
