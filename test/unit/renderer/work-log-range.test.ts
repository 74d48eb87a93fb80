import { describe, expect, it } from 'vitest';
import { rangeFromHash, stepWeek, weekHref } from '../../../renderer/src/worklog/workLogRange';

describe('the work-search log’s week in the address', () => {
  it('reads a link to a week or a range, and nothing else', () => {
    expect(rangeFromHash('#/worklog/week/2026-03-02/2026-03-08', 1)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(rangeFromHash('#/worklog/week/2026-03-04', 1)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(rangeFromHash('#/worklog/week/2026-03-04', 7)).toEqual({ from: '2026-03-01', to: '2026-03-07' });
    expect(rangeFromHash('#/worklog/week/2026-03-04', null)).toBeNull();
    expect(rangeFromHash('#/worklog/week/2026-03-08/2026-03-02', 1)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(rangeFromHash('#/worklog', 1)).toBeNull();
    expect(rangeFromHash('#/worklog/app/abc', 1)).toBeNull();
    expect(weekHref({ from: '2026-03-02', to: '2026-03-08' })).toBe('#/worklog/week/2026-03-02/2026-03-08');
  });

  it('steps a week at a time from the first day shown, across DST and the year end', () => {
    expect(stepWeek({ from: '2026-03-23', to: '2026-03-29' }, 1, 1)).toEqual({ from: '2026-03-30', to: '2026-04-05' });
    expect(stepWeek({ from: '2026-12-28', to: '2027-01-03' }, 1, 1)).toEqual({ from: '2027-01-04', to: '2027-01-10' });
    expect(stepWeek({ from: '2026-03-04', to: '2026-03-20' }, 1, -1)).toEqual({ from: '2026-02-23', to: '2026-03-01' });
  });
});
