import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CrashOp } from '../../../support/crash-recorder';
import { crashStates, materialize, type CrashState } from '../../../support/crash-states';
import { jobSearchDigest, openCrashStore, runCrashWorkload, sha1 } from '../../../support/crash-workload';
import { tempDir } from '../../../support/core';
import { makeApplication, putApplication } from '../../../support/store';

/**
 * Power loss, not just kill -9: every operation of a seeded workload is recorded through the
 * store's file port, and after each one (acknowledgements and everything between) the folder a
 * power cut could leave is built under the POSIX model (crash-states.ts: unsynced data kept,
 * dropped, a prefix or torn; unsynced folder entries undone one at a time and all together).
 * Each distinct state is opened with the real store. Expected of every one:
 *
 * | check        | rule                                                                          |
 * |--------------|-------------------------------------------------------------------------------|
 * | nothing lost | the job search equals what was acknowledged last, or (the change in flight     |
 * |              | survived whole) what the next acknowledgement held                            |
 * | opens        | opening does not throw                                                        |
 * | writable     | a new change is accepted, and is there after closing and opening again         |
 *
 * `CRASH_SCALE=4` lengthens the workload (more snapshots, shards and prunes: more states).
 */

const SCALE = Number(process.env.CRASH_SCALE ?? 1);
const MIN_STATES = 2000;

interface Outcome {
  state: CrashState;
  problem: 'lost' | 'unopenable' | 'unwritable' | 'previous data lost';
  detail: string;
}

function lastOp(log: readonly CrashOp[], prefix: number): string {
  const op = log[prefix - 1];
  if (!op) return 'before anything';
  return op.op === 'rename' ? `rename ${op.from} → ${op.to}` : op.op === 'ack' ? `ack ${op.label}` : `${op.op} ${op.path}`;
}

function check(state: CrashState, expected: readonly string[], keep: Readonly<Record<string, string>>, dir: string): Outcome | null {
  materialize(state.tree, dir);
  const dataDir = join(dir, 'data');
  for (const [path, digest] of Object.entries(keep)) {
    const file = join(dataDir, path);
    if (!existsSync(file) || sha1(readFileSync(file)) !== digest) return { state, problem: 'previous data lost', detail: `${path} is missing or changed` };
  }
  let store;
  try {
    store = openCrashStore(dataDir, undefined);
  } catch (error) {
    return { state, problem: 'unopenable', detail: (error as Error).message };
  }
  try {
    const found = jobSearchDigest(store);
    if (!expected.includes(found)) return { state, problem: 'lost', detail: `${store.active.applications.size} active applications, revision ${store.revision}` };
    try {
      putApplication(store, makeApplication('after-the-crash'));
    } catch (error) {
      return { state, problem: 'unwritable', detail: (error as Error).message };
    }
  } finally {
    store.close();
  }
  const again = openCrashStore(dataDir, undefined);
  const kept = again.readApplication('after-the-crash') !== undefined;
  again.close();
  return kept ? null : { state, problem: 'unwritable', detail: 'the change after the crash was gone at the next open' };
}

describe('store: power loss at any point loses nothing acknowledged', () => {
  // Thousands of opens, each with its fsyncs: on a RAM disk where there is one (fsync is free there).
  const root = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/hearback-crash-') : tempDir('hearback-crash-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(`opens every crash state of the workload with every acknowledged change (≥ ${MIN_STATES} states)`, () => {
    const source = join(root, 'workload');
    mkdirSync(source);
    const log = runCrashWorkload(source, SCALE).log;
    const acks = log.flatMap((op) => (op.op === 'ack' ? [op] : []));
    const digests = acks.map((op) => op.digest);
    const keepAfter = (acked: number) => Object.assign({}, ...acks.slice(0, acked).map((op) => op.keep ?? {})) as Record<string, string>;
    const problems: Outcome[] = [];
    let states = 0;
    for (const state of crashStates(log)) {
      const dir = join(root, 'state');
      // acked 0: the empty job search (what a fresh open shows) is the only thing promised.
      const expected = [digests[state.acked - 1] ?? digests[0]!, ...(digests[state.acked] !== undefined ? [digests[state.acked]!] : [])];
      const outcome = check(state, expected, keepAfter(state.acked), dir);
      if (outcome) problems.push(outcome);
      rmSync(dir, { recursive: true, force: true });
      states++;
    }
    const by = (p: Outcome['problem']) => problems.filter((o) => o.problem === p).length;
    console.log(`power-loss crash states: ${states} states from ${log.length} operations; lost ${by('lost')}, unopenable ${by('unopenable')}, unwritable ${by('unwritable')}, previous data lost ${by('previous data lost')}`);
    const causes = new Map<string, number>();
    for (const o of problems) {
      const key = `${o.problem}: ${o.state.label.replace(/^data \w+, /, '')}`;
      causes.set(key, (causes.get(key) ?? 0) + 1);
    }
    for (const [cause, count] of causes) console.log(`  ${count} × ${cause}`);
    const shown = problems.slice(0, 12).map((o) => `${o.problem} after “${lastOp(log, o.state.prefix)}” (op ${o.state.prefix}, ${o.state.acked} acks; ${o.state.label}): ${o.detail}`);
    expect(shown).toEqual([]);
    expect(states).toBeGreaterThanOrEqual(MIN_STATES);
  }, 600_000);
});
