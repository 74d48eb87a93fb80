import type { Clock as CoreClock } from '../../core';

/**
 * Longest delay Node timers accept: longer ones overflow and fire at once
 * (https://nodejs.org/api/timers.html#settimeoutcallback-delay-args).
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The core's clock over the host's timers, with delays clamped to [0, MAX_TIMER_MS]: a reminder
 * 30 days away wakes the scheduler after ~24.8 days, which re-plans, instead of firing now.
 */
export function createSafeClock(host: { now: () => number; setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (handle: unknown) => void }): CoreClock {
  return {
    now: host.now,
    setTimeout: (fn, ms) => host.setTimeout(fn, Math.min(Math.max(0, Number.isFinite(ms) ? ms : 0), MAX_TIMER_MS)),
    clearTimeout: host.clearTimeout,
  };
}
