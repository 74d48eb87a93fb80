import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../electron/core/store/data-folder-lock';
import { tempDir } from '../support/core';

/**
 * Two processes racing for one data folder must never both hold it — whatever lock file they
 * find: none, an empty one, a partial one, or one naming a process that is gone. `LOCK_RACE_ROUNDS`
 * raises the count.
 */
const ROUNDS = Number(process.env['LOCK_RACE_ROUNDS'] ?? 600);
const PERIOD_MS = 4;
const OUT = join(process.cwd(), '.test-output', 'reliability');
let racer = '';

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  racer = join(OUT, 'lock-racer.mjs');
  await build({ entryPoints: ['test/reliability/support/lock-racer.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: racer, logLevel: 'error' });
});

const FOUND = ['none', 'empty', 'partial', 'dead process'] as const;

function seed(dir: string, found: (typeof FOUND)[number]): void {
  mkdirSync(dir);
  if (found === 'none') return;
  const path = join(dir, LOCK_FILE);
  const content = found === 'empty' ? '' : found === 'partial' ? '{"pid":12' : JSON.stringify({ pid: 999_999_999, host: hostname(), start: 'gone' });
  writeFileSync(path, content);
  const old = new Date(Date.now() - 60_000);
  utimesSync(path, old, old);
}

interface Racer {
  /** Its lines once it printed `done` (it keeps its locks until `finish`). */
  results: Promise<string[]>;
  finish(): Promise<void>;
}

function race(base: string, start: number): Racer {
  const child = spawn(process.execPath, [racer, base, String(ROUNDS), String(start), String(PERIOD_MS)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const results = new Promise<string[]>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.endsWith('done\n')) resolve(out.trim().split('\n').slice(0, -1));
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`racer exited ${code} early: ${err}`)));
  });
  return {
    results,
    finish: () =>
      new Promise<void>((resolve) => {
        child.on('close', () => resolve());
        child.stdin.end();
      }),
  };
}

describe('data-folder lock: two processes racing', () => {
  it(`never both hold one folder, in ${ROUNDS} races over every kind of lock file found`, async () => {
    const base = tempDir('hearback-lock-race-');
    for (let i = 0; i < ROUNDS; i++) seed(join(base, String(i)), FOUND[i % FOUND.length]!);
    // Both children wait for the same instants (after their start-up), one per round.
    const start = Date.now() + 1500;
    const racers = [race(base, start), race(base, start)];
    const [a, b] = await Promise.all(racers.map((r) => r.results));
    await Promise.all(racers.map((r) => r.finish()));
    expect([a!.length, b!.length]).toEqual([ROUNDS, ROUNDS]);
    const doubles: number[] = [];
    const none: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const winners = [a![i], b![i]].filter((line) => line === `won ${i}`).length;
      if (winners > 1) doubles.push(i);
      if (winners === 0) none.push(`${i}: ${a![i]} | ${b![i]}`);
      // Whoever won, the lock file is whole and names a live racer.
      expect(JSON.parse(readFileSync(join(base, String(i), LOCK_FILE), 'utf8'))).toMatchObject({ host: hostname() });
    }
    expect(doubles).toEqual([]);
    expect(none).toEqual([]);
  }, 120_000);
});
