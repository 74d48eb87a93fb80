import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { BACKUP_DIR } from './store-layout';

/**
 * `import-pending.json` names the folders a backup import swaps: where the staged files are and
 * where the replaced ones go. Startup acts on it, moving and deleting what it names — so it may
 * only name the import's own folders:
 *
 * | field      | must be                                                           |
 * |------------|-------------------------------------------------------------------|
 * | `staging`  | `<data folder>/.import-staging-<stamp>` (a direct child)          |
 * | `previous` | `<data folder>/backups/before-import-<stamp>` (a direct child)    |
 *
 * `<stamp>` is letters, digits and `-` only. Written relative to the data folder; absolute paths
 * (older versions) are accepted when they resolve to the same places. Anything else is a problem:
 * the marker is set aside and nothing it names is touched.
 */

export const STAGING_PREFIX = '.import-staging-';
export const PREVIOUS_PREFIX = 'before-import-';
const STAMP = /^[A-Za-z0-9-]+$/;

const MarkerSchema = z.object({ staging: z.string().min(1), previous: z.string().min(1) });

export type ImportTarget = { staging: string; previous: string } | { problem: string };

/** `path` (relative to the data folder, or absolute) when it is a direct child of `parent` named `prefix<stamp>`. */
function childOf(dataDir: string, parent: string, path: string, prefix: string): string | null {
  const full = isAbsolute(path) ? resolve(path) : resolve(dataDir, path);
  const name = basename(full);
  if (dirname(full) !== resolve(parent) || !name.startsWith(prefix) || !STAMP.test(name.slice(prefix.length))) return null;
  return full;
}

export function readImportMarker(dataDir: string, text: string): ImportTarget {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: 'it is not valid JSON' };
  }
  const parsed = MarkerSchema.safeParse(json);
  if (!parsed.success) return { problem: `it lacks ${parsed.error.issues[0]?.path.join('.') || 'its fields'}` };
  const staging = childOf(dataDir, dataDir, parsed.data.staging, STAGING_PREFIX);
  if (!staging) return { problem: `staging “${parsed.data.staging}” is not an import staging folder inside the data folder` };
  const previous = childOf(dataDir, join(dataDir, BACKUP_DIR), parsed.data.previous, PREVIOUS_PREFIX);
  if (!previous) return { problem: `previous “${parsed.data.previous}” is not an import backup folder inside the data folder’s backups` };
  return { staging, previous };
}
