/**
 * Sync setup benchmarks (medians of a few runs; the pieces a user waits on in Settings → Sync):
 * - sync.setup_key_derivation_ms: one scrypt derivation at the real work factor (N = 2^17, r = 8) —
 *   paid once when making a setup code, once when opening one, and once for the record key.
 * - sync.setup_code_open_ms: opening a setup code with its passphrase (decode, derive, decrypt, parse).
 * - sync.provision_ms: provisioning a new job search on pouchdb-server on loopback (root check,
 *   database, member user, _security, the member's read).
 * - sync.bootstrap_board_complete_s / sync.bootstrap_history_complete_s: a second computer joining
 *   a job search of BOOT_APPS applications (added 50 per action) and BOOT_MOVES moves (one action
 *   each): from its start until its board equals the first computer's, and until its synced
 *   history holds every action; `sync.bootstrap_board_share` is the first over the second (the
 *   board comes first: well under 1). Sizes: SYNC_BOOT_APPS, SYNC_BOOT_MOVES.
 */
import { deriveKey, newSalt } from '../electron/core/sync/setup/passphrase-key';
import { databaseNameFor, memberUserFor, newMemberPassword, provision } from '../electron/core/sync/setup/provision';
import { createSetupCode, openSetupCode } from '../electron/core/sync/setup/setup-code';
import { startCouchServer } from '../test/support/couch-server';
import { boardOf, converged, DATABASE, MEMBER, openComputer, type Computer } from '../test/support/sync-cores';
import { benchApplication, median } from './support';

const RUNS = 5;
const BOOT_APPS = Number(process.env['SYNC_BOOT_APPS'] ?? 1_000);
const BOOT_MOVES = Number(process.env['SYNC_BOOT_MOVES'] ?? 3_000);
const STAGES = ['wishlist', 'applied', 'interviewing', 'offer'];

/** Seconds from a second computer's start until its board is complete, and until its history is. */
async function bootstrap(): Promise<{ board: number; history: number }> {
  const server = await startCouchServer();
  const open: Computer[] = [];
  try {
    await server.provision(DATABASE, MEMBER.username, MEMBER.password);
    const desk = await openComputer(server, 'Desk');
    open.push(desk);
    for (let start = 0; start < BOOT_APPS; start += 50) {
      const changes = [];
      for (let i = start; i < Math.min(BOOT_APPS, start + 50); i++) {
        const app = benchApplication(i, 'applied', '2026-03-02T09:00:00.000Z');
        changes.push({ entity: 'application' as const, kind: 'created' as const, id: app.id, applicationId: app.id, after: app, summary: `Added ${app.company}` });
      }
      desk.core.store.commit({ summary: 'Added applications', undoable: true, changes });
    }
    for (let m = 0; m < BOOT_MOVES; m++) await desk.core.dispatch('applications.move', { id: `app${m % BOOT_APPS}`, toStageId: STAGES[m % STAGES.length], toIndex: 0 });
    await converged([desk], 600_000);
    const board = boardOf(desk.core);
    const actions = (await desk.core.sync.syncedHistory()).length;

    const started = performance.now();
    const laptop = await openComputer(server, 'Laptop', { reminderComputer: false });
    open.push(laptop);
    let boardAt = 0;
    let historyAt = 0;
    let polls = 0;
    while (boardAt === 0 || historyAt === 0) {
      if (performance.now() - started > 600_000) throw new Error('the second computer did not catch up in 10 minutes');
      if (boardAt === 0 && laptop.core.store.active.applications.size >= BOOT_APPS && boardOf(laptop.core) === board) boardAt = performance.now();
      // The history is read less often: reading every action document is the costlier check.
      if (historyAt === 0 && ++polls % 8 === 0 && (await laptop.core.sync.syncedHistory()).length >= actions) historyAt = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return { board: (boardAt - started) / 1000, history: (historyAt - started) / 1000 };
  } finally {
    for (const c of open) await c.core.close().catch(() => undefined);
    await server.remove();
  }
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

export async function run(): Promise<Record<string, number>> {
  const derive: number[] = [];
  const open: number[] = [];
  const code = await createSetupCode({ v: 1, serverUrl: 'http://127.0.0.1:5984/', database: 'hearback-bench-1', username: 'hearback-1', password: newMemberPassword(), reach: 'own-network', encryptionSalt: null }, 'a bench passphrase');
  for (let i = 0; i < RUNS; i++) {
    derive.push(await timed(() => deriveKey('a bench passphrase', newSalt())));
    open.push(await timed(() => openSetupCode(code, 'a bench passphrase')));
  }
  const server = await startCouchServer();
  const provisioned: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const seed = `bench${i}`;
      provisioned.push(await timed(() => provision({ serverUrl: server.url, admin: server.admin, reach: 'own-network', database: databaseNameFor('Bench', seed), member: { username: memberUserFor(seed), password: newMemberPassword() } })));
    }
  } finally {
    await server.remove();
  }
  const boot = await bootstrap();
  return {
    'sync.bootstrap_board_complete_s': Math.round(boot.board * 10) / 10,
    'sync.bootstrap_history_complete_s': Math.round(boot.history * 10) / 10,
    'sync.bootstrap_board_share': Math.round((boot.board / boot.history) * 100) / 100,
    'sync.bootstrap_applications': BOOT_APPS,
    'sync.bootstrap_moves': BOOT_MOVES,
    'sync.setup_key_derivation_ms': Math.round(median(derive)),
    'sync.setup_code_open_ms': Math.round(median(open)),
    'sync.provision_ms': Math.round(median(provisioned)),
  };
}
