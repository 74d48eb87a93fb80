import { writeFileDurable } from '../../core/store/durable-fs';
import { nodeStoreFs, type StoreFs } from '../../core/store/store-fs';
import type { WindowState } from './window-state';

export interface StateFs {
  readFileSync(path: string, encoding: 'utf8'): string;
}

/** Reads the saved window state as JSON; a missing or unreadable file reads as `undefined`. */
export function readWindowStateFile(path: string, fs: Pick<StateFs, 'readFileSync'>): unknown {
  try {
    return JSON.parse(fs.readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Writes the window state through the store's durable writer (whole or not at all, 0600), so a
 * crash or a full disk mid-write leaves the previous file rather than a truncated one. Failures
 * are ignored: losing the window position is not worth an error dialog.
 */
export function writeWindowStateFile(path: string, state: WindowState, fs: StoreFs = nodeStoreFs): void {
  try {
    writeFileDurable(path, JSON.stringify(state), fs);
  } catch {
    // Read-only profile, full disk…: next launch uses the default size.
  }
}
