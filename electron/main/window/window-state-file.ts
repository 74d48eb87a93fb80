import { LocalStateFile } from '../../core/data-folder/local-state';
import type { DurableLocalStateEngine } from '../../core/data-folder/local-state-engine';
import type { StoreFs } from '../../core/store/store-fs';
import { WindowStateSchema, type WindowState } from './window-state';

/**
 * `window-state.json` in userData: this computer's own state, kept with electron-store (the desktop
 * app passes `DesktopLocalState`; tests, conf) through the store's durable writer (local-state.ts), so a crash, a power cut or a full disk mid-write leaves the
 * previous file rather than a truncated one.
 *
 * | situation                   | what happens                                                       |
 * |-----------------------------|--------------------------------------------------------------------|
 * | no file                     | `read()` is undefined: the default size, centred                    |
 * | a file from before conf     | read as it is; conf's migration note added                          |
 * | damaged                     | kept aside (`window-state.damaged-<time>.json`), logged — the default size is no news worth a notice |
 * | a write fails               | ignored: losing the window position is not worth an error dialog    |
 * | the file cannot be opened   | (an unreadable profile) reads as undefined; writes are skipped      |
 */
export class WindowStateFile {
  private readonly stored: LocalStateFile<typeof WindowStateSchema> | null;
  private saved = false;

  constructor(userData: string, log: { warn(message: string): void }, { engine, fs }: { engine?: DurableLocalStateEngine; fs?: StoreFs } = {}) {
    let stored: LocalStateFile<typeof WindowStateSchema> | null = null;
    try {
      stored = new LocalStateFile({ dir: userData, name: 'window-state', schema: WindowStateSchema, empty: () => ({ width: 0, height: 0, maximized: false }), ...(engine ? { engine } : {}), ...(fs ? { fs } : {}) });
      if (stored.problem) log.warn('window state file unreadable; kept aside');
    } catch {
      log.warn('window state file could not be opened');
    }
    this.stored = stored;
  }

  /** The saved state as stored, or undefined when there is none (restoreWindowState checks it). */
  read(): unknown {
    const value = this.stored?.value;
    return this.saved || (value !== undefined && value.width > 0) ? value : undefined;
  }

  write(state: WindowState): void {
    try {
      this.stored?.save(state);
      this.saved = true;
    } catch {
      // Read-only profile, full disk…: next launch uses the default size.
    }
  }
}
