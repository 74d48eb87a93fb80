import { mkdirDurable } from './durable-fs';
import { errnoCode, type StoreFs } from './store-fs';
import { isPermissionError, unwritableFolderMessage } from './write-failure';

/**
 * Whether the data folder can be used for writing, asked before the lock is taken: a folder
 * Hearback may not write (permissions, an immutable folder, a read-only disk) opens read-only
 * with a message naming it, instead of failing later with a stack trace or a misleading lock error.
 */

/** Null when the folder can be written; otherwise the read-only reason naming what failed. */
export function probeWritable(dataDir: string, fs: StoreFs): string | null {
  // Created and removed at once; named like a temp file, so a crash leaves nothing startup keeps.
  const probe = `${dataDir}/.write-check.json.tmp-${process.pid}`;
  try {
    // Durable before anything goes in it: a folder whose own entry a power cut undoes takes
    // every acknowledged change with it.
    mkdirDurable(dataDir, fs);
    fs.closeSync(fs.openSync(probe, 'w', 0o600));
    fs.unlinkSync(probe);
    return null;
  } catch (error) {
    // Named as the folder: the probe file is ours, not something the user should look for.
    if (isPermissionError(error)) return unwritableFolderMessage({ code: errnoCode(error) }, dataDir);
    // A full or failing disk is not a reason to refuse to open: reads work, writes say why they fail.
    return null;
  }
}

/** A folder that cannot even be read opens as empty: every file reads as missing. */
export function unreadableFolder(fs: StoreFs): StoreFs {
  return { ...fs, existsSync: () => false, readdirSync: () => [] };
}
