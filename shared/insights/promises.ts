import type { Interview } from '../domain';
import { localDateOf, toEpochMs } from '../followup/zoned-time';
import { ratio, type Ratio } from './ratio';

const localDate = (instant: string, zone: string): string => localDateOf(toEpochMs(instant), zone);

export interface PromiseKeeping {
  /** Answered on or before the promised date (in the interview's zone). */
  kept: number;
  /** Answered after the promised date. */
  late: number;
  /** The promised date has passed (in the interview's zone) and there is no answer yet. */
  silent: number;
  /** kept ÷ (kept + late + silent). */
  keptRate: Ratio;
}

/**
 * How often companies kept their promised answer date. Only interviews with a promised date
 * count; one whose date has not passed yet and is unanswered is still open and left out.
 */
export function promiseKeeping(interviews: readonly Interview[], now: string): PromiseKeeping {
  let kept = 0;
  let late = 0;
  let silent = 0;
  // Today's date per zone, worked out once: most interviews share a zone.
  const todayIn = new Map<string, string>();
  const today = (zone: string): string => {
    let date = todayIn.get(zone);
    if (date === undefined) todayIn.set(zone, (date = localDate(now, zone)));
    return date;
  };
  for (const i of interviews) {
    const promised = i.hearBack.status === 'date' ? i.hearBack.date : null;
    if (promised === null) continue;
    if (i.heardBackAt !== null) {
      if (localDate(i.heardBackAt, i.timeZone) <= promised) kept++;
      else late++;
    } else if (today(i.timeZone) > promised) {
      silent++;
    }
  }
  return { kept, late, silent, keptRate: ratio(kept, kept + late + silent) };
}
