import { execFileSync } from 'node:child_process';
import type { Core } from '../electron/core';
import { startCouchServer, type CouchTestServer } from '../test/support/couch-server';
import { boardOf, converged, DATABASE, eventually, MEMBER, openComputer, type Computer } from '../test/support/sync-cores';
import { benchApplication, median } from './support';

/**
 * Sync benchmarks against the CouchDB-protocol test server on loopback (pouchdb-server), two
 * real cores with their own data folders:
 *
 * | figure                         | what                                                                  |
 * |--------------------------------|-----------------------------------------------------------------------|
 * | sync.move_visible_ms_median/p95 | a move on one computer until the other's store shows it              |
 * | sync.offline_merge_s           | ACTIONS offline edits per side (half the records changed on both), reconnect, until both boards are equal and synced |
 * | sync.bootstrap_board_s         | a new computer joining until its board holds APPS applications        |
 * | sync.rss_overhead_mb           | the process's RSS growth from starting sync with APPS applications    |
 * | sync.server_db_mb              | the server's files after SERVER_ACTIONS actions; `sync.server_db_mb_per_200k_actions` scales it |
 *
 * Full sizes by default (10k applications, 1,000 actions per side, 200k actions); a loaded machine
 * can run smaller ones: SYNC_BENCH_APPS, SYNC_BENCH_ACTIONS, SYNC_BENCH_SERVER_ACTIONS.
 */
const APPS = Number(process.env['SYNC_BENCH_APPS'] ?? 10_000);
const ACTIONS = Number(process.env['SYNC_BENCH_ACTIONS'] ?? 1_000);
const SERVER_ACTIONS = Number(process.env['SYNC_BENCH_SERVER_ACTIONS'] ?? 200_000);
const MOVES = 30;
const AT = '2026-03-02T09:00:00.000Z';
const STAGES = ['wishlist', 'applied', 'interviewing', 'offer'];

async function seed(core: Core, count: number): Promise<void> {
  for (let start = 0; start < count; start += 1_000) {
    const changes = [];
    for (let i = start; i < Math.min(count, start + 1_000); i++) {
      const app = benchApplication(i, STAGES[i % STAGES.length]!, AT);
      changes.push({ entity: 'application' as const, kind: 'created' as const, id: app.id, applicationId: app.id, after: app, summary: `Added ${app.company}` });
    }
    core.store.commit({ summary: 'Bench applications', undoable: false, changes });
  }
}

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
const folderBytes = (dir: string) => Number(execFileSync('du', ['-sb', dir]).toString().split('\t')[0]);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

export async function run(): Promise<Record<string, number>> {
  const server: CouchTestServer = await startCouchServer();
  const open: Computer[] = [];
  try {
    await server.provision(DATABASE, MEMBER.username, MEMBER.password);
    const desk = await openComputer(server, 'Desk', { start: false });
    open.push(desk);
    await seed(desk.core, APPS);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    await desk.core.sync.start(desk.connection);
    await desk.core.sync.idle();
    await eventually(() => desk.core.sync.status().state === 'synced', 'the desk to upload', 600_000);
    global.gc?.();
    const rssOverhead = process.memoryUsage().rss - rssBefore;

    const joinStarted = performance.now();
    const laptop = await openComputer(server, 'Laptop');
    open.push(laptop);
    await eventually(() => laptop.core.store.active.applications.size >= APPS, 'the laptop board', 600_000);
    const bootstrap = (performance.now() - joinStarted) / 1000;
    await converged([desk, laptop], 600_000);

    const moves: number[] = [];
    for (let m = 0; m < MOVES; m++) {
      const id = `app${m}`;
      const toStageId = STAGES[(m + 1 + moves.length) % STAGES.length]!;
      const started = performance.now();
      await desk.core.dispatch('applications.move', { id, toStageId, toIndex: 0 });
      await eventually(() => laptop.core.store.readApplication(id)?.stageId === toStageId, 'the move', 30_000);
      moves.push(performance.now() - started);
    }

    await desk.core.sync.stop();
    await laptop.core.sync.stop();
    for (let a = 0; a < ACTIONS; a++) {
      // Records 0..ACTIONS/2 are changed on both computers; the rest on one each.
      const both = a < ACTIONS / 2;
      desk.clock.advance(1);
      laptop.clock.advance(1);
      await desk.core.dispatch('applications.update', { id: `app${both ? a : ACTIONS + a}`, patch: { notes: `desk ${a}` } });
      await laptop.core.dispatch('applications.update', { id: `app${both ? a : 2 * ACTIONS + a}`, patch: { notes: `laptop ${a}` } });
    }
    await desk.core.sync.idle();
    await laptop.core.sync.idle();
    const mergeStarted = performance.now();
    await desk.core.sync.start(desk.connection);
    await laptop.core.sync.start(laptop.connection);
    await converged([desk, laptop], 900_000);
    const merge = (performance.now() - mergeStarted) / 1000;
    if (boardOf(desk.core) !== boardOf(laptop.core)) throw new Error('the boards differ after the merge');

    // Server size: SERVER_ACTIONS moves from the desk, then the server's folder measured.
    for (let a = 0; a < SERVER_ACTIONS - 2 * ACTIONS - MOVES; a++) {
      await desk.core.dispatch('applications.move', { id: `app${a % APPS}`, toStageId: STAGES[a % STAGES.length], toIndex: a % 7 });
    }
    await converged([desk, laptop], 900_000);
    const serverBytes = folderBytes(server.dir);

    return {
      'sync.move_visible_ms_median': Math.round(median(moves)),
      'sync.move_visible_ms_p95': Math.round(percentile(moves, 0.95)),
      'sync.offline_merge_s': Math.round(merge * 10) / 10,
      'sync.bootstrap_board_s': Math.round(bootstrap * 10) / 10,
      'sync.rss_overhead_mb': mb(rssOverhead),
      'sync.bench_applications': APPS,
      'sync.bench_actions_per_side': ACTIONS,
      'sync.server_actions': SERVER_ACTIONS,
      'sync.server_db_mb': mb(serverBytes),
      'sync.server_db_mb_per_200k_actions': mb((serverBytes / Math.max(1, SERVER_ACTIONS)) * 200_000),
    };
  } finally {
    for (const c of open) await c.core.close().catch(() => undefined);
    await server.remove();
  }
}
