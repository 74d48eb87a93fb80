import { BrowserWindow } from 'electron';
import { hardenWebContents, type HardenDeps } from '../security/harden-web-contents';
import { secureWebPreferences } from '../security/web-preferences';
import { MIN_HEIGHT, MIN_WIDTH, windowStateToSave, type WindowState } from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  /** `app://hearback/index.html`, or the dev server URL in development. */
  entryUrl: string;
  /** The restored bounds (see `restoreWindowState`). */
  state: WindowState;
  /** Show when ready (false when started hidden at login: the tray is enough). */
  show: boolean;
  /** Called with the bounds to save when the window closes. */
  saveState: (state: WindowState) => void;
  harden: HardenDeps;
  icon?: string;
}

/**
 * Creates the one app window: secure web preferences, hardened contents, restored bounds.
 * Shown when the first paint is ready (no white flash).
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Hearback',
    backgroundColor: '#f7f7f5',
    ...(options.icon !== undefined ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  hardenWebContents(window.webContents, options.harden);
  window.once('ready-to-show', () => {
    if (!options.show) return;
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    options.saveState(windowStateToSave(window.getNormalBounds(), window.isMaximized()));
  });
  void window.loadURL(options.entryUrl);
  return window;
}

/** Brings the window to the front (restoring it from the dock/taskbar or tray). */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
