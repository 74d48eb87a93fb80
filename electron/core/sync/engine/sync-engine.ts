import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PouchDB, type Emitter, type PouchDatabase } from './pouch';
import type { HistoryEvent } from '../../../../shared/domain';
import type { Change } from '../../store/change';
import type { HearbackStore } from '../../store/hearback-store';
import { SYNC_DIR } from '../../store/store-layout';
import type { SyncConnection, SyncEngine, SyncNotice, SyncStatus } from '../sync-port';
import { lastBoardDatabase, pullBoardFirst, type BoardPull } from './board-pull';
import { resealedNotice } from './reseal';
import { RecordFlow } from './record-flow';
import { classifyFailure, openRemote, type RemoteDatabase } from './remote';
import { readReminderRole, writeReminderRole, type ReminderRole } from './reminder-role';
import { DeliveryClaims } from './delivery-claims';

/**
 * The replication engine: a local PouchDB in the data folder's `sync/`, replicated both ways,
 * live, with the server; the records flow between it and the store (record-flow.ts).
 *
 * | what happens                                  | status                                               |
 * |-----------------------------------------------|------------------------------------------------------|
 * | never started, or stopped                     | off                                                  |
 * | changes waiting to go out or to be applied    | syncing (pending = how many)                         |
 * | the replication is idle, nothing waiting      | synced (lastSyncedAtMs = then)                       |
 * | the server does not answer                    | offline since the last time it did; retried with backoff (1 s doubling to 60 s); local work goes on |
 * | the server refuses (see remote.ts)            | refused with the reason; replication stops until started again (a new password…) |
 *
 * Compaction: the local database is compacted after every `compactEvery` record writes, when sync
 * goes idle (synced) after at least `IDLE_COMPACT_WRITES` writes, and when the engine closes, so old
 * revisions do not pile up on disk. (The server's own compaction is its administrator's: a member
 * user may not compact a CouchDB database.)
 *
 * Not synced — they never enter the local database: passwords (the secret store), mail and
 * calendar cursors and this computer's state (their own files), the data-folder lock.
 */

export interface SyncEngineDeps {
  dataDir: string;
  deviceId: string;
  deviceName: string;
  store: () => HearbackStore;
  /** The core's call queue: incoming changes are applied in it, never around it. */
  run: <T>(fn: () => T) => Promise<T>;
  now: () => number;
  warn: (message: string, meta?: Record<string, unknown>) => void;
  /** Before any computer has taken the role (reminder-role.ts), whether this one is the reminder computer. */
  reminderComputer?: boolean;
  /** The reminder computer changed (another computer took the role, or this one). */
  onReminderRole?: () => void;
  /** A delivery claimed by another computer arrived: its notification here closes. */
  onRemoteDelivery?: (followUpId: string, occurrence: string) => void;
  compactEvery?: number;
  /** Backoff between retries while offline (tests shorten it). */
  maxBackoffMs?: number;
}

/** The engine as the core uses it: the seam's `SyncEngine` plus the store's hooks. */
export interface CoreSyncEngine extends SyncEngine {
  readonly reminderComputer: boolean;
  /** Claims ahead, on the server, the occurrences this reminder computer will show (claims.ts); false when it may not (not the reminder computer, or not reaching the server). */
  claimAhead(keys: readonly { followUpId: string; occurrence: string }[]): Promise<boolean>;
  /** The reminder computer, reaching the server, says it is awake (delivery-claims.ts); at most once a minute. */
  sayPresent(): Promise<void>;
  /** The store's commit hook. */
  committed(events: readonly HistoryEvent[]): void;
  filterUndo(undoneActionId: string, changes: Change[]): { changes: Change[]; kept: string[] };
  /** Every computer's actions as this replica holds them (the history that syncs). */
  syncedHistory(): Promise<{ hlc: string; device: string; action: string; summary: string }[]>;
  /** Resolves when what was queued and seen so far is written and applied (tests). */
  idle(): Promise<void>;
  /** Closes the local database (the core's close). */
  close(): Promise<void>;
}

/** Record writes after which going idle compacts the local database. */
export const IDLE_COMPACT_WRITES = 200;

const OFF: SyncStatus = { state: 'off', pending: 0, offlineSinceMs: null, reason: null, lastSyncedAtMs: null };

export function createSyncEngine(deps: SyncEngineDeps): CoreSyncEngine {
  const dir = join(deps.dataDir, SYNC_DIR);
  let connection: SyncConnection | null = null;
  let remote: RemoteDatabase | null = null;
  let replications: Emitter[] = [];
  let status: SyncStatus = OFF;
  let replicationPending = 0;
  let replicationActive = false;
  let lastReachable: number | null = null;
  const listeners = new Set<(status: SyncStatus) => void>();
  const compactEvery = deps.compactEvery ?? 2_000;
  /** This computer as sync names it: the deps' until a connection names it (`connection.device`, kept by setup). */
  const device = { id: deps.deviceId, name: deps.deviceName };

  /**
   * The replica opens on the first start, or at once when this data folder already has one (sync
   * was used here): from then on every commit is recorded, also while sync is stopped or offline.
   */
  let replica: { local: PouchDatabase; flow: RecordFlow; following: Promise<void> } | null = null;
  const open = () => {
    if (replica) return replica;
    mkdirSync(dir, { recursive: true });
    const local = new PouchDB(join(dir, 'records'));
    const flow = new RecordFlow({
      local,
      device,
      wallClock: deps.now,
      store: deps.store,
      run: deps.run,
      cipher: () => connection?.recordCipher ?? null,
      warn: deps.warn,
      onRemoteDelivery: (followUpId, occurrence) => deps.onRemoteDelivery?.(followUpId, occurrence),
      onReminderRole: () => void loadRole().catch((error: unknown) => deps.warn('sync: the reminder computer could not be read', { error: String(error) })),
    });
    flow.onActivity = () => {
      refresh();
      if (flow.written >= compactEvery) {
        flow.written = 0;
        void local.compact().catch(() => undefined);
      }
    };
    replica = { local, flow, following: flow.seed().then(() => flow.follow()) };
    return replica;
  };
  const waiting = () => replica?.flow.pending ?? 0;

  /** The role as this replica last read it; undefined until read, null when no computer has taken it. */
  let role: ReminderRole | null | undefined;
  const loadRole = async () => {
    const current = replica;
    const database = connection?.database;
    if (!current || database === undefined) return;
    const next = await readReminderRole(current.local, database).catch(() => role ?? null);
    if (next) current.flow.clock.observe(next.hlc);
    const changed = JSON.stringify(next) !== JSON.stringify(role);
    role = next;
    if (changed) {
      deps.onReminderRole?.();
      for (const listener of listeners) listener(status);
    }
  };
  const isReminderComputer = (): boolean => {
    if (role) return role.device === device.id;
    return connection?.device?.reminderComputer ?? deps.reminderComputer ?? true;
  };
  const takeRole = async (holder: { id: string; name: string } | null) => {
    const database = connection?.database;
    if (database === undefined) return;
    const { local, flow } = open();
    role = await writeReminderRole(local, database, holder, flow.clock.issue(), device.id);
    deps.onReminderRole?.();
    for (const listener of listeners) listener(status);
  };
  /** The server while replication runs (claims go straight to it); null while stopped or refused. */
  const reachableRemote = () => (remote && status.state !== 'refused' && status.state !== 'off' ? remote.db : null);
  const claims = new DeliveryClaims({ device, now: deps.now, remote: reachableRemote, local: () => replica?.local ?? null, isReminderComputer: () => isReminderComputer() });

  const setStatus = (next: SyncStatus) => {
    if (JSON.stringify(next) === JSON.stringify(status)) return;
    status = next;
    for (const listener of listeners) listener(status);
  };
  const refresh = () => {
    if (status.state === 'off' || status.state === 'refused') return;
    const pending = waiting() + replicationPending;
    if (status.state === 'offline') return setStatus({ ...status, pending });
    if (pending > 0 || replicationActive) setStatus({ state: 'syncing', pending, offlineSinceMs: null, reason: null, lastSyncedAtMs: status.lastSyncedAtMs });
    else {
      lastReachable = deps.now();
      setStatus({ state: 'synced', pending: 0, offlineSinceMs: null, reason: null, lastSyncedAtMs: deps.now() });
      if (replica && replica.flow.written >= IDLE_COMPACT_WRITES) {
        replica.flow.written = 0;
        void replica.local.compact().catch(() => undefined);
      }
    }
  };
  const failed = (error: unknown) => {
    const failure = classifyFailure(error);
    if (failure.kind === 'refused') {
      setStatus({ state: 'refused', pending: waiting(), offlineSinceMs: null, reason: failure.reason, lastSyncedAtMs: status.lastSyncedAtMs });
      void stopReplication();
      return;
    }
    if (status.state !== 'offline') setStatus({ state: 'offline', pending: waiting() + replicationPending, offlineSinceMs: lastReachable ?? deps.now(), reason: null, lastSyncedAtMs: status.lastSyncedAtMs });
  };

  let boardPull: BoardPull | null = null;
  async function stopReplication(): Promise<void> {
    const running = replications;
    replications = [];
    boardPull?.cancel();
    boardPull = null;
    await Promise.all(
      running.map(async (r) => {
        const done = new Promise<void>((resolve) => r.on('complete', () => resolve()));
        r.cancel();
        await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 2_000))]);
      }),
    );
    const open = remote;
    remote = null;
    await open?.close();
  }

  /**
   * Two one-way live replications rather than PouchDB's `sync`: `sync` reports a pause without
   * its error, and an unreachable server must show as offline. The pull starts once the board is
   * in (board-pull.ts: the first pull from a database brings the records before the history).
   */
  const startReplication = (db: PouchDatabase, source: { server: string; database: string }) => {
    const maxBackoff = deps.maxBackoffMs ?? 60_000;
    const options = {
      live: true,
      retry: true,
      batch_size: 500,
      back_off_function: (delay: number) => (delay === 0 ? Math.min(1_000, maxBackoff) : Math.min(maxBackoff, delay * 2)),
    };
    const { local } = open();
    const paused = [false, false];
    const mine: Emitter[] = [];
    replications = mine;
    const watch = (replication: Emitter, index: number) => {
      replication.on('change', (info: { pending?: number }) => {
        replicationPending = info.pending ?? 0;
        refresh();
      });
      replication.on('active', () => {
        paused[index] = false;
        replicationActive = true;
        lastReachable = deps.now();
        if (status.state === 'offline') setStatus({ ...status, state: 'syncing', offlineSinceMs: null });
        refresh();
      });
      replication.on('paused', (error?: unknown) => {
        paused[index] = true;
        if (error) return failed(error);
        replicationActive = !paused.every(Boolean);
        if (!replicationActive) replicationPending = 0;
        lastReachable = deps.now();
        if (status.state === 'offline') setStatus({ ...status, state: 'syncing', offlineSinceMs: null });
        refresh();
      });
      replication.on('denied', (error: unknown) => failed(error));
      replication.on('error', (error: unknown) => failed(error));
    };
    const push = local.replicate.to(db, options);
    mine.push(push);
    watch(push, 0);
    // Until the live pull runs, the pull counts as active (paused[1] false): the status says syncing.
    replicationActive = true;
    boardPull = pullBoardFirst(local, db, source, (board) =>
      board.on('change', (info: { pending?: number }) => {
        replicationPending = info.pending ?? 0;
        refresh();
      }),
    );
    void boardPull.done.then((go) => {
      if (!go || replications !== mine) return;
      const pull = local.replicate.from(db, options);
      mine.push(pull);
      watch(pull, 1);
    });
  };

  /**
   * Encryption switched on where documents went out in plain: they are sealed again before any
   * replication, and the user is told what the server still keeps (reseal.ts).
   */
  const noticeListeners = new Set<(notice: SyncNotice) => void>();
  const sealBeforeReplicating = async (next: SyncConnection) => {
    const { flow, local } = open();
    const sealed = await flow.sealOnce();
    if (sealed === 0) return;
    const notice: SyncNotice = resealedNotice(next.database, await lastBoardDatabase(local));
    for (const listener of noticeListeners) listener(notice);
  };

  if (existsSync(dir)) open();
  return {
    get reminderComputer() {
      return isReminderComputer();
    },
    reminderRole() {
      return { here: isReminderComputer(), holderName: role ? role.name : null };
    },
    async setReminderRole(on) {
      await open().following;
      if (role === undefined) await loadRole();
      if (on) await takeRole({ ...device });
      else if (isReminderComputer()) await takeRole(null);
    },
    async start(next) {
      await stopReplication();
      if (next.device) {
        device.id = next.device.id;
        device.name = next.device.name;
      }
      // Known before the first seed, so a replica made with encryption on is sealed from the start.
      connection = next;
      await open().following;
      await sealBeforeReplicating(next);
      await loadRole();
      // The first computer set up takes the role when no computer has (its own setting says so).
      if (role === null && isReminderComputer()) await takeRole({ ...device });
      const opened = openRemote(next);
      if ('refused' in opened) {
        setStatus({ state: 'refused', pending: waiting(), offlineSinceMs: null, reason: opened.refused, lastSyncedAtMs: status.lastSyncedAtMs });
        return;
      }
      remote = opened;
      // Replicating from here on: local activity meanwhile (a reseal coming round) must not read as "synced".
      replicationActive = true;
      setStatus({ state: 'syncing', pending: waiting(), offlineSinceMs: null, reason: null, lastSyncedAtMs: status.lastSyncedAtMs });
      try {
        // (PouchDB's `info()` answers a refusal as a value; a read throws it.)
        await opened.db.allDocs({ limit: 0 });
        lastReachable = deps.now();
      } catch (error) {
        failed(error);
        if (status.state === 'refused') return;
      }
      startReplication(opened.db, { server: next.serverUrl, database: next.database });
    },
    async stop() {
      await stopReplication();
      // The connection stays known (its device and role) until another start; only replication stops.
      connection = connection && { ...connection, password: '' };
      replicationPending = 0;
      replicationActive = false;
      setStatus(OFF);
    },
    status: () => status,
    useDevice(named) {
      device.id = named.id;
      device.name = named.name;
    },
    onNotice(listener) {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    claimDelivery: (followUpId, occurrenceKey) => claims.claim(followUpId, occurrenceKey),
    claimAhead: (keys) => claims.claimAhead(keys),
    async sayPresent() {
      const db = reachableRemote();
      if (db && isReminderComputer()) await claims.sayPresent(db).catch(() => undefined);
    },
    committed: (events) => replica?.flow.committed(events),
    filterUndo: (id, changes) => replica?.flow.filterUndo(id, changes) ?? { changes, kept: [] },
    syncedHistory: async () => (replica ? replica.flow.syncedHistory() : []),
    idle: async () => {
      if (!replica) return;
      await replica.following;
      await replica.flow.idle();
    },
    async close() {
      await stopReplication();
      const closing = replica;
      replica = null;
      if (!closing) return;
      await closing.following.catch(() => undefined);
      closing.flow.stopFollowing();
      await closing.flow.idle().catch(() => undefined);
      await closing.local.compact().catch(() => undefined);
      await closing.local.close();
    },
  };
}
