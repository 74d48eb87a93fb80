import { resolve } from 'node:path';

const USAGE = 'Usage: npm run web -- [--data-dir DIR] [--port N] [--move-old-data] [--take-over-lock] [--capture-local-pages] [--sync-file PATH]';

export interface WebArgs {
  /** null: the default data folder, the desktop app's. */
  dataDir: string | null;
  port: number | undefined;
  moveOldData: boolean;
  /** The user says the Hearback on another computer that holds the lock is not running. */
  takeOverLock: boolean;
  /** Capture may fetch pages on this computer and private networks (tests serve postings on 127.0.0.1). */
  captureLocalPages: boolean;
  /** Start syncing with the server this JSON file names (sync-file.ts). */
  syncFile: string | null;
}

export function parseArgs(argv: readonly string[]): WebArgs {
  let dataDir: string | null = null;
  let port: number | undefined;
  let moveOldData = false;
  let takeOverLock = false;
  let captureLocalPages = false;
  let syncFile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--data-dir' && value) {
      dataDir = resolve(value);
      i++;
    } else if (arg === '--port' && value) {
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, got ${value}`);
      i++;
    } else if (arg === '--move-old-data') {
      moveOldData = true;
    } else if (arg === '--take-over-lock') {
      takeOverLock = true;
    } else if (arg === '--sync-file' && value) {
      syncFile = resolve(value);
      i++;
    } else if (arg === '--capture-local-pages') {
      captureLocalPages = true;
    } else {
      throw new Error(`Unknown argument ${arg}. ${USAGE}`);
    }
  }
  if (moveOldData && dataDir !== null) throw new Error(`--move-old-data moves data into the default folder; it cannot be combined with --data-dir. ${USAGE}`);
  return { dataDir, port, moveOldData, takeOverLock, captureLocalPages, syncFile };
}
