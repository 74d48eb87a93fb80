import { HearbackError } from '../../../shared/contract';
import type { Application, FollowUp, HistoryEntity, HistoryEvent, Interview, Settings, Stage, WorkSearchActivity } from '../../../shared/domain';
import { withUniquePositions, type CurrentRecord } from './action-changes';
import { applyEvent, type StoreState } from './apply-event';
import { validActions, validateChanges, type ActionInput } from './change';
import { eventsOfActions } from './action-events';
import { currentRecord, everyRecord, listArchived, readApplication, readChildrenOf, readFollowUp, readInterview, type StoredRecord } from './record-lookups';
import { ArchiveShards } from './archive-shards';
import { rebuildArchiveShard } from './archive-rebuild';
import { acquireDataFolderLock, type DataFolderLock } from './data-folder-lock';
import { DocumentFile } from './document-file';
import { removeStaleTempFiles } from './durable-fs';
import { HistoryJournal, type HistoryFilter } from './history-journal';
import { replayNotices } from './replay-notices';
import { recordSetFrom, recordSetToDoc, type RecordSet } from './records';
import { loadMainSnapshot, rotateBackup, type LoadNotice } from './snapshot-loader';
import { SNAPSHOT_NAME } from './store-layout';
import { trustedSnapshot } from './snapshot-trust';
import { tightenDataFolder } from './data-folder-privacy';
import { removeLeftovers } from './leftovers';
import { completePendingReplacement, type PendingReplacement } from './replace-data';
import { CURRENT_SCHEMA_VERSION } from './snapshot-schema';
import { nodeStoreFs, type StoreFs } from './store-fs';
import { UndoHistory } from './undo-history';
import { redoAction, undoAction, type UndoDeps } from './undo-redo';

export type { WriteProblem } from './acknowledged-writes';
import { probeWritable, unreadableFolder } from './folder-access';
import { isPermissionError, unwritableFolderMessage } from './write-failure';
import { AcknowledgedWrites, type WriteProblem } from './acknowledged-writes';

/**
 * The Hearback store: the user's whole job search (stages, settings, applications, interviews,
 * follow-ups and their history), held by the main process. (The design card calls it the interview
 * store; it holds far more than interviews, hence the name.)
 *
 * Writes: every action is one journal line (append + fsync; actions committed together share
 * one write) — acknowledged once on disk. Undo and redo: undo-redo.ts. The
 * snapshot (`hearback.json`, the active set) and the archive shards are rewritten only every
 * `compactEvery` changes and at close, so a change's cost does not grow with the data.
 */

export type { StoreOptions } from './store-options';
import type { StoreOptions } from './store-options';

export type { ActionInput, Change } from './change';

export class HearbackStore {
  /** What opening found (damage repaired, files set aside…), for the app to show. */
  readonly notices: LoadNotice[] = [];
  /** Told of a notice raised after opening (an archive shard repaired on first load). */
  onLateNotice: (notice: LoadNotice) => void = () => {};
  /** Set for the whole session: a newer file format, an unwritable folder, or opened read-only. */
  readonly readOnlyReason: string | null;
  private readonly writes: AcknowledgedWrites;
  private readonly fs: StoreFs;
  private readonly state: StoreState;
  private readonly journal: HistoryJournal;
  private readonly mainFile: DocumentFile;
  private readonly undoHistory = new UndoHistory();
  private snapshotSeq: number;
  /** The last seq in use: past both the journal and the snapshot, so nothing new is ever skipped. */
  private lastSeq: number;
  /** Where a failed snapshot write was last tried (the next try waits another `compactEvery`). */
  private compactTriedAt = 0;
  private closed = false;
  /** Where the previous data went when opening finished a backup import (else null). */
  completedImport: string | null = null;

  private constructor(
    private readonly options: StoreOptions,
    private readonly lock: DataFolderLock | null,
    unwritable: string | null,
  ) {
    const { dataDir, now } = options;
    const fs = (this.fs = options.fs ?? nodeStoreFs);
    const nowIso = () => now().toISOString();
    const forcedReadOnly = options.readOnly ? 'opened read-only' : unwritable;
    let loaded = loadMainSnapshot(dataDir, nowIso(), fs, forcedReadOnly !== null);
    this.journal = new HistoryJournal(dataDir, options.shardEvents, fs);
    const opened = this.journal.open(forcedReadOnly !== null || loaded.readOnlyReason !== null, now, loaded.snapshot.lastSeq);
    const trusted = trustedSnapshot(loaded, opened, this.journal.lastSeq, { dataDir, now: nowIso(), fs, readOnly: forcedReadOnly !== null });
    loaded = trusted.loaded;
    this.notices.push(...loaded.notices);
    this.readOnlyReason = forcedReadOnly ?? loaded.readOnlyReason;
    if (unwritable !== null) this.notices.push({ level: 'error', code: 'folder-unwritable', message: unwritable });
    const snap = loaded.snapshot;
    this.state = {
      stages: new Map(snap.stages.map((s) => [s.id, s])),
      settings: snap.settings,
      workSearch: new Map(snap.workSearchActivities.map((a) => [a.id, a])),
      active: recordSetFrom(snap),
      archive: new ArchiveShards(dataDir, fs, nowIso),
    };
    this.mainFile = new DocumentFile(dataDir, SNAPSHOT_NAME, fs);
    this.writes = new AcknowledgedWrites(this.journal);
    this.state.archive.onDamaged = (problem, set) => {
      rebuildArchiveShard(this.journal.iterate(), problem.shard, set);
      const notice: LoadNotice = {
        level: 'warning',
        code: 'archive-repaired',
        message: `An archive file was damaged (${problem.reason}); it was moved to ${problem.movedTo} and rebuilt from the history.`,
      };
      // Shards load lazily: this can happen long after opening, when the app already runs.
      this.notices.push(notice);
      this.onLateNotice(notice);
    };
    // Write-ahead replay: everything acknowledged after the snapshot that can still be read.
    const replay = this.journal.eventsAfter(snap.lastSeq);
    for (const event of replay.events) applyEvent(this.state, event);
    this.notices.push(
      ...replayNotices({
        opened: trusted.opened,
        lostInSealed: replay.lost,
        snapshotSeq: snap.lastSeq,
        snapshotSavedAt: snap.savedAt,
        journalSeq: this.journal.lastSeq,
        timeZone: this.state.settings.timeZone ?? undefined,
      }),
    );
    this.snapshotSeq = snap.lastSeq;
    this.lastSeq = Math.max(snap.lastSeq, this.journal.lastSeq);
    this.moveInlineArchived();
    if (this.readOnlyReason === null && (loaded.needsWrite || this.lastSeq > this.snapshotSeq)) this.tryCompact();
  }

  /**
   * Opens the data folder. A folder (or file) Hearback may not write opens read-only with a
   * message naming it — never a stack trace; a folder it cannot even read opens empty, read-only.
   */
  static open(options: StoreOptions): HearbackStore {
    const fs = options.fs ?? nodeStoreFs;
    const unwritable = options.readOnly ? null : probeWritable(options.dataDir, fs);
    const lock = options.readOnly || unwritable !== null ? null : (options.lock ?? acquireDataFolderLock(options.dataDir, { takeOver: options.takeOverLock }));
    try {
      let pending: PendingReplacement | null = null;
      if (lock) {
        // Under the lock: a backup import interrupted by a crash is finished before anything is
        // read, and what earlier runs left behind is removed (no live Hearback can own it now).
        pending = completePendingReplacement(options.dataDir, fs);
        removeLeftovers(options.dataDir);
        removeStaleTempFiles(options.dataDir, fs);
      }
      const store = new HearbackStore(options, lock, unwritable);
      if (pending?.notice) store.notices.push(pending.notice);
      store.completedImport = pending?.previous ?? null;
      if (lock) tightenDataFolder(options.dataDir);
      return store;
    } catch (error) {
      // A lock handed in stays with its holder.
      if (!options.lock) lock?.release();
      if (!isPermissionError(error)) throw error;
      const reason = unwritableFolderMessage(error, options.dataDir);
      try {
        return new HearbackStore(options, null, reason);
      } catch (again) {
        if (!isPermissionError(again)) throw again;
        return new HearbackStore({ ...options, fs: unreadableFolder(fs) }, null, unwritableFolderMessage(again, options.dataDir));
      }
    }
  }

  /** Archived applications still in the active set (a migrated version-1 file) move to the archive. */
  private moveInlineArchived(): void {
    for (const app of [...this.state.active.applications.values()]) {
      if (app.archived) applyEvent(this.state, this.syntheticEvent('application', app.id, app));
    }
  }

  private syntheticEvent(entity: HistoryEntity, id: string, after: unknown): HistoryEvent {
    return { seq: 1, at: this.options.now().toISOString(), actionId: 'internal', kind: 'updated', entity, entityId: id, applicationId: id, summary: '', reverts: null, before: null, after };
  }

  // ── Reads ────────────────────────────────────────────────────────────────────────────────

  get revision(): number {
    return this.lastSeq;
  }
  /** Why the last write failed, until one succeeds (null when writes work). */
  get writeProblem(): WriteProblem | null {
    return this.writes.problem;
  }
  /** Called when writes start failing (a problem) or work again (null). */
  set onWriteProblem(listener: (problem: WriteProblem | null) => void) {
    this.writes.onProblem = listener;
  }
  get canUndo(): boolean {
    return this.undoHistory.canUndo;
  }
  get canRedo(): boolean {
    return this.undoHistory.canRedo;
  }
  /** Actions undo can still reverse, oldest first. */
  get undoableActionIds(): string[] {
    return this.undoHistory.undoableIds;
  }
  /** The most recent new user action's id (what a toast's Undo names). */
  get lastRecordedActionId(): string | null {
    return this.undoHistory.lastRecorded;
  }
  get settings(): Settings {
    return this.state.settings;
  }
  /** The work-search log's manual entries and the user's edits of derived activities. */
  workSearchActivities(): WorkSearchActivity[] {
    return [...this.state.workSearch.values()];
  }

  stages(): Stage[] {
    return [...this.state.stages.values()].sort((a, b) => a.order - b.order);
  }
  stage(id: string): Stage | undefined {
    return this.state.stages.get(id);
  }
  get active(): Readonly<RecordSet> {
    return this.state.active;
  }

  // `read…` lookups may read archive shards from disk (record-lookups.ts); `active` never does.

  readApplication(id: string): Application | undefined {
    return readApplication(this.state, id);
  }
  readChildrenOf(applicationId: string): { interviews: Interview[]; followUps: FollowUp[] } {
    return readChildrenOf(this.state, applicationId);
  }
  readInterview(id: string): Interview | undefined {
    return readInterview(this.state, id);
  }
  readFollowUp(id: string): FollowUp | undefined {
    return readFollowUp(this.state, id);
  }

  /** Every record set: the active one, then each archive shard (loads the archive). */
  allRecordSets(): RecordSet[] {
    return [this.state.active, ...this.state.archive.loadAll()];
  }

  /** Every record of every kind the history knows (loads the archive). */
  allRecords(): StoredRecord[] {
    return everyRecord(this.state, this.allRecordSets());
  }

  listArchived(query: string, offset: number, limit: number): { items: Application[]; total: number } {
    return listArchived(this.state, query, offset, limit);
  }

  /** The record an entity kind and id name right now, or null (any kind the history knows). */
  currentRecord(entity: HistoryEntity, id: string, applicationId: string | null): unknown {
    return this.current(entity, id, applicationId);
  }

  historyPage(filter: HistoryFilter, beforeSeq: number, limit: number): HistoryEvent[] {
    return this.journal.page(filter, beforeSeq, limit);
  }
  iterateHistory(filter: HistoryFilter = {}): Generator<HistoryEvent> {
    return this.journal.iterate(filter);
  }

  // ── Writes ───────────────────────────────────────────────────────────────────────────────

  private readonly current: CurrentRecord = (entity, id, applicationId) => currentRecord(this.state, entity, id, applicationId);

  /**
   * Validates, writes durably, then applies one user action. Returns its events.
   * Throws `invalid_request` naming the field (nothing written) or `read_only`.
   */
  commit(action: ActionInput): HistoryEvent[] {
    this.assertWritable();
    if (action.changes.length === 0) return [];
    validateChanges(action.changes);
    return this.commitValid([action])[0] ?? [];
  }

  /**
   * Several actions written together: one durable write (one fsync) per history shard instead of
   * one per action, each still its own action in the History (changes from another computer, a
   * batch of the changes feed at a time). Each is validated alone: one refused goes to `onRefused`
   * and the others commit. Positions are placed against the state before the batch (changes from
   * elsewhere keep theirs). Returns each committed action's events.
   */
  commitMany(actions: readonly ActionInput[], onRefused: (action: ActionInput, error: unknown) => void): HistoryEvent[][] {
    this.assertWritable();
    return this.commitValid(validActions(actions, onRefused));
  }

  private assertWritable(): void {
    if (this.closed) throw new HearbackError('unavailable', 'The store is closed.');
    if (this.readOnlyReason !== null) throw new HearbackError('read_only', this.readOnlyReason);
  }

  private commitValid(actions: readonly ActionInput[]): HistoryEvent[][] {
    // Changes from another computer keep their positions: the board orders equal ones by id, so
    // every computer shows the same order without re-placing (and re-sending) cards.
    const placed = actions.map((a) => (a.keepPositions ? a : { ...a, changes: withUniquePositions(this.state.active.applications.values(), a.changes) }));
    const all = eventsOfActions(placed, { at: this.options.now().toISOString(), lastSeq: this.lastSeq, newId: this.options.newId, current: this.current });
    const done: HistoryEvent[][] = [];
    while (done.length < all.length) {
      const chunk = all.slice(done.length, done.length + this.journal.room);
      this.writes.append(chunk);
      for (const events of chunk) {
        const action = placed[done.length]!;
        this.lastSeq = events[events.length - 1]?.seq ?? this.lastSeq;
        for (const event of events) applyEvent(this.state, event);
        this.options.onCommitted?.(events);
        if (action.undoable && events[0]) this.undoHistory.recorded(events[0].actionId, events, action.summary);
        done.push(events);
      }
    }
    const every = this.options.compactEvery ?? 500;
    if (this.lastSeq - Math.max(this.snapshotSeq, this.compactTriedAt) >= every) this.tryCompact();
    return done;
  }

  /** Tries again to clean up after a failed write (a timer calls this while writes fail). */
  retryWrites(): void {
    if (!this.closed) this.writes.retry();
  }

  /**
   * Reverses the most recent user action, or only `actionId` (undo-redo.ts says when it refuses).
   * Returns what was undone, or null when there is nothing to undo.
   */
  undo(actionId?: string): string | null {
    return undoAction(this.undoDeps, actionId);
  }

  redo(): string | null {
    return redoAction(this.undoDeps);
  }

  private readonly undoDeps: UndoDeps = {
    history: this.undoHistory,
    current: (entity, id, applicationId) => this.current(entity, id, applicationId),
    filterUndo: (id, changes) => this.options.filterUndo?.(id, changes) ?? { changes, kept: [] },
    commit: (action) => this.commit(action),
  };

  /**
   * A snapshot after an acknowledged change: its failure (a full disk) changes nothing — the
   * journal holds every change, the old snapshot stays whole — so it is tried again later.
   */
  private tryCompact(): void {
    try {
      this.compact();
    } catch {
      this.compactTriedAt = this.lastSeq;
    }
  }

  /** Writes the archive shards, then the snapshot (with a rolling backup of the previous one). */
  compact(): void {
    if (this.readOnlyReason !== null) return;
    const lastSeq = this.lastSeq;
    const now = this.options.now().toISOString();
    this.state.archive.flush(lastSeq);
    rotateBackup(this.options.dataDir, this.snapshotSeq, now, this.fs);
    this.mainFile.write({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      lastSeq,
      savedAt: now,
      stages: this.stages(),
      settings: this.state.settings,
      ...recordSetToDoc(this.state.active),
      workSearchActivities: this.workSearchActivities(),
    });
    this.snapshotSeq = lastSeq;
  }

  /**
   * A snapshot when the app goes idle, not only every `compactEvery` changes: the changes only the
   * journal holds then stay few, so one deleted `history/` folder cannot take many with it.
   */
  snapshotIfBehind(): void {
    if (!this.closed && this.readOnlyReason === null && this.lastSeq > this.snapshotSeq) this.tryCompact();
  }

  close(): void {
    this.closeKeepingLock()?.release();
  }

  /** Closes the files but keeps the data folder locked, for swapping them (a backup import). */
  closeKeepingLock(): DataFolderLock | null {
    if (this.closed) return null;
    if (this.readOnlyReason === null && this.lastSeq > this.snapshotSeq) this.tryCompact();
    this.closed = true;
    this.journal.close();
    return this.lock;
  }
}
