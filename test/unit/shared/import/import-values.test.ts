import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectDayOrder, parseImportDate, parseImportMoney } from '../../../../shared/import';

describe('dates people write', () => {
  it.each([
    ['2026-11-10', 'mdy', '2026-11-10T12:00:00.000Z'],
    ['2026/11/10', 'dmy', '2026-11-10T12:00:00.000Z'],
    ['2026-11-10 14:03', 'mdy', '2026-11-10T14:03:00.000Z'],
    ['2024-05-03T14:22:10.5+02:00', 'mdy', '2024-05-03T12:22:10.500Z'],
    ['11/10/2026', 'mdy', '2026-11-10T12:00:00.000Z'],
    ['11/10/2026', 'dmy', '2026-10-11T12:00:00.000Z'],
    ['10.11.2026', 'dmy', '2026-11-10T12:00:00.000Z'],
    ['11-10-26', 'mdy', '2026-11-10T12:00:00.000Z'],
    ['11/10/2026 2:03 PM', 'mdy', '2026-11-10T14:03:00.000Z'],
    ['Nov 10, 2026', 'dmy', '2026-11-10T12:00:00.000Z'],
    ['November 10th 2026', 'mdy', '2026-11-10T12:00:00.000Z'],
    ['Tue, Nov 10, 2026', 'mdy', '2026-11-10T12:00:00.000Z'],
    ['10 Nov 2026', 'mdy', '2026-11-10T12:00:00.000Z'],
    ['10-Nov-2026', 'mdy', '2026-11-10T12:00:00.000Z'],
    ['Sept 3 2026', 'mdy', '2026-09-03T12:00:00.000Z'],
    ['46336', 'mdy', '2026-11-10T12:00:00.000Z'],
    ['46336.25', 'mdy', '2026-11-10T06:00:00.000Z'],
  ] as const)('reads %j (%s) as %s', (raw, order, expected) => {
    expect(parseImportDate(raw, order)).toBe(expected);
  });

  it.each(['2024-02-30', '11/31/2026', '13/13/2026', 'Foo 10, 2026', 'yesterday', '12345', '123456', '', '11/10/2026 25:00'])('refuses %j', (raw) => {
    expect(parseImportDate(raw, 'mdy')).toBeNull();
    expect(parseImportDate(raw, 'dmy')).toBeNull();
  });

  it('keeps the calendar day of a date alone in every zone from UTC−11 to UTC+11 (noon UTC)', () => {
    expect(parseImportDate('Nov 10, 2026')?.slice(11)).toBe('12:00:00.000Z');
  });
});

describe('day/month order', () => {
  it.each([
    [['13/10/2026', '11/10/2026'], 'dmy', false],
    [['10/13/2026', '11/10/2026'], 'mdy', false],
    [['11/10/2026'], 'mdy', true],
    [['11.10.2026'], 'dmy', true],
    [['2026-11-10', 'Nov 10, 2026'], 'mdy', false],
    [['5/5/2026'], 'mdy', false],
  ] as const)('%j reads as %s (ambiguous: %s)', (cells, order, ambiguous) => {
    expect(detectDayOrder(cells)).toMatchObject({ order, ambiguous });
  });
  it('follows the majority when a file disagrees with itself', () => {
    expect(detectDayOrder(['13/1/2026', '14/1/2026', '1/13/2026']).order).toBe('dmy');
  });
});

/**
 * Salaries as trackers and spreadsheets in several locales write them. Expectations from the
 * money itself: a European "73.000 €" is seventy-three thousand euros, and a range keeps both ends.
 */
describe('money', () => {
  const money = (min: number | null, max: number | null, currency = '', period: 'year' | 'month' | 'hour' | null = null) => ({ min, max, currency, period });
  it.each([
    ['70000', money(70000, null)],
    ['70,000', money(70000, null)],
    ['$70k', money(70000, null, 'USD')],
    ['73.000 €', money(73000, null, 'EUR')],
    ['€73k', money(73000, null, 'EUR')],
    ['73.000,50 €', money(73000.5, null, 'EUR')],
    ['73,5k €', money(73500, null, 'EUR')],
    ['$120,000–$150,000', money(120000, 150000, 'USD')],
    ['$120K - $150K', money(120000, 150000, 'USD')],
    ['100-120k', money(100000, 120000)],
    ['€ 70.000 - 80.000', money(70000, 80000, 'EUR')],
    ['50.000 bis 60.000 € brutto', money(50000, 60000, 'EUR', 'year')],
    ['£45,000 to £55,000 per annum', money(45000, 55000, 'GBP', 'year')],
    ["CHF 95'000", money(95000, null, 'CHF')],
    ['120 000 €', money(120000, null, 'EUR')],
    ['120\u202f000 €', money(120000, null, 'EUR')],
    ['SEK 450 000', money(450000, null, 'SEK')],
    ['CA$90,000', money(90000, null, 'CAD')],
    ['₹12,00,000', money(1200000, null, 'INR')],
    ['up to 90k', money(null, 90000)],
    ['$45/hr', money(45, null, 'USD', 'hour')],
    ['4.500 € / Monat', money(4500, null, 'EUR', 'month')],
    ['USD 120,000.00', money(120000, null, 'USD')],
    ['eur 60000', money(60000, null, 'EUR')],
    ['all in 60000', money(60000, null)],
    ['₹10L', money(1_000_000, null, 'INR')],
    ['12 LPA', money(1_200_000, null, '', 'year')],
    ['1.2 Cr', money(12_000_000, null)],
    ['73 tn kr', money(73000, null)],
  ])('reads %j', (raw, expected) => {
    expect(parseImportMoney(raw)).toEqual(expected);
  });
  it.each(['lots', '', 'k', 'competitive', '$'])('refuses %j', (raw) => {
    expect(parseImportMoney(raw)).toBeNull();
  });
});

/** Any amount as Intl (CLDR) writes it in each locale reads back exactly, with its currency. */
describe('money written by each locale (property)', () => {
  const LOCALES = [
    ['en-US', 'USD'],
    ['de-DE', 'EUR'],
    ['fr-FR', 'EUR'],
    ['de-CH', 'CHF'],
    ['en-GB', 'GBP'],
    ['en-IN', 'INR'],
    ['ja-JP', 'JPY'],
    // Swedish "kr" is shared with the Norwegian, Danish and Icelandic crowns: the amount is read, the currency is left to say.
    ['sv-SE', 'SEK'],
    ['nl-NL', 'EUR'],
  ] as const;
  it('reads back what Intl.NumberFormat writes, grouping and decimals included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.integer({ min: 1000, max: 5_000_000 }), fc.boolean(), ([locale, currency], amount, cents) => {
        const written = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: cents && currency !== 'JPY' ? 2 : 0 }).format(amount);
        expect(parseImportMoney(written), written).toEqual({ min: amount, max: null, currency: locale === 'sv-SE' ? '' : currency, period: null });
      }),
      { numRuns: 500 },
    );
  });

  it('reads both ends of a range as Intl writes it ("73.000–85.000 €", "$73,000 – $85,000", "￥73,000 ～ ￥85,000")', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.integer({ min: 1000, max: 900_000 }), fc.integer({ min: 1, max: 900_000 }), ([locale, currency], low, span) => {
        const written = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).formatRange(low, low + span);
        expect(parseImportMoney(written), written).toEqual({ min: low, max: low + span, currency: locale === 'sv-SE' ? '' : currency, period: null });
      }),
      { numRuns: 500 },
    );
  });

  it('reads compact amounts ("$73K", "73 k €", "£73k") in thousands', () => {
    const compact = LOCALES.filter(([locale]) => locale !== 'ja-JP'); // 万 (ten thousand) is not read
    fc.assert(
      fc.property(fc.constantFrom(...compact), fc.integer({ min: 1, max: 999 }), ([locale, currency], thousandsDrawn) => {
        // India writes 100,000 and up in lakhs ("₹1L"), rounded: keep to the thousands it writes exactly.
        const thousands = locale === 'en-IN' ? thousandsDrawn % 100 || 1 : thousandsDrawn;
        const written = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 0 }).format(thousands * 1000);
        expect(parseImportMoney(written)?.min, written).toBe(thousands * 1000);
      }),
      { numRuns: 300 },
    );
  });
});
