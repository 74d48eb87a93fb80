import type { WindowState } from './window-state';

export interface StateFs {
  readFileSync(path: string, encoding: 'utf8'): string;
  writeFileSync(path: string, data: string, encoding: 'utf8'): void;
  renameSync(from: string, to: string): void;
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
 * Writes the window state through a temporary file and a rename, so a crash mid-write leaves
 * the previous file rather than a truncated one. Failures are ignored: losing the window
 * position is not worth an error dialog.
 */
export function writeWindowStateFile(path: string, state: WindowState, fs: StateFs): void {
  try {
    fs.writeFileSync(`${path}.tmp`, JSON.stringify(state), 'utf8');
    fs.renameSync(`${path}.tmp`, path);
  } catch {
    // Read-only profile, full disk…: next launch uses the default size.
  }
}
