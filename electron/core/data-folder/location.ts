import { existsSync, renameSync } from 'node:fs';
import { fsyncDirectory, mkdirDurable } from '../store/durable-fs';
import { STORE_ENTRIES, STORE_MARKS } from '../store/store-layout';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where Hearback keeps the user's data — one decision for both hosts. The desktop app asks
 * Electron for `userData` (this same rule, which `userDataDir` mirrors so browser mode can follow it
 * without Electron); the data folder is `data/` inside it, so logs and window state stay outside and
 * a copy of the data folder is only the user's data.
 */

export const PRODUCT_NAME = 'Hearback';

/** Electron's `app.getPath('userData')` for an app named Hearback, per platform. */
export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return join(env['APPDATA'] || join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), PRODUCT_NAME);
}

/** The data folder the core owns, inside userData. */
export function dataDirOf(userData: string): string {
  return join(userData, 'data');
}

/** The data folder both hosts open when not told otherwise. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  return dataDirOf(userDataDir(platform, env, home));
}

/**
 * Store files an earlier browser mode left directly in `userData` (empty when there are none): it
 * opened userData itself. The desktop app's own files there (logs, window state) are not the
 * store's and are never moved.
 */
export function legacyDataIn(userData: string): string[] {
  return STORE_ENTRIES.filter((name) => existsSync(join(userData, name)));
}

/** Whether a folder already holds a Hearback store. */
export function holdsStore(dir: string): boolean {
  return STORE_MARKS.some((name) => existsSync(join(dir, name)));
}

export type LegacyData =
  | { kind: 'none' }
  /** Old data sits beside an empty data folder: it can be moved in. */
  | { kind: 'movable'; from: string; to: string; entries: string[] }
  /** Both hold a store: nothing is moved; the user chooses which to open. */
  | { kind: 'both'; from: string; to: string; entries: string[] };

export function findLegacyData(userData: string): LegacyData {
  const entries = legacyDataIn(userData);
  if (!STORE_MARKS.some((name) => entries.includes(name))) return { kind: 'none' };
  const to = dataDirOf(userData);
  return { kind: holdsStore(to) ? 'both' : 'movable', from: userData, to, entries };
}

/**
 * Moves an earlier browser mode's store into the data folder, entry by entry (renames within one
 * folder: nothing is copied, nothing deleted). Refuses when the data folder already holds a store.
 */
export function moveLegacyData(userData: string): { moved: string[]; to: string } {
  const found = findLegacyData(userData);
  if (found.kind === 'none') return { moved: [], to: dataDirOf(userData) };
  if (found.kind === 'both') throw new Error(`Both ${found.from} and ${found.to} hold Hearback data; nothing was moved. Open the one you want with --data-dir.`);
  mkdirDurable(found.to);
  const moved: string[] = [];
  for (const name of found.entries) {
    renameSync(join(found.from, name), join(found.to, name));
    moved.push(name);
  }
  // The moves survive a power cut: both folders' entries on disk before anything opens the data.
  fsyncDirectory(found.to);
  fsyncDirectory(found.from);
  return { moved, to: found.to };
}

/** A sentence for the user about data left in the old place (null when there is none). */
export function legacyDataMessage(found: LegacyData, host: 'browser' | 'electron'): string | null {
  if (found.kind === 'none') return null;
  const keep = `It is untouched; to open it as it is, run \`npm run web -- --data-dir "${found.from}"\`.`;
  if (found.kind === 'both') return `Hearback data from an earlier browser mode is still in ${found.from}, beside the data in ${found.to}. ${keep}`;
  const move = host === 'browser' ? 'Run `npm run web -- --move-old-data` to move it here' : 'Quit Hearback and run `npm run web -- --move-old-data` once to move it here';
  return `Hearback data from an earlier browser mode is in ${found.from}, not in the data folder ${found.to}. ${move}. ${keep}`;
}
