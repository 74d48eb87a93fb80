import { describe, expect, it } from 'vitest';
import { salaryRange } from '../../../../shared/capture';

/** Amounts as pages write them (the table above `amount` in shared/capture/salary.ts). */
describe('salary amounts', () => {
  it.each([
    [100000, 100000],
    ['100000', 100000],
    ['100,000', 100000],
    ['$100,000', 100000],
    ['€ 85 000', 85000],
    ['85000.50', 85000.5],
    ['£1,250,000', 1250000],
    ['80k', null],
    ['73.000 €', null],
    ['competitive', null],
    ['', null],
    ['-5', null],
    ['1,00', null],
    [Number.NaN, null],
  ])('%j → %j', (written, expected) => {
    const range = salaryRange(written, written, 'USD', 'year');
    expect(range?.min ?? null).toBe(expected);
  });
});
