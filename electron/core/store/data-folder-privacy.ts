import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The user's job search is private: on POSIX the data folder is 0700 and everything in it 0600
 * (folders 0700), so other accounts on the machine cannot read it. New files are created with
 * those modes; existing installs (0755/0644 from older versions) are tightened at every start.
 * Symlinks are not followed and other owners' files are left alone (chmod would fail anyway).
 * Windows: ACLs, not modes, decide — nothing to do here.
 */

export const FOLDER_MODE = 0o700;
export const FILE_MODE = 0o600;

/** Returns how many entries were tightened. */
export function tightenDataFolder(dataDir: string, platform: NodeJS.Platform = process.platform): number {
  if (platform === 'win32') return 0;
  const uid = process.getuid?.();
  let changed = 0;
  const visit = (path: string): void => {
    try {
      const stat = lstatSync(path);
      if (stat.isSymbolicLink() || (uid !== undefined && stat.uid !== uid)) return;
      const wanted = stat.isDirectory() ? FOLDER_MODE : FILE_MODE;
      if ((stat.mode & 0o777) !== wanted) {
        chmodSync(path, wanted);
        changed++;
      }
      if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    } catch {
      // Best effort: an immutable or read-only entry keeps its mode; opening the store decides
      // what an unwritable folder means, not this.
    }
  };
  visit(dataDir);
  return changed;
}
