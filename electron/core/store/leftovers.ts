import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE } from './data-folder-lock';
import { STAGING_PREFIX } from './import-marker';

/**
 * What earlier runs left in the data folder, removed at start while we hold the lock (so no live
 * Hearback can still be using it):
 *
 * | leftover                          | left by                                    | removed             |
 * |-----------------------------------|--------------------------------------------|---------------------|
 * | `.import-staging-*` folders       | an import killed before its commit point   | always (after a pending import was finished) |
 * | `hearback.lock.*.tmp` files       | a start killed while writing its lock      | when over a minute old (a starting process may be writing one now) |
 *
 * Run only after `completePendingReplacement`, so a staging folder an import still needs is gone
 * from the list by then (moved into place). Returns the names removed.
 */

const LOCK_TEMP = new RegExp(`^${LOCK_FILE.replace('.', '\\.')}(\\.takeover)?\\.\\d+\\.[0-9a-f]+\\.tmp$`);
const LOCK_TEMP_AGE_MS = 60_000;

export function removeLeftovers(dataDir: string, now: number = Date.now()): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(dataDir)) {
    const path = join(dataDir, name);
    try {
      if (name.startsWith(STAGING_PREFIX)) {
        rmSync(path, { recursive: true, force: true });
        removed.push(name);
      } else if (LOCK_TEMP.test(name) && now - lstatSync(path).mtimeMs >= LOCK_TEMP_AGE_MS) {
        rmSync(path, { force: true });
        removed.push(name);
      }
    } catch {
      // Best effort: what cannot be removed now (gone already, or an unwritable folder) is
      // tried again at the next start.
    }
  }
  return removed;
}
