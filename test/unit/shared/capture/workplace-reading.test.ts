import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workplaceFromBoardValue, workplaceFromWords } from '../../../../shared/capture';

/** The rules table in shared/capture/workplace-reading.ts. */
describe('workplace from a board’s field', () => {
  it.each([
    ['on-site', 'onsite'],
    ['onsite', 'onsite'],
    ['OnSite', 'onsite'],
    ['On-site', 'onsite'],
    ['ON_SITE', 'onsite'],
    ['hybrid', 'hybrid'],
    ['Hybrid', 'hybrid'],
    ['remote', 'remote'],
    ['Remote', 'remote'],
    ['Fully Remote', 'remote'],
    ['unspecified', undefined],
    ['', undefined],
    [null, undefined],
    [42, undefined],
    ['Flexible hours', undefined],
  ])('%j → %j', (value, expected) => {
    expect(workplaceFromBoardValue(value)).toBe(expected);
  });
});

describe('workplace from a location’s words', () => {
  it.each([
    ['Remote - US', 'remote'],
    ['New York, NY (Hybrid)', 'hybrid'],
    ['Remote / Hybrid – Berlin', 'hybrid'],
    ['London (on-site)', 'onsite'],
    ['Work from home, UK', 'remote'],
    ['Anywhere', 'remote'],
    ['Berlin', undefined],
    ['Remotely Lake, OR', undefined],
    ['Offsite Inc HQ', undefined],
  ])('%j → %j', (text, expected) => {
    expect(workplaceFromWords(text)).toBe(expected);
  });

  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,10}$/).filter((w) => workplaceFromWords(w) === undefined);
  const place = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));

  it('a place name without a workplace word says nothing; adding one says exactly that, "hybrid" winning', () => {
    fc.assert(
      fc.property(place, place, fc.constantFrom('Hybrid', 'hybrid', 'HYBRID'), fc.constantFrom('Remote', 'remote', 'WFH'), fc.constantFrom('On-site', 'onsite', 'in office'), (before, after, hybrid, remote, onsite) => {
        expect(workplaceFromWords(`${before}, ${after}`)).toBeUndefined();
        expect(workplaceFromWords(`${before} (${remote})`)).toBe('remote');
        expect(workplaceFromWords(`${before} (${onsite})`)).toBe('onsite');
        expect(workplaceFromWords(`${remote} / ${hybrid} – ${after}`)).toBe('hybrid');
      }),
      { numRuns: 300 },
    );
  });
});
