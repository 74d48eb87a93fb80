import { useSyncExternalStore } from 'react';

/**
 * The app's one clock. Every view that judges "due" or "overdue" reads this same value, so Today,
 * the board and the side panel never disagree about what time it is. It ticks at each minute
 * boundary (what the views show is minute-accurate), and at once when the window becomes visible
 * or focused again — timers are throttled in a hidden window and stop while the machine sleeps.
 */

/** The views show minutes; a coarser tick would leave "due at 14:00" unshown until 14:01+. */
export const CLOCK_TICK_MS = 60_000;

let now = Date.now();
const listeners = new Set<() => void>();
let timer: number | null = null;

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

function scheduleNextTick(): void {
  // Aligned to the next minute boundary, so every view flips at hh:mm:00 together.
  timer = window.setTimeout(
    () => {
      tick();
      scheduleNextTick();
    },
    CLOCK_TICK_MS - (Date.now() % CLOCK_TICK_MS),
  );
}

function onWake(): void {
  if (document.visibilityState !== 'visible') return;
  if (timer !== null) window.clearTimeout(timer);
  tick();
  scheduleNextTick();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    now = Date.now();
    scheduleNextTick();
    document.addEventListener('visibilitychange', onWake);
    window.addEventListener('focus', onWake);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    document.removeEventListener('visibilitychange', onWake);
    window.removeEventListener('focus', onWake);
  };
}

const snapshot = (): number => now;

/** The shared current time in epoch ms (see the module comment for when it ticks). */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot);
}
