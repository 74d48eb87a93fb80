import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../../shared/domain';
import { boardOf, converged, syncHarness } from '../../../support/sync-cores';

/**
 * Convergence: three computers, random actions and network partitions (a computer's replication
 * stopped while it keeps working), then heal. Afterwards every computer shows the same board, and
 * every action any computer acknowledged is in every computer's synced history.
 */
const harness = syncHarness('p');

type Op =
  | { kind: 'create'; on: number }
  | { kind: 'move'; on: number; card: number; stage: number }
  | { kind: 'note'; on: number; card: number }
  | { kind: 'archive'; on: number; card: number }
  | { kind: 'delete'; on: number; card: number }
  | { kind: 'partition'; on: number }
  | { kind: 'heal'; on: number }
  | { kind: 'time'; on: number; ms: number };

const STAGES = ['wishlist', 'applied', 'interviewing', 'offer'];
const on = fc.integer({ min: 0, max: 2 });
const card = fc.nat({ max: 30 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: on.map((n) => ({ kind: 'create' as const, on: n })) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('move' as const), on, card, stage: fc.nat({ max: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('note' as const), on, card }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('archive' as const), on, card }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), on, card }) },
  { weight: 2, arbitrary: on.map((n) => ({ kind: 'partition' as const, on: n })) },
  { weight: 2, arbitrary: on.map((n) => ({ kind: 'heal' as const, on: n })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('time' as const), on, ms: fc.integer({ min: -5_000, max: 5_000 }) }) },
);

async function run(ops: readonly Op[]): Promise<void> {
  const computers = await harness.computers('Desk', 'Laptop', 'Tablet');
  const partitioned = new Set<number>();
  let notes = 0;
  try {
    for (const o of ops) {
      const c = computers[o.on]!;
      const cards = [...c.core.store.active.applications.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
      const target = 'card' in o ? cards[o.card % Math.max(1, cards.length)] : undefined;
      if (o.kind === 'create') await c.core.dispatch('applications.create', { company: `Co ${o.on}-${++notes}`, role: 'Engineer', stageId: 'applied' });
      else if (o.kind === 'move' && target) await c.core.dispatch('applications.move', { id: target.id, toStageId: STAGES[o.stage], toIndex: 0 });
      else if (o.kind === 'note' && target) await c.core.dispatch('applications.update', { id: target.id, patch: { notes: `note ${++notes} from ${c.name}` } });
      else if (o.kind === 'archive' && target) await c.core.dispatch('applications.setArchived', { id: target.id, archived: true });
      else if (o.kind === 'delete' && target) await c.core.dispatch('applications.delete', { id: target.id });
      else if (o.kind === 'partition' && !partitioned.has(o.on)) {
        partitioned.add(o.on);
        await c.core.sync.stop();
      } else if (o.kind === 'heal' && partitioned.delete(o.on)) await c.core.sync.start(c.connection);
      else if (o.kind === 'time') c.clock.advance(o.ms);
    }
    for (const n of partitioned) await computers[n]!.core.sync.start(computers[n]!.connection);
    await converged(computers, 40_000);
    const boards = computers.map((c) => boardOf(c.core));
    expect(boards[1]).toBe(boards[0]);
    expect(boards[2]).toBe(boards[0]);
    // Every acknowledged action (each computer's own, from its journal) is in every synced history.
    const histories = await Promise.all(computers.map(async (c) => new Set((await c.core.sync.syncedHistory()).map((h) => h.action))));
    for (const c of computers) {
      const own = new Set<string>();
      for (const e of c.core.store.iterateHistory() as Iterable<HistoryEvent>) if (!e.summary.startsWith('From ')) own.add(e.actionId);
      for (const history of histories) for (const id of own) expect(history.has(id)).toBe(true);
    }
  } finally {
    for (const c of computers) await c.core.close().catch(() => undefined);
  }
}

describe('sync convergence (property)', () => {
  it('three computers, random actions and partitions: after healing, equal boards and every action in every history', async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), run), { numRuns: 6, endOnFailure: true });
  }, 240_000);
});
