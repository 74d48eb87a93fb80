import { describe, expect, it } from 'vitest';
import { ClaimAhead } from '../../../../electron/core/sync/engine/claims';
import type { CoreSyncEngine } from '../../../../electron/core/sync/engine/sync-engine';

/** A stand-in engine: the reminder computer, synced, whose claims ahead take `ms` each and are counted. */
function engine(ms: number) {
  const passes: { followUpId: string; occurrence: string }[][] = [];
  const looks = { count: 0 };
  const sync = {
    reminderComputer: true,
    status: () => ({ state: 'synced', pending: 0, offlineSinceMs: null, reason: null, lastSyncedAtMs: 0 }),
    // Every pass starts by saying the computer is awake: this counts the passes, empty ones too.
    sayPresent: () => {
      looks.count++;
      return Promise.resolve();
    },
    claimAhead: async (keys: readonly { followUpId: string; occurrence: string }[]) => {
      passes.push([...keys]);
      await new Promise((resolve) => setTimeout(resolve, ms));
      return true;
    },
  } as unknown as CoreSyncEngine;
  return { sync, passes, looks };
}

describe('claims ahead', () => {
  it('a burst of changes during a pass is one more pass, with every follow-up it touched', async () => {
    const { sync, passes, looks } = engine(50);
    const claimAhead = new ClaimAhead({ sync, now: () => 0, occurrences: (_now, _until, only) => [...(only ?? ['all'])].map((id) => ({ followUpId: id, occurrence: 'o' })) });
    const first = claimAhead.request();
    // The burst comes while the first pass's claims are on their way (its occurrences already read).
    while (passes.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    const burst = Array.from({ length: 1_000 }, (_, i) => claimAhead.request([`fu${i % 10}`]));
    await Promise.all([first, ...burst]);
    expect(passes).toHaveLength(2);
    // Not a pass per ask (each ask chained one more request before: a burst became a cascade).
    expect(looks.count).toBe(2);
    expect(passes[0]).toEqual([{ followUpId: 'all', occurrence: 'o' }]);
    expect(passes[1]!.map((k) => k.followUpId).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `fu${i}`).sort());
    // Quiet again: the next change is a pass of its own.
    await claimAhead.request(['fu42']);
    expect(passes).toHaveLength(3);
  });

  it('nothing is claimed on a computer that is not the reminder computer', async () => {
    const { sync, passes } = engine(0);
    (sync as { reminderComputer: boolean }).reminderComputer = false;
    await new ClaimAhead({ sync, now: () => 0, occurrences: () => [{ followUpId: 'a', occurrence: 'o' }] }).request();
    expect(passes).toEqual([]);
  });
});
