import { HearbackError } from '../contract/errors';
import { addDays, localDateOf, localTimeToEpochMs, MS_PER_HOUR, toEpochMs, toInstant } from './zoned-time';

/** "Tomorrow" means this time of day on the next calendar day in the user's zone. */
export const SNOOZE_TOMORROW_TIME = '09:00';

export type SnoozePreset = { preset: 'hour' } | { preset: 'tomorrow' } | { preset: 'until'; until: string };

/** The instant a snoozed reminder comes back. Throws `invalid_request` for a time not in the future. */
export function snoozeUntil(choice: SnoozePreset, now: string, zone: string): string {
  const nowMs = toEpochMs(now);
  switch (choice.preset) {
    case 'hour':
      return toInstant(nowMs + MS_PER_HOUR);
    case 'tomorrow':
      return toInstant(localTimeToEpochMs(addDays(localDateOf(nowMs, zone), 1), SNOOZE_TOMORROW_TIME, zone));
    case 'until': {
      const until = toEpochMs(choice.until);
      if (until <= nowMs) throw new HearbackError('invalid_request', 'A snooze must end in the future.', [{ path: 'act.until', message: 'must be in the future' }]);
      return toInstant(until);
    }
  }
}
