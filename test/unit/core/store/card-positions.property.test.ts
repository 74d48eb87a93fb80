import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { freePosition, placeUniquely } from '../../../../electron/core/store/card-position';
import type { Application } from '../../../../shared/domain';
import { ok, openTestCore } from '../../../support/core';
import { memoryTarget } from '../../../support/memory-export-target';

/**
 * The rule in card-position.ts: no two board cards of a stage share a position, whatever the
 * user does — and a change never reorders the cards it does not name.
 */

// Two stages and few cards, so cards meet often.
const STAGES = ['wishlist', 'applied'] as const;

type Command =
  | { kind: 'create'; stage: number }
  | { kind: 'move'; card: number; stage: number; toIndex: number }
  | { kind: 'archive'; card: number }
  | { kind: 'restore'; card: number }
  | { kind: 'delete'; card: number }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'importCsv'; rows: number }
  | { kind: 'importBackup' };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), stage: fc.nat(1) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('move' as const), card: fc.nat(20), stage: fc.nat(1), toIndex: fc.nat(6) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('archive' as const), card: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('restore' as const), card: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), card: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('importCsv' as const), rows: fc.integer({ min: 1, max: 2 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'importBackup' as const }) },
);

const board = (core: Core): Application[] => [...core.store.active.applications.values()].filter((a) => !a.archived);
const archived = (core: Core): Application[] => core.store.listArchived('', 0, 1000).items.sort((a, b) => (a.id < b.id ? -1 : 1));
const byPlace = (cards: Application[]) => [...cards].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));

/** Stage → ids in board order. */
function order(core: Core): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const card of byPlace(board(core))) map.set(card.stageId, [...(map.get(card.stageId) ?? []), card.id]);
  return map;
}

function expectUniquePositions(core: Core, step: string): void {
  for (const stage of new Set(board(core).map((c) => c.stageId))) {
    const positions = board(core)
      .filter((c) => c.stageId === stage)
      .map((c) => c.position);
    expect(new Set(positions).size, `${step}: two cards share a position in ${stage}: ${positions.join(', ')}`).toBe(positions.length);
  }
}

/** Cards the command did not name keep their relative order in each stage. */
function expectStableOrder(before: Map<string, string[]>, after: Map<string, string[]>, named: ReadonlySet<string>, step: string): void {
  for (const [stage, ids] of before) {
    const now = after.get(stage) ?? [];
    const kept = (list: string[], other: string[]) => list.filter((id) => !named.has(id) && other.includes(id));
    expect(kept(now, ids), `${step}: order changed in ${stage}`).toEqual(kept(ids, now));
  }
}

async function run(core: Core, target: ReturnType<typeof memoryTarget>, cmd: Command, counter: { n: number }): Promise<Set<string> | 'any'> {
  const cards = byPlace(board(core));
  switch (cmd.kind) {
    case 'create':
      await ok(core, 'applications.create', { company: `C${++counter.n}`, role: 'Engineer', stageId: STAGES[cmd.stage] });
      return new Set();
    case 'move': {
      const card = cards[cmd.card % Math.max(1, cards.length)];
      if (!card) return new Set();
      await ok(core, 'applications.move', { id: card.id, toStageId: STAGES[cmd.stage], toIndex: cmd.toIndex });
      return new Set([card.id]);
    }
    case 'archive':
    case 'delete': {
      const card = cards[cmd.card % Math.max(1, cards.length)];
      if (!card) return new Set();
      if (cmd.kind === 'archive') await ok(core, 'applications.setArchived', { id: card.id, archived: true });
      else await ok(core, 'applications.delete', { id: card.id });
      return new Set([card.id]);
    }
    case 'restore': {
      const list = archived(core);
      const card = list[cmd.card % Math.max(1, list.length)];
      if (!card) return new Set();
      await ok(core, 'applications.setArchived', { id: card.id, archived: false });
      return new Set([card.id]);
    }
    case 'undo':
    case 'redo':
      // Reverses (or repeats) an earlier action: the cards it names are that action's.
      await ok(core, cmd.kind === 'undo' ? 'history.undo' : 'history.redo', {});
      return 'any';
    case 'importCsv': {
      const rows = Array.from({ length: cmd.rows }, () => `I${++counter.n},Analyst,Wishlist`).join('\n');
      await ok(core, 'import.commitCsv', { csv: `Company,Job Title,Status\n${rows}\n`, preset: 'generic' });
      return new Set();
    }
    case 'importBackup':
      await ok(core, 'export.run', { format: 'json' });
      await ok(core, 'import.backup', { json: target.last() });
      return new Set();
  }
}

describe('card positions', () => {
  it('freePosition: its own when free, just after the holder, else after the last', () => {
    expect(freePosition(2, [1, 3])).toBe(2);
    expect(freePosition(1, [1, 3])).toBe(2);
    expect(freePosition(3, [1, 3])).toBe(4);
    expect(freePosition(1, [1, 1 + Number.EPSILON, 5])).toBe(6);
  });

  it('placeUniquely never moves unchanged cards and ignores archived ones', () => {
    const card = (id: string, position: number, archived = false) => ({ id, stageId: 'applied', position, archived });
    const moved = placeUniquely([card('a', 1), card('b', 2), card('x', 3, true)], [card('c', 1), card('d', 1), card('e', 3)]);
    expect(moved).toEqual(
      new Map([
        ['c', 1.5],
        ['d', 1.25],
      ]),
    );
  });

  it('archive A, move B to the top, restore A: A and B no longer share wishlist:1', async () => {
    const core = await openTestCore();
    const a = await ok<Application>(core, 'applications.create', { company: 'A', role: 'r', stageId: 'wishlist' });
    const b = await ok<Application>(core, 'applications.create', { company: 'B', role: 'r', stageId: 'wishlist' });
    await ok(core, 'applications.setArchived', { id: a.id, archived: true });
    await ok(core, 'applications.move', { id: b.id, toStageId: 'wishlist', toIndex: 0 });
    await ok(core, 'applications.setArchived', { id: a.id, archived: false });
    expectUniquePositions(core, 'restore');
    // The restored card goes just after the card now holding its old place.
    expect(order(core).get('wishlist')).toEqual([b.id, a.id]);
    await core.close();
  });

  it('a backup whose cards repeat one position imports with unique positions', async () => {
    const target = memoryTarget();
    const core = await openTestCore({ exportTarget: target });
    for (const company of ['A', 'B', 'C']) await ok(core, 'applications.create', { company, role: 'r', stageId: 'applied' });
    await ok(core, 'export.run', { format: 'json' });
    const backup = JSON.parse(target.last()) as { applications: Application[] };
    for (const app of backup.applications) app.position = 1;
    await ok(core, 'import.backup', { json: JSON.stringify(backup) });
    expectUniquePositions(core, 'import');
    expect(board(core)).toHaveLength(3);
    await core.close();
  });

  it('stay unique and in order over random create, move, archive, restore, delete, undo, redo and import', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 4, maxLength: 40, size: 'medium' }), async (commands) => {
        const target = memoryTarget();
        const core = await openTestCore({ exportTarget: target });
        const counter = { n: 0 };
        try {
          for (const [i, cmd] of commands.entries()) {
            const before = order(core);
            const named = await run(core, target, cmd, counter);
            const step = `step ${i} ${JSON.stringify(cmd)}`;
            expectUniquePositions(core, step);
            if (named !== 'any') expectStableOrder(before, order(core), named, step);
          }
        } finally {
          await core.close();
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
