import * as fs from 'node:fs';

/**
 * The file calls the store makes, as a port: production passes `nodeStoreFs`; the fault-injection
 * tests pass a layer that fails (ENOSPC, EIO, EPERM, short writes, fsync failures) on purpose.
 * Only what the store uses — a call added to the store must be added here, so the tests see it.
 */
export interface StoreFs {
  openSync(path: string, flags: string, mode?: number): number;
  closeSync(fd: number): void;
  /** May write fewer bytes than asked (a short write); callers loop. */
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  ftruncateSync(fd: number, length: number): void;
  fstatSize(fd: number): number;
  readFileSync(path: string): Buffer;
  readdirSync(path: string): string[];
  existsSync(path: string): boolean;
  /** Creates the folder and any missing parents (mode 0700); no error when it exists. */
  mkdirSync(path: string): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  /** Removes an empty folder. */
  rmdirSync(path: string): void;
  isDirectory(path: string): boolean;
}

export const nodeStoreFs: StoreFs = {
  openSync: (path, flags, mode) => fs.openSync(path, flags, mode),
  closeSync: (fd) => fs.closeSync(fd),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  ftruncateSync: (fd, length) => fs.ftruncateSync(fd, length),
  fstatSize: (fd) => fs.fstatSync(fd).size,
  readFileSync: (path) => fs.readFileSync(path),
  readdirSync: (path) => fs.readdirSync(path),
  existsSync: (path) => fs.existsSync(path),
  mkdirSync: (path) => void fs.mkdirSync(path, { recursive: true, mode: 0o700 }),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (path) => fs.unlinkSync(path),
  rmdirSync: (path) => fs.rmdirSync(path),
  isDirectory: (path) => fs.statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false,
};

/** The errno code of a file-system error (`ENOSPC`, `EACCES`…), or null for anything else. */
export function errnoCode(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : null;
}
