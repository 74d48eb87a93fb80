import { shiftWeek, weekOf, type DateRange } from '../../../shared/worklog';

/** The week a link names: `#/worklog/week/2026-03-02` (a notification's link to last week's log). */
export function rangeFromHash(hash: string, startDay: number | null): DateRange | null {
  const match = /^#\/worklog\/week\/(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?/.exec(hash);
  if (!match?.[1]) return null;
  if (match[2] && match[2] >= match[1]) return { from: match[1], to: match[2] };
  return startDay === null ? null : weekOf(match[1], startDay);
}

export const weekHref = (range: DateRange): string => `#/worklog/week/${range.from}/${range.to}`;

/** The previous or next week from the range shown (a custom range steps from its first day). */
export const stepWeek = (range: DateRange, startDay: number, step: number): DateRange => shiftWeek(weekOf(range.from, startDay), step);
