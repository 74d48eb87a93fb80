import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';
import vm from 'node:vm';
import { ipcClone, type MainInvokeEvent, type StandinIpcMain } from './standin-ipc';
import type { RuleBook } from './rules';

/** The web platform globals every world of a page has (Chromium's `window`, minus the DOM). */
function webGlobals(): Record<string, unknown> {
  return { console, queueMicrotask, setTimeout, clearTimeout, setInterval, clearInterval, structuredClone, URL, URLSearchParams, TextEncoder, TextDecoder, atob, btoa, AbortController };
}

/** Modules a sandboxed preload may `require` (tutorial/sandbox.md, "Preload scripts"). */
const SANDBOX_BUILTINS = new Set(['events', 'timers', 'url', 'node:events', 'node:timers', 'node:url']);

/**
 * Copies a value across the context bridge the way contextBridge.md's table says: primitives as
 * they are, functions and promises proxied, objects and arrays copied without their prototypes
 * ("Prototype modifications are dropped."), errors as new errors, symbols dropped.
 */
export function crossWorld(value: unknown, depth = 0): unknown {
  if (depth > 1000) throw new Error('Object has too much nesting to cross the context bridge');
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return typeof value === 'symbol' ? undefined : value;
  }
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]): unknown => crossWorld(fn(...args.map((a) => crossWorld(a))));
  }
  if (typeof (value as { then?: unknown }).then === 'function') {
    const thenable = value as PromiseLike<unknown>;
    return new Promise((resolve, reject) => {
      thenable.then(
        (v) => resolve(crossWorld(v)),
        (e: unknown) => reject(crossWorld(e)),
      );
    });
  }
  if (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]') {
    return new Error((value as Error).message);
  }
  if (Array.isArray(value)) return value.map((v) => crossWorld(v, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) copy[key] = crossWorld(v, depth + 1);
  return copy;
}

export interface PageHost {
  rules: RuleBook;
  ipcMain: StandinIpcMain;
  /** The WebContents the page belongs to (the IPC `event.sender`). */
  sender: unknown;
  /** The page's top frame (`event.senderFrame`), with the current `url`. */
  mainFrame: { url: string };
  webContentsId: number;
}

export interface PreloadReport {
  path: string | null;
  ran: boolean;
  sandboxed: boolean;
  contextIsolation: boolean;
  error: string | null;
  /** What the preload required, in order. */
  required: string[];
}

/**
 * One loaded page: its main world (what the renderer's scripts see as `window`), the isolated
 * world the preload runs in, and its `ipcRenderer`. The renderer's own scripts are not run (there
 * is no DOM here); tests act as the page by evaluating code in the main world.
 */
export class RendererPage {
  readonly mainWorld: vm.Context;
  readonly preload: PreloadReport;
  private readonly ipcEmitter = new EventEmitter();
  private closed = false;

  constructor(
    private readonly host: PageHost,
    options: { preload: string | null; sandboxed: boolean; contextIsolation: boolean },
  ) {
    this.mainWorld = vm.createContext(webGlobals());
    this.preload = { path: options.preload, ran: false, sandboxed: options.sandboxed, contextIsolation: options.contextIsolation, error: null, required: [] };
  }

  /** Runs the preload before anything else on the page, as Electron does at document start. */
  runPreload(): void {
    const path = this.preload.path;
    if (path === null) return;
    if (!isAbsolute(path) || !existsSync(path)) {
      // Electron logs "Unable to load preload script" and the page runs without it.
      this.host.rules.broken('preload-absolute-path', `the preload '${path}' is not an absolute path to an existing file`);
      this.preload.error = `Unable to load preload script: ${path}`;
      return;
    }
    const isolated = this.preload.contextIsolation ? vm.createContext(webGlobals()) : this.mainWorld;
    const module = { exports: {} as Record<string, unknown> };
    const source = readFileSync(path, 'utf8');
    try {
      // Sandboxed preloads are plain scripts in a function wrapper (no ESM, no Node loader).
      const wrapper = vm.runInContext(`(function (exports, require, module, __filename, __dirname, process, Buffer, global, setImmediate, clearImmediate) {${source}\n})`, isolated, { filename: path }) as (...args: unknown[]) => void;
      const limitedProcess = { platform: process.platform, type: 'renderer', sandboxed: this.preload.sandboxed, contextIsolated: this.preload.contextIsolation, env: {}, versions: process.versions };
      wrapper(module.exports, (id: string) => this.require(id, path), module, path, '.', limitedProcess, Buffer, vm.runInContext('globalThis', isolated), setImmediate, clearImmediate);
      this.preload.ran = true;
    } catch (error) {
      this.preload.error = String(error);
    }
  }

  private require(id: string, from: string): unknown {
    this.preload.required.push(id);
    if (id === 'electron') return this.rendererElectron();
    if (!this.preload.sandboxed) return createRequire(from)(id);
    if (SANDBOX_BUILTINS.has(id)) return createRequire(from)(id);
    throw this.host.rules.broken('sandboxed-preload-require', `the sandboxed preload required '${id}'`);
  }

  /** The renderer's `electron` module: only its renderer-process modules. */
  private rendererElectron(): Record<string, unknown> {
    const ipcRenderer = {
      invoke: (channel: string, ...args: unknown[]): Promise<unknown> => this.invoke(channel, args),
      send: (channel: string, ...args: unknown[]): void => {
        const cloned = ipcClone(this.host.rules, `ipcRenderer.send('${channel}')`, args);
        setImmediate(() => this.host.ipcMain.emit(channel, this.invokeEvent(), ...cloned));
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        this.ipcEmitter.on(channel, listener);
        return ipcRenderer;
      },
      once: (channel: string, listener: (...args: unknown[]) => void) => {
        this.ipcEmitter.once(channel, listener);
        return ipcRenderer;
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        this.ipcEmitter.removeListener(channel, listener);
        return ipcRenderer;
      },
      off: (channel: string, listener: (...args: unknown[]) => void) => ipcRenderer.removeListener(channel, listener),
      removeAllListeners: (channel?: string) => {
        this.ipcEmitter.removeAllListeners(channel);
        return ipcRenderer;
      },
    };
    const contextBridge = {
      exposeInMainWorld: (key: string, api: unknown): void => {
        // Electron's own error when isolation is off.
        if (!this.preload.contextIsolation) throw new Error('contextBridge API can only be used when contextIsolation is enabled');
        if (Object.prototype.hasOwnProperty.call(this.mainWorld, key)) throw new Error(`Cannot bind an API on top of an existing property on the window object`);
        Object.defineProperty(this.mainWorld, key, { value: crossWorld(api), enumerable: true, writable: false, configurable: false });
      },
    };
    return { ipcRenderer, contextBridge, webFrame: {}, crashReporter: {}, nativeImage: {}, webUtils: {} };
  }

  private invokeEvent(): MainInvokeEvent {
    return { sender: this.host.sender, senderFrame: this.closed ? null : this.host.mainFrame, frameId: 1, processId: 100 + this.host.webContentsId, type: 'frame' };
  }

  private invoke(channel: string, args: unknown[]): Promise<unknown> {
    const cloned = ipcClone(this.host.rules, `ipcRenderer.invoke('${channel}')`, args);
    // A message to another process: never answered in the same tick.
    return new Promise((resolve, reject) => {
      setImmediate(() => {
        this.host.ipcMain.dispatchInvoke(channel, this.invokeEvent(), cloned).then(resolve, reject);
      });
    });
  }

  /** `webContents.send` arriving here: listeners get `(event, ...args)` a tick later. */
  deliver(channel: string, args: unknown[]): void {
    setImmediate(() => {
      if (!this.closed) this.ipcEmitter.emit(channel, { sender: null, senderId: 0, ports: [] }, ...args);
    });
  }

  /** Runs `code` in the page's main world (as the renderer's scripts would) and awaits it. */
  async evaluate(code: string): Promise<unknown> {
    return (await vm.runInContext(code, this.mainWorld)) as unknown;
  }

  exposedKeys(): string[] {
    const web = new Set(Object.keys(webGlobals()));
    return Object.keys(this.mainWorld).filter((k) => !web.has(k));
  }

  close(): void {
    this.closed = true;
    this.ipcEmitter.removeAllListeners();
  }
}
