import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static last: FakeBrowserWindow | undefined;
    readonly listeners = new Map<string, () => void>();
    readonly webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    maximize = vi.fn();
    getNormalBounds = () => ({ x: 1, y: 2, width: 1000, height: 700 });
    isMaximized = () => false;
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.last = this;
    }
    once(event: string, fn: () => void) {
      this.listeners.set(event, fn);
    }
    on(event: string, fn: () => void) {
      this.listeners.set(event, fn);
    }
  }
  return { FakeBrowserWindow };
});

vi.mock('electron', () => ({ BrowserWindow: electron.FakeBrowserWindow }));

const { createMainWindow } = await import('../../../../electron/main/window/main-window');

function open(show = true) {
  const saveState = vi.fn();
  createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    entryUrl: 'app://hearback/index.html',
    state: { x: 5, y: 6, width: 1100, height: 800, maximized: true },
    show,
    saveState,
    harden: { isOwnPage: () => true, openExternal: vi.fn(), log: { warn: vi.fn() } },
  });
  const win = electron.FakeBrowserWindow.last;
  if (!win) throw new Error('no window');
  return { win, saveState, prefs: win.options.webPreferences as Record<string, unknown> };
}

describe('createMainWindow (Electron security checklist)', () => {
  beforeEach(() => {
    electron.FakeBrowserWindow.last = undefined;
  });

  it('isolates the context', () => expect(open().prefs.contextIsolation).toBe(true));
  it('sandboxes the renderer', () => expect(open().prefs.sandbox).toBe(true));
  it('gives the renderer no Node, in workers and subframes either', () => {
    const { prefs } = open();
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
  it('disables <webview>', () => expect(open().prefs.webviewTag).toBe(false));
  it('keeps web security on and insecure content off', () => {
    const { prefs } = open();
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });
  it('uses the CJS preload as the only bridge', () => expect(open().prefs.preload).toBe('/app/out/preload/index.cjs'));

  it('blocks navigation and window.open on its contents', () => {
    const { win } = open();
    expect(win.webContents.setWindowOpenHandler).toHaveBeenCalled();
    const events = win.webContents.on.mock.calls.map((c: unknown[]) => c[0]);
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
  });

  it('restores bounds, loads the app URL, and shows (maximized) when ready', () => {
    const { win } = open();
    expect(win.options).toMatchObject({ x: 5, y: 6, width: 1100, height: 800, show: false });
    expect(win.loadURL).toHaveBeenCalledWith('app://hearback/index.html');
    win.listeners.get('ready-to-show')?.();
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });

  it('stays hidden when started at login', () => {
    const { win } = open(false);
    win.listeners.get('ready-to-show')?.();
    expect(win.show).not.toHaveBeenCalled();
  });

  it('saves its normal bounds when closing', () => {
    const { win, saveState } = open();
    win.listeners.get('close')?.();
    expect(saveState).toHaveBeenCalledWith({ x: 1, y: 2, width: 1000, height: 700, maximized: false });
  });
});
