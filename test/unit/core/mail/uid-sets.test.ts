import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uidSets } from '../../../../electron/core/mail/imap-session';

/** Expands "1:3,7" back to UIDs. */
const expand = (set: string): number[] =>
  set.split(',').flatMap((part) => {
    const [a, b] = part.split(':').map(Number);
    return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, i) => a! + i);
  });

describe('UID sets for FETCH (bounded command lines)', () => {
  it('compresses runs and splits into batches', () => {
    expect(uidSets([5, 1, 2, 3, 7, 8, 10])).toEqual(['1:3,5,7:8,10']);
    expect(uidSets([1, 2, 3, 4, 5], 2)).toEqual(['1:2', '3:4', '5']);
    expect(uidSets([])).toEqual([]);
  });

  it('every UID appears exactly once, in order, and no set holds more than the batch', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 3000 }), fc.integer({ min: 1, max: 600 }), (uids, batch) => {
        const sets = uidSets(uids, batch);
        const back = sets.flatMap(expand);
        expect(back).toEqual([...new Set(uids)].sort((a, b) => a - b));
        for (const set of sets) expect(expand(set).length).toBeLessThanOrEqual(batch);
      }),
    );
  });
});
