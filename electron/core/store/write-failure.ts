import { basename } from 'node:path';
import { errnoCode } from './store-fs';

/**
 * What the user is told when the disk refuses a write, by errno. One place, so a refused action,
 * the read-only notice and the open-time message all say the same thing.
 *
 * | errno                 | meaning for the user                 | what to do                          |
 * |-----------------------|--------------------------------------|-------------------------------------|
 * | ENOSPC, EDQUOT        | the disk (or quota) is full          | free space; Hearback carries on     |
 * | EACCES, EPERM, EROFS  | not allowed to write that file       | give write access, or another folder|
 * | anything else (EIO…)  | the disk reported an error           | check the disk; Hearback carries on |
 */

const FULL = new Set(['ENOSPC', 'EDQUOT']);
const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);

/** The file an fs error is about, as the user would recognise it. */
function fileOf(error: unknown, fallback: string): string {
  const path = (error as NodeJS.ErrnoException | null)?.path;
  return typeof path === 'string' && path.length > 0 ? path : fallback;
}

export function isPermissionError(error: unknown): boolean {
  return DENIED.has(errnoCode(error) ?? '');
}

/** The sentence for an action refused because its write failed (nothing was changed). */
export function refusedWriteMessage(error: unknown, journalFile: string): string {
  const code = errnoCode(error) ?? '';
  if (FULL.has(code)) return 'The disk is full — nothing was changed. Free some space; Hearback carries on by itself.';
  if (DENIED.has(code)) {
    return `Hearback is not allowed to write ${basename(fileOf(error, journalFile))} — nothing was changed. Give your user account write access to the data folder; Hearback carries on by itself.`;
  }
  return `The disk reported an error (${code || 'unknown'}) while saving — nothing was changed. Check the disk; Hearback carries on by itself.`;
}

/** The read-only reason when the data folder (or a file in it) cannot be opened for writing. */
export function unwritableFolderMessage(error: unknown, dataDir: string): string {
  const file = fileOf(error, dataDir);
  const why = errnoCode(error) === 'EROFS' ? 'the disk is mounted read-only' : 'permission denied';
  return `Hearback cannot write ${file} (${why}), so your data is open read-only and nothing can be changed. Give your user account read and write access to ${file} — or choose another data folder — then restart Hearback.`;
}
