import { describe, expect, it } from 'vitest';
import { detectDayOrder, parseImportAmount, parseImportDate } from '../../../../shared/import';

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

describe('amounts', () => {
  it.each([
    ['70000', 70000],
    ['70,000', 70000],
    ['$70k', 70000],
    ['€ 70.000 - 80.000', 70000],
  ])('reads %j', (raw, n) => {
    expect(parseImportAmount(raw)).toBe(n);
  });
  it.each(['lots', '', 'k'])('refuses %j', (raw) => {
    expect(parseImportAmount(raw)).toBeNull();
  });
});
