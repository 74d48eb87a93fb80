import { describe, expect, it, vi } from 'vitest';
import { CLOCK_JUMP_TOLERANCE_MS, clockChange } from '../../../../electron/main/platform/clock-watch';
import { CLOCK_POLL_MS, watchPowerAndClock } from '../../../../electron/main/platform/power-hints';
import { createSafeClock, MAX_TIMER_MS } from '../../../../electron/main/platform/safe-clock';

const r = (wall: number, mono: number, zone = 'Europe/Paris') => ({ wall, mono, zone });

describe('clockChange', () => {
  it('sees nothing when both clocks advance together', () => {
    expect(clockChange(r(0, 0), r(60_000, 60_010))).toBeNull();
  });
  it('reports a zone change first', () => {
    expect(clockChange(r(0, 0), r(60_000, 60_000, 'America/New_York'))).toBe('timezone-change');
  });
  it('reports a jump of the wall clock either way', () => {
    expect(clockChange(r(0, 0), r(60_000 + CLOCK_JUMP_TOLERANCE_MS + 1, 60_000))).toBe('clock-jump');
    expect(clockChange(r(0, 0), r(60_000 - 3_600_000, 60_000))).toBe('clock-jump');
  });
});

describe('watchPowerAndClock', () => {
  it('hints the scheduler on resume, unlock and polled clock changes', () => {
    const handlers = new Map<string, () => void>();
    const hint = vi.fn();
    let tick: () => void = () => undefined;
    let reading = r(0, 0);
    watchPowerAndClock({
      powerMonitor: { on: (e, l) => handlers.set(e, l) },
      hint,
      read: () => reading,
      setInterval: (fn, ms) => {
        expect(ms).toBe(CLOCK_POLL_MS);
        tick = fn;
        return {};
      },
    });
    handlers.get('resume')?.();
    handlers.get('unlock-screen')?.();
    reading = r(60_000, 60_000, 'Asia/Tokyo');
    tick();
    reading = r(60_000 * 2, 60_000 * 2, 'Asia/Tokyo');
    tick();
    expect(hint.mock.calls).toEqual([['resume'], ['resume'], ['timezone-change']]);
  });
});

describe('createSafeClock', () => {
  it('clamps delays Node would overflow, and negative or non-finite ones', () => {
    const setTimeout = vi.fn();
    const clock = createSafeClock({ now: () => 5, setTimeout, clearTimeout: vi.fn() });
    clock.setTimeout(() => undefined, 30 * 24 * 3_600_000);
    clock.setTimeout(() => undefined, -5);
    clock.setTimeout(() => undefined, Number.NaN);
    expect(setTimeout.mock.calls.map((c) => c[1])).toEqual([MAX_TIMER_MS, 0, 0]);
    expect(clock.now()).toBe(5);
  });
});
