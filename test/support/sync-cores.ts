import type { Core } from '../../electron/core';
import type { SyncConnection } from '../../electron/core/sync/sync-port';
import type { Reminder } from '../../shared/contract/events';
import type { Application } from '../../shared/domain';
import { canonicalJson } from '../../electron/core/sync/engine/inbound';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startCouchServer, type CouchTestServer } from './couch-server';
import { fakeClock, openTestCore, silentLog, tempDir } from './core';

/** A computer in a sync test: its own data folder, clock, device and core, syncing through `server`. */
export interface Computer {
  name: string;
  core: Core & { shown: Reminder[][] };
  clock: ReturnType<typeof fakeClock>;
  dataDir: string;
  connection: SyncConnection;
  /** Notifications closed because another computer showed them: `<followUpId> <occurrence>`. */
  closed: string[];
}

export const DATABASE = 'jobsearch';
export const MEMBER = { username: 'sam', password: 'correct horse battery' };

export function connectionTo(server: CouchTestServer, password = MEMBER.password): SyncConnection {
  return { serverUrl: server.url, database: DATABASE, username: MEMBER.username, password, recordCipher: null, reach: 'own-network' };
}

export async function openComputer(server: CouchTestServer, name: string, options: { dataDir?: string; start?: boolean; reminderComputer?: boolean; clockStart?: string; database?: string } = {}): Promise<Computer> {
  const clock = fakeClock(options.clockStart ?? '2026-03-02T09:00:00.000Z');
  const dataDir = options.dataDir ?? tempDir(`hearback-sync-${name}-`);
  const connection = { ...connectionTo(server), database: options.database ?? DATABASE };
  const closed: string[] = [];
  const shown: Reminder[][] = [];
  const core = await openTestCore({
    dataDir,
    clock,
    log: silentLog,
    notifier: { show: (reminders) => shown.push(reminders), close: (followUpId, occurrence) => closed.push(`${followUpId} ${occurrence}`), closeWorkSearchWeek: (weekStart) => closed.push(`work-search week ${weekStart}`) },
    sync: { deviceId: `device-${name.toLowerCase()}`, deviceName: name, connection: options.start === false ? undefined : connection, reminderComputer: options.reminderComputer, maxBackoffMs: 300 },
  });
  return { name, core: Object.assign(core, { shown }), clock, dataDir, connection, closed };
}

/** Every application, archived ones included, with every field, by id: equal on two computers only when fully synced. */
export function boardOf(core: Core): string {
  const apps: Application[] = [];
  for (const set of core.store.allRecordSets()) apps.push(...set.applications.values());
  apps.sort((a, b) => (a.id < b.id ? -1 : 1));
  return canonicalJson(apps);
}

/** Waits until `check` holds (the engines replicate in the background), or fails saying what it saw. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits until every computer shows the same board (and has applied everything it has seen). */
export async function converged(computers: readonly Computer[], timeoutMs = 20_000): Promise<void> {
  await eventually(
    async () => {
      for (const c of computers) {
        await c.core.sync.idle();
        await c.core.settled();
      }
      // The cheap check first: comparing whole boards every poll would take the engines' own time.
      if (!computers.every((c) => c.core.sync.status().state === 'synced')) return false;
      const boards = computers.map((c) => boardOf(c.core));
      return boards.every((b) => b === boards[0]);
    },
    'the computers to converge',
    timeoutMs,
  );
}

/** Stops the computers' replication (they keep working offline). */
export async function disconnect(...computers: Computer[]): Promise<void> {
  for (const c of computers) await c.core.sync.stop();
}

/** Starts their replication again. */
export async function reconnect(...computers: Computer[]): Promise<void> {
  for (const c of computers) await c.core.sync.start(c.connection);
}

/**
 * One test server for a test file, a database of its own for each group of computers (so tests
 * never see each other's records), and every computer closed after its test.
 */
export function syncHarness(prefix: string): { server: () => CouchTestServer; computers: (...names: string[]) => Promise<Computer[]>; track: (c: Computer) => void; database: () => Promise<string> } {
  let server: CouchTestServer | null = null;
  const open: Computer[] = [];
  let count = 0;
  beforeAll(async () => {
    server = await startCouchServer();
  }, 30_000);
  afterAll(async () => {
    await server?.remove();
  });
  afterEach(async () => {
    for (const c of open.splice(0)) await c.core.close().catch(() => undefined);
  });
  const database = async () => {
    const name = `${DATABASE}-${prefix}${++count}`;
    await server!.provision(name, MEMBER.username, MEMBER.password);
    return name;
  };
  return {
    server: () => server!,
    track: (c) => void open.push(c),
    database,
    async computers(...names) {
      const db = await database();
      const list: Computer[] = [];
      for (const name of names) {
        const c = await openComputer(server!, name, { database: db, clockStart: '2026-03-02T08:00:00.000Z', reminderComputer: list.length === 0 });
        open.push(c);
        list.push(c);
      }
      return list;
    },
  };
}
