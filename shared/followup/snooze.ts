import { HearbackError } from '../contract/errors';
import { addDays, epochMsToWallTime, localDateOf, localTimeToEpochMs, MS_PER_HOUR, toEpochMs, toInstant, wallTimeToEpochMs } from './zoned-time';

/** The `statusReason` of a check-in the user snoozed, on purpose, to before the promise (rule 1's one exception). */
export const SNOOZED_BEFORE_PROMISE = 'Snoozed to before the promise on purpose';

/** "Tomorrow" means this time of day on the next calendar day in the user's zone. */
export const SNOOZE_TOMORROW_TIME = '09:00';

/**
 * Snooze choices. For a reminder already due: `hour` (now + 1 h), `tomorrow` (09:00 tomorrow).
 * For one not yet due: `dayAfterDue`, `weekAfterDue` (its due wall time 1 or 7 days later).
 * `until`: a time the user picked ("Pick a time…").
 */
export const SNOOZE_PRESETS = ['hour', 'tomorrow', 'dayAfterDue', 'weekAfterDue', 'until'] as const;
export type SnoozePresetName = (typeof SNOOZE_PRESETS)[number];
export type SnoozePreset = { preset: Exclude<SnoozePresetName, 'until'> } | { preset: 'until'; until: string; beforePromise?: boolean };

/** The presets that make sense for a reminder, by whether it is due yet (lifecycle rule 2). */
export function snoozePresetsFor(dueMs: number, nowMs: number): readonly Exclude<SnoozePresetName, 'until'>[] {
  return dueMs > nowMs ? ['dayAfterDue', 'weekAfterDue'] : ['hour', 'tomorrow'];
}

export interface SnoozeSituation {
  /** ISO instant. */
  now: string;
  /** The reminder's current due time (its `snoozedUntil` when snoozed; the current occurrence for a series), epoch ms. */
  dueMs: number;
  /** The user's zone. */
  zone: string;
  /** For a check-in: the earliest time the promise allows (lifecycle rule 1), epoch ms; else null. */
  promiseFloorMs: number | null;
}

/** The same wall time `days` calendar days after `epochMs`, in `zone`. */
function sameTimeDaysLater(epochMs: number, days: number, zone: string): number {
  const wall = epochMsToWallTime(epochMs, zone);
  return wallTimeToEpochMs(addDays(wall.date, days), wall.minutes, zone);
}

/** Where a preset moves a reminder (epoch ms), before any check that it moves it later. */
export function presetTimeMs(preset: Exclude<SnoozePresetName, 'until'>, nowMs: number, dueMs: number, zone: string): number {
  switch (preset) {
    case 'hour':
      return nowMs + MS_PER_HOUR;
    case 'tomorrow':
      return localTimeToEpochMs(addDays(localDateOf(nowMs, zone), 1), SNOOZE_TOMORROW_TIME, zone);
    case 'dayAfterDue':
      return sameTimeDaysLater(dueMs, 1, zone);
    case 'weekAfterDue':
      return sameTimeDaysLater(dueMs, 7, zone);
  }
}

/** What "Pick a time…" starts at: a day after the due time when not yet due, else tomorrow at 09:00. */
export function defaultPickTimeMs(situation: Omit<SnoozeSituation, 'promiseFloorMs'>): number {
  const nowMs = toEpochMs(situation.now);
  return situation.dueMs > nowMs ? sameTimeDaysLater(situation.dueMs, 1, situation.zone) : localTimeToEpochMs(addDays(localDateOf(nowMs, situation.zone), 1), SNOOZE_TOMORROW_TIME, situation.zone);
}

/**
 * The instant a snoozed reminder comes back (lifecycle rule 2). A preset always ends later than
 * both now and the current due time, or is refused (`conflict`). A picked time must be in the
 * future (`invalid_request`, `act.until`) and, for a check-in, not before the promise floor unless
 * the user confirmed it (`invalid_request`, `act.beforePromise`).
 */
export function snoozeUntil(choice: SnoozePreset, situation: SnoozeSituation): string {
  const nowMs = toEpochMs(situation.now);
  const { dueMs, zone } = situation;
  if (choice.preset === 'until') {
    const until = toEpochMs(choice.until);
    if (until <= nowMs) throw new HearbackError('invalid_request', 'A snooze must end in the future.', [{ path: 'act.until', message: 'must be in the future' }]);
    const floor = situation.promiseFloorMs;
    if (floor !== null && until < floor && choice.beforePromise !== true) {
      const message = `is before the promise: check-ins wait until ${toInstant(floor)}`;
      throw new HearbackError('invalid_request', `That time ${message}. Confirm to snooze before the promise.`, [{ path: 'act.beforePromise', message }]);
    }
    return toInstant(until);
  }
  const until = presetTimeMs(choice.preset, nowMs, dueMs, zone);
  if (until <= Math.max(nowMs, dueMs)) {
    throw new HearbackError('conflict', `This reminder is not due until ${toInstant(dueMs)}; that snooze would bring it earlier. Postpone it from its due time instead.`, [
      { path: 'act.preset', message: 'would not move the reminder later' },
    ]);
  }
  return toInstant(until);
}
