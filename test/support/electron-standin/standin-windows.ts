import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preventableEvent, type StandinApp } from './standin-app';
import { ipcClone, type StandinIpcMain } from './standin-ipc';
import type { StandinProtocol } from './standin-protocol';
import { RendererPage } from './standin-renderer';
import type { RuleBook } from './rules';

/** What a test learns about one page load. */
export interface LoadReport {
  url: string;
  status: number;
  headers: Record<string, string>;
  /** Scripts and stylesheets the document references, as fetched. */
  assets: Array<{ url: string; status: number; contentType: string | null }>;
  error: string | null;
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => unknown;

/** Methods that still work on a destroyed object (JS-side event emitter plumbing). */
const ALWAYS_ALLOWED = new Set(['isDestroyed', 'on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'emit', 'listenerCount', 'listeners', 'id', 'constructor']);

/** Makes every use of `target` after it is destroyed throw, as Electron's "Object has been destroyed" does. */
function guardDestroyed<T extends object>(target: T, isDestroyed: () => boolean, rules: RuleBook, what: string): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver);
      if (typeof key === 'string' && !ALWAYS_ALLOWED.has(key) && isDestroyed() && typeof value === 'function') {
        throw rules.broken('destroyed-window', `${what}.${key}() was called after the window was closed (Object has been destroyed)`);
      }
      // Bound to the raw object: the stand-in's own bookkeeping is not guarded.
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
}

export interface WindowsHost {
  app: StandinApp;
  rules: RuleBook;
  ipcMain: StandinIpcMain;
  protocol: StandinProtocol;
  /** Code the page's main world runs once loaded — what the real renderer does first. */
  pageStartup: string | null;
}

/** Builds the `BrowserWindow` class (and its `webContents`) bound to one stand-in app. */
export function createWindowClasses(host: WindowsHost) {
  const { app, rules, ipcMain, protocol } = host;
  const all: StandinBrowserWindow[] = [];
  const allContents: StandinWebContents[] = [];
  let nextId = 1;

  class StandinWebContents extends EventEmitter {
    readonly id = nextId++;
    readonly mainFrame = { url: '', parent: null as null, top: null as unknown, frameTreeNodeId: 1, routingId: 1, processId: 0, origin: '' };
    page: RendererPage | null = null;
    loads: LoadReport[] = [];
    windowOpenHandler: WindowOpenHandler | null = null;
    startup: { result?: unknown; error?: string } | null = null;
    destroyed = false;
    readonly session = null;

    constructor(readonly preferences: Record<string, unknown>) {
      super();
      this.mainFrame.top = this.mainFrame;
      this.mainFrame.processId = 100 + this.id;
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }
    getURL(): string {
      return this.mainFrame.url;
    }
    effectivePreferences(): Record<string, unknown> {
      return { ...this.preferences };
    }
    isLoading(): boolean {
      return false;
    }
    setWindowOpenHandler(handler: WindowOpenHandler): void {
      this.windowOpenHandler = handler;
    }

    send(channel: string, ...args: unknown[]): void {
      const cloned = ipcClone(rules, `webContents.send('${channel}')`, args);
      this.page?.deliver(channel, cloned);
    }

    async loadURL(url: string): Promise<void> {
      const report = await fetchDocument(url);
      this.loads.push(report);
      this.page?.close();
      this.mainFrame.url = url;
      this.mainFrame.origin = safeOrigin(url);
      const page = new RendererPage(
        { rules, ipcMain, sender: proxiedContents(this), mainFrame: this.mainFrame, webContentsId: this.id },
        {
          preload: typeof this.preferences.preload === 'string' ? this.preferences.preload : null,
          sandboxed: this.preferences.sandbox === true,
          contextIsolation: this.preferences.contextIsolation === true,
        },
      );
      this.page = page;
      page.runPreload();
      if (report.error !== null) {
        this.emit('did-fail-load', preventableEvent(), -6, report.error, url, true);
        throw new Error(`${report.error} (-6) loading '${url}'`);
      }
      this.emit('dom-ready');
      if (host.pageStartup !== null) {
        try {
          this.startup = { result: await page.evaluate(host.pageStartup) };
        } catch (error) {
          this.startup = { error: String(error) };
        }
      }
      this.emit('did-finish-load');
    }

    loadFile(path: string): Promise<void> {
      return this.loadURL(`file://${path}`);
    }

    printToPDF(): Promise<Uint8Array> {
      return Promise.reject(new Error('printToPDF needs a real Chromium: the stand-in cannot render pages'));
    }

    /** A link or script on the page asks to navigate (the test drives this). */
    attemptNavigation(url: string): { prevented: boolean } {
      const event = preventableEvent();
      this.emit('will-navigate', Object.assign(event, { url }), url);
      return { prevented: event.defaultPrevented };
    }

    /** The page calls `window.open(url)` (the test drives this). */
    attemptWindowOpen(url: string): { action: unknown } {
      const answer = this.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' }) ?? { action: 'allow' };
      return { action: (answer as { action?: unknown }).action };
    }

    destroyContents(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.page?.close();
      this.emit('destroyed');
      allContents.splice(allContents.indexOf(this), 1);
    }
  }

  const contentsProxies = new WeakMap<StandinWebContents, StandinWebContents>();
  function proxiedContents(contents: StandinWebContents): StandinWebContents {
    let proxy = contentsProxies.get(contents);
    if (proxy === undefined) {
      proxy = guardDestroyed(contents, () => contents.destroyed, rules, 'webContents');
      contentsProxies.set(contents, proxy);
    }
    return proxy;
  }

  async function fetchDocument(url: string): Promise<LoadReport> {
    const scheme = url.slice(0, url.indexOf(':'));
    if (scheme === 'file') {
      try {
        readFileSync(fileURLToPath(url));
        return { url, status: 200, headers: {}, assets: [], error: null };
      } catch {
        return { url, status: 0, headers: {}, assets: [], error: 'ERR_FILE_NOT_FOUND' };
      }
    }
    if (!protocol.isProtocolHandled(scheme)) {
      // No network here: the dev server or a remote page cannot be reached.
      return { url, status: 0, headers: {}, assets: [], error: 'ERR_CONNECTION_REFUSED' };
    }
    const response = await protocol.request(url);
    const headers = Object.fromEntries(response.headers.entries());
    const report: LoadReport = { url, status: response.status, headers, assets: [], error: response.ok ? null : `HTTP ${response.status}` };
    const html = await response.text();
    for (const match of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)) {
      const reference = match[1] ?? '';
      if (!protocol.isStandard(scheme) && !/^[a-z][a-z0-9+.-]*:/i.test(reference)) {
        rules.broken('standard-scheme-relative-urls', `'${reference}' on ${url} cannot be resolved: '${scheme}' is not registered as a standard scheme`);
        report.assets.push({ url: reference, status: 0, contentType: null });
        continue;
      }
      const assetUrl = new URL(reference, url).toString();
      const asset = await protocol.request(assetUrl);
      report.assets.push({ url: assetUrl, status: asset.status, contentType: asset.headers.get('content-type') });
    }
    return report;
  }

  class StandinBrowserWindow extends EventEmitter {
    readonly id: number;
    /** What the app sees (guarded); `rawContents` is the stand-in's own handle. */
    readonly webContents: StandinWebContents;
    readonly rawContents: StandinWebContents;
    readonly options: Record<string, unknown>;
    visible = false;
    focused = false;
    minimized = false;
    maximized = false;
    destroyed = false;
    private bounds: { x: number; y: number; width: number; height: number };

    static getAllWindows(): StandinBrowserWindow[] {
      return all.map((w) => windowProxies.get(w) ?? w);
    }
    static getFocusedWindow(): StandinBrowserWindow | null {
      const focused = all.find((w) => w.focused);
      return focused === undefined ? null : (windowProxies.get(focused) ?? focused);
    }
    static fromWebContents(contents: unknown): StandinBrowserWindow | null {
      const found = all.find((w) => w.webContents === contents || w.rawContents === contents);
      return found === undefined ? null : (windowProxies.get(found) ?? found);
    }

    constructor(options: Record<string, unknown> = {}) {
      super();
      rules.require(app.isReady(), 'module-after-ready', 'new BrowserWindow() was called before ready');
      this.options = options;
      const prefs = { ...((options.webPreferences as Record<string, unknown> | undefined) ?? {}) };
      const nodeIntegration = prefs.nodeIntegration === true;
      // Defaults since Electron 20: isolated and sandboxed unless Node integration is turned on;
      // app.enableSandbox() sandboxes every renderer "regardless of the value of the sandbox flag".
      const effective = {
        ...prefs,
        contextIsolation: prefs.contextIsolation !== false,
        nodeIntegration,
        sandbox: app.sandboxEnabled || (prefs.sandbox !== false && !nodeIntegration),
      };
      this.rawContents = new StandinWebContents(effective);
      this.webContents = proxiedContents(this.rawContents);
      this.id = this.rawContents.id;
      this.bounds = { x: Number(options.x ?? 0), y: Number(options.y ?? 0), width: Number(options.width ?? 800), height: Number(options.height ?? 600) };
      this.visible = options.show !== false;
      all.push(this);
      allContents.push(this.rawContents);
      const proxy = guardDestroyed(this, () => this.destroyed, rules, 'BrowserWindow');
      windowProxies.set(this, proxy);
      app.emit('browser-window-created', preventableEvent(), proxy);
      app.emit('web-contents-created', preventableEvent(), this.webContents);
      this.rawContents.on('did-finish-load', () => {
        if (!this.destroyed && !this.visible) this.emit('ready-to-show');
      });
      return proxy;
    }

    loadURL(url: string): Promise<void> {
      return this.rawContents.loadURL(url);
    }
    loadFile(path: string): Promise<void> {
      return this.rawContents.loadFile(path);
    }
    show(): void {
      this.visible = true;
      this.focused = true;
      this.emit('show');
    }
    hide(): void {
      this.visible = false;
      this.focused = false;
    }
    focus(): void {
      this.focused = true;
      this.emit('focus');
    }
    isVisible(): boolean {
      return this.visible;
    }
    isFocused(): boolean {
      return this.focused;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    minimize(): void {
      this.minimized = true;
      this.focused = false;
    }
    restore(): void {
      this.minimized = false;
    }
    maximize(): void {
      this.maximized = true;
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    getBounds(): { x: number; y: number; width: number; height: number } {
      return { ...this.bounds };
    }
    getNormalBounds(): { x: number; y: number; width: number; height: number } {
      return { ...this.bounds };
    }
    setTitle(title: string): void {
      this.options.title = title;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }

    /** The user closes the window. */
    close(): void {
      if (this.closeForQuit() && all.length === 0) app.lastWindowClosed();
    }

    /** Closes for a quit; false when a 'close' listener prevented it. */
    closeForQuit(): boolean {
      if (this.destroyed) return true;
      const event = preventableEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return false;
      this.destroy();
      return true;
    }

    /** "Force closing the window, the unload and beforeunload event won't be emitted for the web page, and close event will also not be emitted for this window, but it guarantees the closed event will be emitted." */
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.visible = false;
      this.focused = false;
      all.splice(all.indexOf(this), 1);
      this.rawContents.destroyContents();
      this.emit('closed');
    }
  }
  const windowProxies = new WeakMap<StandinBrowserWindow, StandinBrowserWindow>();

  const webContents = {
    getAllWebContents: () => allContents.map((c) => proxiedContents(c)),
    getFocusedWebContents: () => null,
    fromId: (id: number) => {
      const found = allContents.find((c) => c.id === id);
      return found === undefined ? undefined : proxiedContents(found);
    },
  };

  return {
    BrowserWindow: StandinBrowserWindow,
    webContents,
    /** The raw windows (unguarded), for the test's view. */
    windows: () => [...all],
    registry: { open: () => [...all] },
  };
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

export type WindowClasses = ReturnType<typeof createWindowClasses>;
export type StandinWindow = InstanceType<WindowClasses['BrowserWindow']>;
