import { basename, dirname } from 'node:path';
import { nodeStoreFs, type StoreFs } from './store-fs';
import { STORE_FOLDERS } from './store-layout';

/**
 * The durability primitives — the one path every snapshot, backup, archive shard, history index
 * and settings file is written through. A file is renamed into place only once it is whole:
 *
 * | step                          | why                                                            |
 * |-------------------------------|----------------------------------------------------------------|
 * | write a temp file, mode 0600  | `<name>.tmp-<pid>-<n>`: startup removes leftovers by pattern    |
 * | loop until every byte written | `write` may write fewer bytes than asked (a nearly full disk)   |
 * | a 0-byte write is ENOSPC      | never loop forever on a device that accepts nothing            |
 * | fsync the temp file           | the bytes are on disk before the name points at them           |
 * | read back, compare every byte | catches a short or damaged file (size and content)             |
 * | rename, fsync the directory   | the new name is durable too (POSIX; not possible on Windows)   |
 * | any failure: remove the temp  | the old file stays untouched; the error is rethrown            |
 * | the folder fsync fails        | the new file is in place (whole): the error says `renamed`     |
 */

export const TEMP_MARKER = '.tmp-';
let tempCounter = 0;

export function fsyncDirectory(dir: string, fs: StoreFs = nodeStoreFs): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Creates `dir` (and any missing parents) so that it survives a power cut: each folder created
 * is made durable by fsyncing the folder that holds it, top down, before anything is put in it.
 * (A new folder's entry lives in its parent; fsyncing the folder itself does not write that entry.)
 */
export function mkdirDurable(dir: string, fs: StoreFs = nodeStoreFs): void {
  const missing: string[] = [];
  for (let p = dir; !fs.existsSync(p) && dirname(p) !== p; p = dirname(p)) missing.unshift(p);
  if (missing.length === 0) return;
  fs.mkdirSync(dir);
  for (const created of missing) fsyncDirectory(dirname(created), fs);
}

/** Removes `path` and makes the removal durable (its folder fsynced). */
export function unlinkDurable(path: string, fs: StoreFs = nodeStoreFs): void {
  fs.unlinkSync(path);
  fsyncDirectory(dirname(path), fs);
}

/** Renames and makes both folders' entries durable (the source's first: never two names lost). */
export function renameDurable(from: string, to: string, fs: StoreFs = nodeStoreFs): void {
  fs.renameSync(from, to);
  fsyncDirectory(dirname(to), fs);
  if (dirname(from) !== dirname(to)) fsyncDirectory(dirname(from), fs);
}

function noSpace(path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`ENOSPC: no space left on device, write '${path}'`);
  error.code = 'ENOSPC';
  return error;
}

/** Writes every byte of `bytes` at the fd's position, looping over short writes. */
export function writeAll(fs: StoreFs, fd: number, bytes: Uint8Array, path: string): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw noSpace(path);
    offset += written;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** Writes `data` to `path` atomically and durably (see the table above). */
export function writeFileDurable(path: string, data: string | Uint8Array, fs: StoreFs = nodeStoreFs): void {
  const dir = dirname(path);
  const temp = `${dir}/${basename(path)}${TEMP_MARKER}${process.pid}-${Date.now().toString(36)}${(tempCounter++).toString(36)}`;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      writeAll(fs, fd, bytes, temp);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (!sameBytes(fs.readFileSync(temp), bytes)) {
      throw Object.assign(new Error(`EIO: ${basename(path)} did not read back as written`), { code: 'EIO' });
    }
    fs.renameSync(temp, path);
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Never created, or already renamed: nothing to remove.
    }
    throw error;
  }
  try {
    fsyncDirectory(dir, fs);
  } catch (error) {
    throw Object.assign(error as Error, { renamed: true });
  }
}

/** Whether a failed `writeFileDurable` had already renamed the new file into place (whole). */
export function wasRenamed(error: unknown): boolean {
  return (error as { renamed?: unknown } | null)?.renamed === true;
}

/** A durable copy (backups): read whole, then written through the same path as everything else. */
export function copyFileDurable(from: string, to: string, fs: StoreFs = nodeStoreFs): void {
  writeFileDurable(to, fs.readFileSync(from), fs);
}

/**
 * Temp files earlier runs left behind (a crash between write and rename): the store's own
 * `<file>.tmp-<…>`, and the `.<file>.<pid>.<time>.tmp` names of older Hearback versions. Only
 * names of that shape, only directly inside the data folder and its store sub-folders.
 */
const STALE_TEMP = /^(?:[\w.-]+\.jsonl?\.tmp-[0-9a-z-]+|\.[\w.-]+\.jsonl?\.\d+\.[0-9a-z]+\.tmp)$/i;

export function removeStaleTempFiles(dataDir: string, fs: StoreFs = nodeStoreFs): string[] {
  const removed: string[] = [];
  for (const folder of STORE_FOLDERS) {
    const dir = folder === '.' ? dataDir : `${dataDir}/${folder}`;
    if (!fs.existsSync(dir)) continue;
    let here = 0;
    for (const name of fs.readdirSync(dir)) {
      if (!STALE_TEMP.test(name)) continue;
      try {
        fs.unlinkSync(`${dir}/${name}`);
        removed.push(`${dir}/${name}`);
        here++;
      } catch {
        // Not ours to fight over (gone already, or not removable): left as it is.
      }
    }
    try {
      if (here > 0) fsyncDirectory(dir, fs);
    } catch {
      // Only leftovers: if their removal is not durable, the next start removes them again.
    }
  }
  return removed;
}
