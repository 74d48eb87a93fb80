import type { Settings } from '../domain';
import { addDays, epochMsToWallTime, parseTimeOfDay, wallTimeToEpochMs } from './zoned-time';

/**
 * Quiet hours: a daily range of wall time in the user's zone (possibly overnight, 21:00–08:00)
 * during which nothing is shown. Equal start and end means no quiet hours.
 */
export type QuietHours = Settings['quietHours'];

export function isQuietAt(epochMs: number, quiet: QuietHours, zone: string): boolean {
  if (!quiet.enabled) return false;
  const start = parseTimeOfDay(quiet.start);
  const end = parseTimeOfDay(quiet.end);
  if (start === end) return false;
  const { minutes } = epochMsToWallTime(epochMs, zone);
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/** When the quiet period containing `epochMs` ends (epoch ms); `epochMs` itself when it is not quiet. */
export function quietHoursEndAfter(epochMs: number, quiet: QuietHours, zone: string): number {
  if (!isQuietAt(epochMs, quiet, zone)) return epochMs;
  const end = parseTimeOfDay(quiet.end);
  const { date } = epochMsToWallTime(epochMs, zone);
  const today = wallTimeToEpochMs(date, end, zone);
  return today > epochMs ? today : wallTimeToEpochMs(addDays(date, 1), end, zone);
}
