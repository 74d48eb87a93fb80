import type { LoadReport } from './standin-windows';
import type { NotificationRecord } from './standin-desktop';
import type { PreloadReport } from './standin-renderer';
import type { Violation } from './rules';

/** How the test launches the built app under the stand-in (passed to the child as JSON). */
export interface LaunchConfig {
  /** The built main bundle (out/main/index.js). */
  main: string;
  /** Arguments after the app path, as a user's command line would give them. */
  args: string[];
  /** The platform the app is told it runs on (`process.platform` in the child). */
  platform: NodeJS.Platform;
  isPackaged: boolean;
  notificationsSupported: boolean;
  wasOpenedAtLogin: boolean;
  savePath: string | null;
  pageStartup: string | null;
  /** Where the process writes its last snapshot as it exits. */
  exitReport: string;
  appData: string;
  home: string;
  version: string;
}

/** What the test asks the stand-in process to do (as the user, the OS, or an observer). */
export type Command =
  | { cmd: 'snapshot' }
  | { cmd: 'evaluate'; code: string }
  | { cmd: 'evaluateThenQuit'; code: string; channel: string }
  | { cmd: 'notification'; id: number; action: { kind: 'click' } | { kind: 'close' } | { kind: 'action'; index: number } }
  | { cmd: 'trayClick' }
  | { cmd: 'trayMenu'; label: string }
  | { cmd: 'appMenu'; path: string[] }
  | { cmd: 'power'; event: 'resume' | 'suspend' | 'unlock-screen' }
  | { cmd: 'navigate'; url: string }
  | { cmd: 'windowOpen'; url: string }
  | { cmd: 'permission'; permission: string; origin: string }
  | { cmd: 'closeWindow' }
  | { cmd: 'minimizeWindow' }
  | { cmd: 'gc' }
  | { cmd: 'quit' };

export interface WindowView {
  id: number;
  title: unknown;
  webPreferences: Record<string, unknown>;
  url: string;
  visible: boolean;
  focused: boolean;
  minimized: boolean;
  loads: LoadReport[];
  preload: PreloadReport | null;
  /** Keys the preload put on the page's `window`. */
  exposed: string[];
  startup: { result?: unknown; error?: string } | null;
  hasWindowOpenHandler: boolean;
  willNavigateListeners: number;
}

/** Everything the test can look at, at one moment. */
export interface Snapshot {
  lifecycle: string[];
  violations: Violation[];
  mainProcessErrors: string[];
  isReady: boolean;
  hasSingleInstanceLock: boolean;
  secondInstances: string[][];
  /** Schemes registered with setAsDefaultProtocolClient. */
  protocolClients: string[];
  appUserModelId: string | null;
  sandboxEnabled: boolean;
  userData: string;
  privilegedSchemes: Array<{ scheme: string; privileges?: Record<string, unknown> }>;
  handledSchemes: string[];
  ipcHandleChannels: string[];
  windows: WindowView[];
  notifications: NotificationRecord[];
  trays: Array<{ tooltip: string; title: string; destroyed: boolean; menu: string[]; imageSize: { width: number; height: number } }>;
  badgeCounts: number[];
  loginItemSettings: unknown[];
  applicationMenu: string[];
  calls: Array<{ api: string; args: unknown[] }>;
  sessionHandlers: { permissionRequest: boolean; permissionCheck: boolean; headersReceived: boolean };
}

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
