import type { SchedulerHint } from '../../core';
import { clockChange, type ClockReading } from './clock-watch';

/** How often the clocks are compared (ms). */
export const CLOCK_POLL_MS = 60_000;

export interface PowerHintDeps {
  /** `powerMonitor` (an EventEmitter with 'resume' and 'unlock-screen'). */
  powerMonitor: { on(event: 'resume' | 'unlock-screen', listener: () => void): unknown };
  hint: (reason: SchedulerHint) => void;
  read: () => ClockReading;
  setInterval: (fn: () => void, ms: number) => { unref?: () => void };
}

/**
 * Tells the scheduler when time moved under it: after sleep and screen unlock (timers do not
 * count time asleep), and when the polled clocks show a zone change or a jump.
 */
export function watchPowerAndClock(deps: PowerHintDeps): void {
  deps.powerMonitor.on('resume', () => deps.hint('resume'));
  deps.powerMonitor.on('unlock-screen', () => deps.hint('resume'));
  let last = deps.read();
  const timer = deps.setInterval(() => {
    const now = deps.read();
    const change = clockChange(last, now);
    last = now;
    if (change !== null) deps.hint(change);
  }, CLOCK_POLL_MS);
  timer.unref?.();
}

/** Reads the real clocks. */
export function readClocks(): ClockReading {
  return { wall: Date.now(), mono: performance.now(), zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}
