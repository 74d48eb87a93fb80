import { describe, expect, it, vi } from 'vitest';
import { CLOSE_TIMEOUT_MS, createQuitHandler } from '../../../electron/main/graceful-quit';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createQuitHandler', () => {
  it('holds the first quit until the core has closed, then quits once', async () => {
    let finishClose: () => void = () => undefined;
    const close = vi.fn(() => new Promise<void>((r) => (finishClose = r)));
    const quit = vi.fn();
    const handler = createQuitHandler({ close, quit, log: { error: vi.fn() }, setTimeout: vi.fn() });
    const first = { preventDefault: vi.fn() };
    handler(first);
    handler({ preventDefault: vi.fn() });
    expect(first.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();
    finishClose();
    await flush();
    expect(quit).toHaveBeenCalledTimes(1);
    const again = { preventDefault: vi.fn() };
    handler(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('quits anyway when closing fails or hangs past the timeout', async () => {
    const quit = vi.fn();
    const log = { error: vi.fn() };
    createQuitHandler({
      close: async () => {
        throw new Error('EIO');
      },
      quit,
      log,
      setTimeout: vi.fn(),
    })({ preventDefault: vi.fn() });
    await flush();
    expect(quit).toHaveBeenCalledTimes(1);

    let fire: () => void = () => undefined;
    const quit2 = vi.fn();
    createQuitHandler({
      close: () => new Promise(() => undefined),
      quit: quit2,
      log,
      setTimeout: (fn, ms) => {
        expect(ms).toBe(CLOSE_TIMEOUT_MS);
        fire = fn;
      },
    })({ preventDefault: vi.fn() });
    fire();
    await flush();
    expect(quit2).toHaveBeenCalledTimes(1);
  });
});
