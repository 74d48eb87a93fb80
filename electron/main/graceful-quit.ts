/** How long quitting waits for the core to flush before giving up (ms). */
export const CLOSE_TIMEOUT_MS = 5_000;

export interface QuitDeps {
  /** Flushes pending writes and releases the data-folder lock (`core.close`). */
  close: () => Promise<void>;
  /** Quits for real (`app.quit`); `before-quit` fires again and is let through. */
  quit: () => void;
  log: { error(msg: string, meta?: Record<string, unknown>): void };
  setTimeout: (fn: () => void, ms: number) => unknown;
}

/**
 * The `before-quit` handler: the first quit is held back until the core has closed (or the
 * timeout passed — a stuck disk must not keep the app alive forever), then quit again.
 */
export function createQuitHandler(deps: QuitDeps): (event: { preventDefault(): void }) => void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    const timeout = new Promise<void>((resolve) => {
      deps.setTimeout(() => {
        deps.log.error('The data store did not close in time; quitting anyway');
        resolve();
      }, CLOSE_TIMEOUT_MS);
    });
    const closed = deps.close().catch((error: unknown) => {
      deps.log.error('Closing the data store failed', { reason: String(error) });
    });
    void Promise.race([closed, timeout]).then(() => {
      state = 'closed';
      deps.quit();
    });
  };
}
