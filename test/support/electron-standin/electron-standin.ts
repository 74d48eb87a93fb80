import { RuleBook } from './rules';
import { StandinApp, type AppOptions } from './standin-app';
import { createDialogAndShell, createNotificationClass, createSystemModules, createTrayClass, StandinImage, StandinMenu } from './standin-desktop';
import { StandinIpcMain } from './standin-ipc';
import { StandinProtocol, StandinSession, standinNet } from './standin-protocol';
import { createWindowClasses } from './standin-windows';

export interface StandinOptions extends AppOptions {
  /** `Notification.isSupported()`. */
  notificationsSupported: boolean;
  /** What the save dialog answers (`null`: the user cancels). */
  savePath: string | null;
  /** Code the page's main world runs once loaded (what the real renderer asks first). */
  pageStartup: string | null;
}

/**
 * One stand-in Electron for one process: the main-process modules the built bundle imports,
 * wired to each other (app ↔ windows ↔ protocol ↔ IPC ↔ preload), plus the handles the test
 * harness uses to look at them and to act as the user and the OS.
 */
export function createElectronStandin(options: StandinOptions) {
  const rules = new RuleBook();
  const app = new StandinApp(options, rules);
  const protocol = new StandinProtocol(app, rules);
  const ipcMain = new StandinIpcMain(rules);
  const defaultSession = new StandinSession();
  const windows = createWindowClasses({ app, rules, ipcMain, protocol, pageStartup: options.pageStartup });
  app.attachWindows(windows.registry);
  const notifications = createNotificationClass({ supported: () => options.notificationsSupported });
  const trays = createTrayClass();
  const desktop = createDialogAndShell({ savePath: options.savePath });
  const system = createSystemModules(rules, app);

  const session = {
    get defaultSession(): StandinSession {
      return defaultSession;
    },
    fromPartition: () => defaultSession,
  };

  /** The `electron` module as the main process sees it. */
  const electron = {
    app,
    protocol,
    session,
    net: standinNet,
    ipcMain,
    BrowserWindow: windows.BrowserWindow,
    webContents: windows.webContents,
    Notification: notifications.Notification,
    Tray: trays.Tray,
    Menu: StandinMenu,
    nativeImage: StandinImage,
    dialog: desktop.dialog,
    shell: desktop.shell,
    powerMonitor: system.powerMonitor,
    screen: system.screen,
    nativeTheme: system.nativeTheme,
    safeStorage: system.safeStorage,
  };

  return { electron, rules, app, protocol, ipcMain, defaultSession, windows, notifications, trays: trays.trays, desktop, system };
}

export type ElectronStandin = ReturnType<typeof createElectronStandin>;

/** The names the `electron` module exports (the ESM shim re-exports exactly these). */
export const ELECTRON_EXPORTS = [
  'app',
  'protocol',
  'session',
  'net',
  'ipcMain',
  'BrowserWindow',
  'webContents',
  'Notification',
  'Tray',
  'Menu',
  'nativeImage',
  'dialog',
  'shell',
  'powerMonitor',
  'screen',
  'nativeTheme',
  'safeStorage',
] as const;
