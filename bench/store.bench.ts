/**
 * The interview store's cost per change and per open, at 100 applications / 2,000 history events
 * and at 10,000 applications (9,800 archived) / 200,000 events, against an atomic durable write
 * of a 2 KB file on the same disk in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { openCore, type Core } from '../electron/core';
import { writeFileDurable } from '../electron/core/store/durable-fs';
import { HearbackStore } from '../electron/core/store/hearback-store';
import { replaceAllData } from '../electron/core/store/replace-data';
import { DEFAULT_SETTINGS, DEFAULT_STAGES, type AllData, type Application, type HistoryEvent } from '../shared/domain';
import { benchApplication, median } from './support';

function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function dataset(applications: number, events: number, activeCount: number): AllData {
  const at = '2025-06-01T09:00:00.000Z';
  const apps: Application[] = Array.from({ length: applications }, (_, i) => benchApplication(i, DEFAULT_STAGES[i % DEFAULT_STAGES.length]!.id, at, { source: 'LinkedIn', archived: i >= activeCount }));
  const history: HistoryEvent[] = Array.from({ length: events }, (_, i) => {
    const app = apps[i % applications]!;
    return {
      seq: i + 1,
      at: new Date(Date.parse(at) + i * 60_000).toISOString(),
      actionId: `action${i}`,
      kind: 'updated',
      entity: 'application',
      entityId: app.id,
      applicationId: app.id,
      summary: `Edited ${app.company}`,
      reverts: null,
      before: app,
      after: app,
    };
  });
  return { stages: DEFAULT_STAGES, settings: DEFAULT_SETTINGS, applications: apps, interviews: [], followUps: [], history };
}

/** Collect the garbage of generating the data set first, so it is not billed to the measured work. */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

const clock = { now: () => Date.now(), setTimeout: () => 0, clearTimeout: () => undefined };
const log = { info: () => {}, warn: () => {}, error: () => {} };

async function measure(applications: number, events: number, activeCount: number, scratch: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hearback-bench-store-'));
  // Written, then dropped, so the measured process holds only what the app would.
  replaceAllData(dataDir, dataset(applications, events, activeCount), new Date().toISOString());
  const active = Array.from({ length: activeCount }, (_, i) => `app${i}`);
  collectGarbage();
  // First open builds the history index once (as after an import); later opens are what users see.
  HearbackStore.open({ dataDir, now: () => new Date(), newId: () => 'x' }).close();
  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    let store: HearbackStore | null = null;
    opens.push(timeMs(() => (store = HearbackStore.open({ dataDir, now: () => new Date(), newId: () => 'x' }))));
    (store as HearbackStore | null)?.close();
  }
  const core: Core = await openCore({ dataDir, mode: 'browser', version: 'bench', clock, log, notifier: { show: () => {} }, compactEvery: 1_000_000 });
  const stages = DEFAULT_STAGES.map((s) => s.id);
  collectGarbage();
  const twoKb = 'x'.repeat(2048);
  const moves: number[] = [];
  const writes: number[] = [];
  // Interleaved with the baseline so both see the same disk and machine load.
  for (let i = 0; i < 220; i++) {
    const id = active[(i * 7) % active.length]!;
    writes.push(timeMs(() => writeFileDurable(join(scratch, `f${i % 4}.json`), twoKb)));
    moves.push(
      await timeMsAsync(async () => {
        const envelope = await core.dispatch('applications.move', { id, toStageId: stages[i % stages.length], toIndex: i % 5 });
        if (!envelope.ok) throw new Error(envelope.error.message);
      }),
    );
  }
  await core.close();
  return { dataDir, openMs: median(opens), moveMs: median(moves.slice(20)), durableMs: median(writes.slice(20)) };
}

export async function run(): Promise<Record<string, number>> {
  const scratch = mkdtempSync(join(tmpdir(), 'hearback-bench-fsync-'));
  const small = await measure(100, 2_000, 100, scratch);
  const large = await measure(10_000, 200_000, 200, scratch);

  // What the split saves: electron-store/conf rewriting everything on one `set`.
  const naiveDir = mkdtempSync(join(tmpdir(), 'hearback-bench-naive-'));
  const conf = new Conf<Record<string, unknown>>({ cwd: naiveDir, configName: 'everything', clearInvalidConfig: false });
  const everything = dataset(10_000, 200_000, 200);
  const naive = timeMs(() => {
    conf.store = { applications: everything.applications, history: everything.history };
  });

  for (const dir of [scratch, small.dataDir, large.dataDir, naiveDir]) rmSync(dir, { recursive: true, force: true });
  return {
    'store.durable_write_2kb_ms': large.durableMs,
    'store.move_small_ms': small.moveMs,
    'store.move_large_ms': large.moveMs,
    'store.open_small_ms': small.openMs,
    'store.open_large_ms': large.openMs,
    'store.move_vs_durable_write': large.moveMs / large.durableMs,
    'store.move_scaling': large.moveMs / small.moveMs,
    'store.open_scaling': large.openMs / small.openMs,
    'store.naive_rewrite_vs_move': naive / large.moveMs,
  };
}
