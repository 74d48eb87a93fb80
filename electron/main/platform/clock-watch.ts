/** One reading of the clocks. */
export interface ClockReading {
  /** `Date.now()`: wall-clock ms, jumps when the user or NTP sets the clock. */
  wall: number;
  /** `performance.now()`: monotonic ms (stops while the machine sleeps, on Linux and macOS). */
  mono: number;
  /** The IANA zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`). */
  zone: string;
}

/** A wall/monotonic disagreement larger than this is a clock change, not timer jitter. */
export const CLOCK_JUMP_TOLERANCE_MS = 90_000;

/**
 * Decides which scheduler hint, if any, two readings call for. Electron has no time-zone event
 * (electron/electron#5197), so the adapter polls and compares: a new zone → `timezone-change`;
 * wall time moving unlike monotonic time → `clock-jump` (also after sleep, which is harmless:
 * the scheduler just re-plans).
 */
export function clockChange(previous: ClockReading, next: ClockReading): 'timezone-change' | 'clock-jump' | null {
  if (previous.zone !== next.zone) return 'timezone-change';
  const drift = next.wall - previous.wall - (next.mono - previous.mono);
  return Math.abs(drift) > CLOCK_JUMP_TOLERANCE_MS ? 'clock-jump' : null;
}
