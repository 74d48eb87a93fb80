import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { HearbackError } from '../../../../shared/contract';
import type { Application } from '../../../../shared/domain';
import type { HearbackStore } from '../../../../electron/core/store/hearback-store';
import { FAULT_KINDS, FaultyFs, SimulatedKill, type FaultKind } from '../../../support/faulty-fs';
import { makeApplication, openStore, simulateCrash } from '../../../support/store';

/**
 * The store's promise under a disk that does not cooperate: random streams of changes with random
 * faults (full disk, I/O errors, permission errors, short writes, fsync failures, kills, power
 * losses that drop whatever was not fsynced), then a close or a kill and a reopen. Every
 * acknowledged change is there; nothing refused appears.
 * `FAULT_RUNS` raises the count (500 by default, inside `npx vitest run`).
 */
const RUNS = Number(process.env['FAULT_RUNS'] ?? 500);
const SCRATCH = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

type Op = 'create' | 'update' | 'archive' | 'restore' | 'delete' | 'reopen';
interface Step {
  op: Op;
  pick: number;
  fault: { kind: FaultKind; nth: number } | null;
  /** Whether a full disk is freed after this step (otherwise the next steps meet it too). */
  freeAfter: boolean;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  op: fc.constantFrom<Op>('create', 'create', 'update', 'update', 'archive', 'restore', 'delete', 'reopen'),
  pick: fc.nat(1000),
  fault: fc.option(fc.record({ kind: fc.constantFrom(...FAULT_KINDS), nth: fc.nat(12) }), { freq: 2 }),
  freeAfter: fc.boolean(),
});

const totals = { runs: 0, actions: 0, acknowledged: 0, refused: 0, faultsInjected: 0, kills: 0, powerLosses: 0, openFailures: 0, acknowledgedLost: 0 };
const openErrors = new Set<string>();

afterAll(() => {
  const out = join(process.cwd(), '.test-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'fault-injection.json'), JSON.stringify(totals, null, 2));
  console.log(`fault injection: ${JSON.stringify(totals)}`);
  if (openErrors.size > 0) console.log(`errors while opening: ${[...openErrors].join(' | ')}`);
});

function everyApplication(store: HearbackStore): Map<string, Application> {
  return new Map(store.allRecordSets().flatMap((set) => [...set.applications.entries()]));
}

/** One change as a user action; `after` null deletes. */
function change(store: HearbackStore, id: string, after: Application | null, kind: 'created' | 'updated' | 'archived' | 'unarchived' | 'deleted') {
  store.commit({ summary: `${kind} ${id}`, undoable: true, changes: [{ entity: 'application', kind, id, applicationId: id, after, summary: `${kind} ${id}` }] });
}

function runScenario(steps: Step[], compactEvery: number, shardEvents: number): void {
  const dir = mkdtempSync(join(SCRATCH, 'hearback-faults-'));
  const fs = new FaultyFs();
  const open = () => {
    try {
      return openStore(dir, { fs, compactEvery, shardEvents });
    } catch (error) {
      if (error instanceof SimulatedKill || fs.dead) throw error;
      // An I/O error while opening: the app says it could not open; the user starts it again.
      totals.openFailures++;
      openErrors.add(String(error));
      fs.disarm();
      return openStore(dir, { fs, compactEvery, shardEvents });
    }
  };
  let store = open();
  const model = new Map<string, Application>();
  let created = 0;

  /** What a killed process leaves: its files closed by the kernel, its lock file behind. */
  const killAndReopen = () => {
    fs.killProcess();
    simulateCrash(dir);
    store = open();
  };
  const expectModel = () => {
    const actual = everyApplication(store);
    const lost = [...model.keys()].filter((id) => JSON.stringify(actual.get(id)) !== JSON.stringify(model.get(id)));
    totals.acknowledgedLost += lost.filter((id) => !actual.has(id)).length;
    expect(actual).toEqual(model);
  };

  try {
    for (const step of steps) {
      totals.actions++;
      if (step.fault) fs.arm(step.fault.kind, step.fault.nth);
      const ids = [...model.keys()];
      const id = step.op === 'create' || ids.length === 0 ? `a${++created}` : ids[step.pick % ids.length]!;
      const before = model.get(id) ?? null;
      let after: Application | null = before;
      let killed = false;
      try {
        if (step.op === 'reopen') {
          store.close();
          if (fs.dead) throw new SimulatedKill();
          store = open(); // on a disk that may still be full
        } else if (before === null) {
          after = makeApplication(id, { position: created });
          change(store, id, after, 'created');
        } else if (step.op === 'delete') {
          after = null;
          change(store, id, null, 'deleted');
        } else if (step.op === 'archive' || step.op === 'restore') {
          after = { ...before, archived: step.op === 'archive', updatedAt: `2026-03-02T10:${String(totals.actions % 60).padStart(2, '0')}:00.000Z` };
          change(store, id, after, step.op === 'archive' ? 'archived' : 'unarchived');
        } else {
          after = { ...before, notes: `note ${totals.actions}` };
          change(store, id, after, 'updated');
        }
        killed = fs.dead;
        if (!killed && step.op !== 'reopen') {
          totals.acknowledged++;
          if (after === null) model.delete(id);
          else model.set(id, after);
        }
      } catch (error) {
        if (error instanceof SimulatedKill || fs.dead) killed = true;
        else if (error instanceof HearbackError && (error.code === 'unavailable' || error.code === 'read_only')) totals.refused++;
        else throw error;
      }
      if (step.freeAfter || killed) fs.disarm();
      if (killed) {
        killAndReopen();
        if (step.op !== 'reopen') {
          // The action in flight when the process died may or may not be on disk; either is right.
          const found = everyApplication(store).get(id) ?? null;
          expect([JSON.stringify(before), JSON.stringify(after)]).toContain(JSON.stringify(found));
          if (found === null) model.delete(id);
          else model.set(id, found);
        }
        expectModel();
      }
    }
    fs.disarm();
    store.close();
    store = openStore(dir, { compactEvery, shardEvents });
    expectModel();
    store.close();
  } finally {
    totals.runs++;
    totals.faultsInjected += fs.injected;
    totals.kills += fs.kills;
    totals.powerLosses += fs.powerLosses;
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('interview store under injected disk faults', () => {
  it(`keeps every acknowledged change and nothing refused (${RUNS} random runs)`, { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 5, maxLength: 40, size: 'max' }), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 6 }), (steps, compactEvery, shardEvents) => {
        runScenario(steps, compactEvery, shardEvents);
      }),
      { numRuns: RUNS },
    );
    expect(totals.acknowledgedLost).toBe(0);
    expect(totals.faultsInjected).toBeGreaterThan(RUNS / 2);
    expect(totals.kills).toBeGreaterThan(0);
  });
});
