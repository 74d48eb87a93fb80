import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDayOnOrAfter, isBusinessDay } from '../../../../shared/followup';

const week = { workWeek: [1, 2, 3, 4, 5], holidays: ['2026-03-09'] };

describe('business days follow Settings.workWeek and Settings.holidays', () => {
  it('weekends and holidays are not business days', () => {
    expect(isBusinessDay('2026-03-07', week)).toBe(false); // Saturday
    expect(isBusinessDay('2026-03-09', week)).toBe(false); // holiday Monday
    expect(isBusinessDay('2026-03-10', week)).toBe(true);
  });
  it('one business day after a Friday skips the weekend and a holiday Monday', () => {
    expect(addBusinessDays('2026-03-06', 1, week)).toBe('2026-03-10');
  });
  it('zero business days is the date itself when it is one, else the next', () => {
    expect(addBusinessDays('2026-03-05', 0, week)).toBe('2026-03-05');
    expect(addBusinessDays('2026-03-07', 0, week)).toBe('2026-03-10');
  });
  it('a Sunday–Thursday work week', () => {
    const gulf = { workWeek: [7, 1, 2, 3, 4], holidays: [] };
    expect(addBusinessDays('2026-03-05', 1, gulf)).toBe('2026-03-08');
  });
  it('five business days after a Tuesday is the next Tuesday', () => {
    expect(addBusinessDays('2026-03-03', 5, { workWeek: [1, 2, 3, 4, 5], holidays: [] })).toBe('2026-03-10');
  });
  it('a one-day work week moves forward to that weekday', () => {
    expect(businessDayOnOrAfter('2026-03-08', { workWeek: [6], holidays: ['2026-03-14'] })).toBe('2026-03-21');
  });
});
