/**
 * The store's files inside the data folder, named once — the store, the data-folder rule (which
 * recognises and moves a store) and an import (which swaps one) read them here:
 *
 * | entry                    | what it holds                                                       |
 * |--------------------------|---------------------------------------------------------------------|
 * | `hearback.json`          | the snapshot: the active set, stages and settings                   |
 * | `history/`               | the journal of every change, in shards                              |
 * | `archive/`               | archived applications, in shards                                    |
 * | `backups/`               | earlier snapshots, damaged files set aside, data an import replaced |
 * | `import-pending.json`    | only while an import swaps the files: which folders it swaps        |
 * | `sync/`                  | this computer's replica for sync (PouchDB); never the truth: the journal is |
 *
 * The first three are the live data an import replaces; a folder holding `hearback.json` or
 * `history/` holds a store.
 */
export const SNAPSHOT_NAME = 'hearback';
export const SNAPSHOT_FILE = `${SNAPSHOT_NAME}.json`;
export const HISTORY_DIR = 'history';
export const ARCHIVE_DIR = 'archive';
export const BACKUP_DIR = 'backups';
export const IMPORT_MARKER_FILE = 'import-pending.json';
/** The sync engine's local replica (electron/core/sync/engine): rebuilt from the store and the server when missing. */
export const SYNC_DIR = 'sync';

/** The live data: what an import replaces. */
export const LIVE_ENTRIES = [SNAPSHOT_FILE, HISTORY_DIR, ARCHIVE_DIR] as const;
/** Everything the store keeps in its folder. */
export const STORE_ENTRIES = [...LIVE_ENTRIES, BACKUP_DIR] as const;
/** The folders whose entries the store creates, renames or removes ('.' is the data folder). */
export const STORE_FOLDERS = ['.', HISTORY_DIR, ARCHIVE_DIR, BACKUP_DIR] as const;
/** Entries whose presence means a folder holds a store. */
export const STORE_MARKS = [SNAPSHOT_FILE, HISTORY_DIR] as const;
