import type { HistoryEvent } from '../../../shared/domain';
import type { DataFolderLock } from './data-folder-lock';
import type { Change } from './change';
import type { StoreFs } from './store-fs';

/** How a store is opened: where, with which clock and ids, and who hears of its commits. */
export interface StoreOptions {
  dataDir: string;
  now: () => Date;
  newId: () => string;
  /** Changes between snapshot writes. */
  compactEvery?: number;
  /** Skip the data-folder lock (only for tools that open a copy read-only). */
  readOnly?: boolean;
  /** The user confirmed taking over a lock held by another computer (a synced folder). */
  takeOverLock?: boolean;
  /** A lock this process already holds (reopening after a backup import swapped the files under it). */
  lock?: DataFolderLock;
  /** Events per history shard (tests lower it). */
  shardEvents?: number;
  /** Told of every committed action's events, once they are durable and applied. */
  onCommitted?: (events: readonly HistoryEvent[]) => void;
  /** The file layer (the fault-injection tests pass one that fails on purpose). */
  fs?: StoreFs;
  /**
   * Narrows an undo to what the undone action still owns (sync: fields another computer changed
   * since are kept); returns the changes to make and the names of the fields kept.
   */
  filterUndo?: (undoneActionId: string, changes: Change[]) => { changes: Change[]; kept: string[] };
}
