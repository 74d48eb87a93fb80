import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApplicationSchema } from '../../shared/domain';
import { tempDir } from '../support/core';
import { openStore } from '../support/store';

/**
 * kill -9 at random moments during a stream of changes — including during snapshot and archive
 * writes and shard rotation — then open the store and check it is valid and holds every
 * acknowledged change. `CRASH_RUNS` raises the count (the soak script uses 2,000).
 */
const RUNS = Number(process.env['CRASH_RUNS'] ?? 200);
const OUT = join(process.cwd(), '.test-output', 'reliability');
let writer = '';

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  writer = join(OUT, 'crash-writer.mjs');
  // Bundled once so each child starts in milliseconds (dependencies stay in node_modules).
  await build({ entryPoints: ['test/reliability/support/crash-writer.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: writer, logLevel: 'error' });
});

interface Ack {
  seq: number;
  id: string;
  stageId: string;
  notes: string;
  archived: boolean;
}

function runUntilKilled(dataDir: string, seed: number, killAfterMs: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, String(seed), String(1 + (seed % 12))], { stdio: ['ignore', 'pipe', 'pipe'], cwd: process.cwd() });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const before = out;
      out += chunk.toString();
      if (!before.includes('ready') && out.includes('ready')) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited on its own: ${err}`));
      // Only complete lines count: a line cut by the kill was not yet an acknowledgement we saw.
      const acks = out
        .split('\n')
        .slice(0, -1)
        .filter((l) => l.startsWith('ack '))
        .map((l) => {
          const [, seq, id, stageId, notes, archived] = l.split(' ');
          return { seq: Number(seq), id: id!, stageId: stageId!, notes: notes!, archived: archived === '1' };
        });
      resolve(acks);
    });
  });
}

/** Parallel lanes; each lane is one data folder that is crashed again and again. */
const LANES = 4;

function verify(dataDir: string, acks: readonly Ack[], label: string): void {
  const store = openStore(dataDir, { shardEvents: 25 });
  try {
    const lastAck = new Map<string, Ack>();
    for (const ack of acks) lastAck.set(ack.id, ack);
    if (acks.length > 0) expect(store.revision, label).toBeGreaterThanOrEqual(acks[acks.length - 1]!.seq);
    for (const ack of lastAck.values()) {
      const app = store.readApplication(ack.id);
      expect(app, `${label}: acknowledged ${ack.id} (seq ${ack.seq}) is missing`).toBeDefined();
      ApplicationSchema.parse(app);
      // A later change may have reached the disk unacknowledged; then it is the newest in the history.
      const newest = store.historyPage({ applicationId: ack.id }, Number.MAX_SAFE_INTEGER, 1)[0]!;
      expect(newest.seq, label).toBeGreaterThanOrEqual(ack.seq);
      if (newest.seq === ack.seq) {
        expect({ stage: app!.stageId, notes: app!.notes, archived: app!.archived }, label).toEqual({ stage: ack.stageId, notes: ack.notes, archived: ack.archived });
      }
    }
    for (const app of store.active.applications.values()) ApplicationSchema.parse(app);
  } finally {
    store.close();
  }
}

describe('crash safety (kill -9 during writes)', () => {
  it(
    `holds every acknowledged change after ${RUNS} random kills`,
    async () => {
      let totalAcks = 0;
      const lane = async (laneIndex: number) => {
        const dataDir = tempDir('hearback-crash-');
        const acks: Ack[] = [];
        for (let run = laneIndex; run < RUNS; run += LANES) {
          // Each run starts from the state the previous crash left in the same folder.
          const got = await runUntilKilled(dataDir, 1000 + run, 4 + ((run * 7) % 45));
          acks.push(...got);
          totalAcks += got.length;
          verify(dataDir, acks, `run ${run} (lane ${laneIndex})`);
        }
      };
      await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
      expect(totalAcks).toBeGreaterThan(RUNS); // the kills really landed mid-stream
    },
    RUNS * 2000,
  );
});
