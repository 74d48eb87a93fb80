import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IncomingBatch } from '../../../../electron/core/sync/engine/incoming-batch';

/** The feed's changes: one alone goes at once; a stream is gathered, up to a wait and a size. */
describe('incoming batches from the changes feed', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  const gather = (limits = { quietMs: 10, maxWaitMs: 250, maxBatch: 1_000 }) => {
    const taken: number[] = [];
    let size = 0;
    const batch = new IncomingBatch(
      () => {
        taken.push(size);
        size = 0;
      },
      () => size,
      limits,
    );
    return {
      taken,
      batch,
      arrive: () => {
        size += 1;
        batch.changed();
      },
    };
  };

  it('takes a change alone once the feed has been quiet for a moment', () => {
    const { taken, arrive, batch } = gather();
    arrive();
    expect(batch.waiting).toBe(true);
    vi.advanceTimersByTime(10);
    expect(taken).toEqual([1]);
    expect(batch.waiting).toBe(false);
  });

  it('gathers a steady stream into one batch, taken at the longest wait', () => {
    const { taken, arrive } = gather();
    for (let i = 0; i < 100; i++) {
      arrive();
      vi.advanceTimersByTime(3);
    }
    // 300 ms of changes every 3 ms: one batch at 250 ms, the rest after the feed goes quiet.
    vi.advanceTimersByTime(20);
    expect(taken.length).toBe(2);
    expect(taken[0]).toBeGreaterThanOrEqual(80);
    expect(taken.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('takes a full batch at once, even while the feed still delivers', () => {
    const { taken, arrive } = gather({ quietMs: 10, maxWaitMs: 10_000, maxBatch: 50 });
    for (let i = 0; i < 60; i++) {
      arrive();
      vi.advanceTimersByTime(1);
    }
    expect(taken[0]).toBeGreaterThanOrEqual(50);
    expect(taken[0]).toBeLessThan(60);
  });
});
