import { systemClock, type Clock } from '../core';

/** How far one simulated sleep moves the wall clock: well past the scheduler's jump tolerance. */
export const SIMULATED_SLEEP_MS = 10 * 60_000;

/**
 * The computer's sleep, for trying browser mode's lifecycle (end-to-end tests): a plain Node
 * process cannot be suspended, so `sleep(ms)` does to the core what a suspend does.
 *
 * | during a real sleep                     | here                                                     |
 * |-----------------------------------------|----------------------------------------------------------|
 * | the wall clock moves on                 | `now()` moves forward by `ms`, at once                   |
 * | timers do not count the time asleep     | timers keep their own time: none fires because of it     |
 * | so the next timer fires late against    | the same: the scheduler's next tick finds the wall clock |
 * | the wall clock                          | `ms` past the moment it expected, and treats it as a wake |
 *
 * Only built when browser mode is started with HEARBACK_SIMULATE_SLEEP=1; SIGUSR2 to the process
 * then sleeps {@link SIMULATED_SLEEP_MS}. Without it, browser mode uses the system clock.
 */
export function createSleepClock(): Clock & { sleep(ms: number): void } {
  let offset = 0;
  return {
    now: () => systemClock.now() + offset,
    setTimeout: systemClock.setTimeout,
    clearTimeout: systemClock.clearTimeout,
    sleep(ms) {
      offset += ms;
    },
  };
}
