import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS, COLUMNS_PLOT, barShare, columnBars, rowBarPercents, scaleTop } from '../../../renderer/src/insights/bar-geometry';

const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -5, max: 5000 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0));

describe('Insights bars: where each bar goes', () => {
  it('a bar never leaves its track: its share is always between 0 and 1', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, (value, top) => {
        const share = barShare(value, top);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('within the scale, a bar is value ÷ top: a larger value is never a shorter bar', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (a, b, top) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(barShare(low, top)).toBeLessThanOrEqual(barShare(high, top));
        if (high <= top) expect(barShare(high, top)).toBeCloseTo(high / top, 9);
      }),
    );
  });

  it('the value at the top fills the track; a rate past 100 % stops there; nothing to compare against draws nothing', () => {
    expect(barShare(7, 7)).toBe(1);
    expect(barShare(1.4, 1)).toBe(1);
    expect(barShare(3, 0)).toBe(0);
    expect(barShare(Number.NaN, 10)).toBe(0);
    expect(barShare(-2, 10)).toBe(0);
  });

  it('without a given maximum the largest value is the top, so it fills its track', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 8 }), (values) => {
        const percents = rowBarPercents(values);
        const top = Math.max(...values);
        expect(scaleTop(values)).toBe(top);
        if (top > 0) expect(Math.max(...percents)).toBe(100);
        else expect(percents.every((p) => p === 0)).toBe(true);
      }),
    );
  });

  it('columns stand on one baseline in equal slots, each inside the plotted height', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }), (values) => {
        const bars = columnBars(values, 1);
        const baseline = COLUMNS.top + COLUMNS_PLOT;
        bars.forEach((bar, i) => {
          expect(bar.y + bar.height).toBeCloseTo(baseline, 9);
          expect(bar.y).toBeGreaterThanOrEqual(COLUMNS.top - 1e-9);
          expect(bar.centrePercent).toBeCloseTo(((i + 0.5) * 100) / values.length, 9);
        });
      }),
    );
  });
});
