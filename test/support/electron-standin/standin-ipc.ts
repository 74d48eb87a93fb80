import { EventEmitter } from 'node:events';
import type { RuleBook } from './rules';

/** What `ipcMain` handlers receive as their event. */
export interface MainInvokeEvent {
  sender: unknown;
  senderFrame: unknown;
  frameId: number;
  processId: number;
  type: 'frame';
}

type Handler = (event: MainInvokeEvent, ...args: unknown[]) => unknown;

/**
 * Sends `args` through the structured clone algorithm, as Electron's IPC does: prototypes are
 * dropped, and functions, promises, symbols… throw.
 */
export function ipcClone(rules: RuleBook, what: string, args: unknown[]): unknown[] {
  try {
    return structuredClone(args);
  } catch (error) {
    throw rules.broken('ipc-structured-clone', `${what} was given a value IPC cannot carry (${String(error)})`);
  }
}

/** `ipcMain`: `on`/`handle`, and the dispatch a renderer's `invoke` goes through. */
export class StandinIpcMain extends EventEmitter {
  private readonly handlers = new Map<string, Handler>();
  /** Called whenever a handler starts (lets the test quit while a call is in flight). */
  onHandlerEntered: ((channel: string) => void) | null = null;

  constructor(private readonly rules: RuleBook) {
    super();
  }

  handle(channel: string, handler: Handler): void {
    // Electron's own check (lib/browser/ipc-main-impl.ts).
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  handleOnce(channel: string, handler: Handler): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return handler(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  channels(): string[] {
    return [...this.handlers.keys()].sort();
  }

  /** The main-process half of `ipcRenderer.invoke`: the reply is cloned back, errors become Electron's message. */
  async dispatchInvoke(channel: string, event: MainInvokeEvent, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) {
      this.rules.broken('invoke-needs-handler', `ipcRenderer.invoke('${channel}') arrived before any ipcMain.handle('${channel}')`);
      throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    }
    let result: unknown;
    try {
      const pending = handler(event, ...args);
      this.onHandlerEntered?.(channel);
      result = await pending;
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
    }
    const [cloned] = ipcClone(this.rules, `the reply of ipcMain.handle('${channel}')`, [result]);
    return cloned;
  }
}
