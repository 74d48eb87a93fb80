import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, Notification, powerMonitor, protocol, safeStorage, screen, session, shell } from 'electron';
import { HearbackError } from '../../shared/contract';
import { SettingsSchema } from '../../shared/domain';
import { openCore } from '../core';
import type { AddLinkInbox } from './add-link-inbox';
import { appMenuTemplate } from './app-menu';
import { bundlePaths } from './app-paths';
import { dataDirOf, findLegacyData, legacyDataMessage } from '../core/data-folder/location';
import type { Core } from '../core';
import { createPdfRenderer } from './export/print-to-pdf';
import { saveDialogTarget } from './export/save-dialog-target';
import { createQuitHandler } from './graceful-quit';
import { osSecretStore } from './secrets/os-secret-store';
import { openTakingOverIfAllowed } from './lock-take-over';
import { createEventSender } from './ipc/event-forwarding';
import { registerIpcHandlers } from './ipc/ipc-handlers';
import { configureLogging, logsDir } from './logging/logger';
import { probeNotificationService, notificationsAvailable } from './notifications/dbus-probe';
import { execProbe } from './notifications/exec-probe';
import { createNotifier } from './notifications/notifier';
import { startedHidden } from './platform/autostart-entry';
import { applyLaunchAtLoginForApp } from './platform/launch-at-login-app';
import { createLaunchAtLoginSync } from './platform/launch-at-login-sync';
import { readClocks, watchPowerAndClock } from './platform/power-hints';
import { createSafeClock } from './platform/safe-clock';
import { devServerOrigin, isAppUrl, rendererEntryUrl } from './security/app-origin';
import { serveAppProtocol } from './security/app-protocol';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { hardenSession } from './security/harden-session';
import { openExternal } from './security/open-external';
import { createAppTray, type AppTray } from './tray/tray';
import { createMainWindow, focusWindow } from './window/main-window';
import { restoreWindowState } from './window/window-state';
import { WindowStateFile } from './window/window-state-file';
import { DesktopLocalState } from './desktop-local-state';

/**
 * Everything after `app.ready`, in order: logging, session defenses, the `app://` protocol,
 * the core (with the notifier), IPC, the window, menu, tray, power hints, quit handling.
 * Wiring only; each decision is in the module named on its line.
 */
export async function startApp(argv: readonly string[], addLinks: AddLinkInbox): Promise<void> {
  const userData = app.getPath('userData');
  const isDev = !app.isPackaged;
  const devOrigin = isDev ? devServerOrigin(process.env.ELECTRON_RENDERER_URL) : null;
  const log = configureLogging(userData, isDev);
  log.info('Hearback starting', { version: app.getVersion(), platform: process.platform });
  const csp = contentSecurityPolicy(devOrigin);
  const isOwnPage = (url: string): boolean => isAppUrl(url, devOrigin);
  const paths = bundlePaths(dirname(fileURLToPath(import.meta.url)));
  const dataDir = dataDirOf(userData);
  const safeOpen = (url: string): void => {
    void openExternal(url, { open: (u) => shell.openExternal(u), log });
  };

  hardenSession(session.defaultSession, { csp, isOwnPage, log });
  serveAppProtocol(protocol, net, paths.rendererDir, csp);

  let window: BrowserWindow | null = null;
  let tray: AppTray | null = null;
  let core: Core | null = null;
  let osNotifications = false;
  let notificationsEnabled = true;
  const liveWindow = (): BrowserWindow | null => (window !== null && !window.isDestroyed() ? window : null);
  const sendEvent = createEventSender(() => liveWindow()?.webContents ?? null);
  const refreshTray = (): void => tray?.update(core?.dueCount() ?? 0);

  const stateFile = new WindowStateFile(userData, log, { engine: DesktopLocalState });
  /** Whether the window's page has loaded (and subscribed to events); add links and views wait for it. */
  let pageLoaded = false;
  const waitingForPage: Array<() => void> = [];
  const openWindow = (show: boolean): BrowserWindow => {
    pageLoaded = false;
    const state = restoreWindowState(
      stateFile.read(),
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const created = createMainWindow({
      preloadPath: paths.preload,
      entryUrl: rendererEntryUrl(devOrigin, process.env.ELECTRON_RENDERER_URL),
      state,
      show,
      saveState: (s) => stateFile.write(s),
      harden: { isOwnPage, openExternal: safeOpen, log },
    });
    created.on('closed', () => {
      if (window === created) window = null;
    });
    // What was held while there was no window (a notification clicked in tray mode) goes to the new page.
    created.webContents.once('did-finish-load', () => {
      pageLoaded = true;
      sendEvent.flush();
      for (const send of waitingForPage.splice(0)) send();
    });
    window = created;
    return created;
  };
  const showWindow = (): void => {
    const existing = liveWindow();
    if (existing === null) openWindow(true);
    else focusWindow(existing);
  };
  /** The window comes forward, and `send` reaches its page once the page listens. */
  const showWindowThen = (send: () => void): void => {
    showWindow();
    if (pageLoaded && liveWindow() !== null) send();
    else waitingForPage.push(send);
  };
  /** A hearback://add link or the menu: the window comes forward with Add from link open. */
  const openAddFromLink = (url: string): void => showWindowThen(() => sendEvent('capture.open', { url }));
  /** The menu's Data, the tray's Today: the window comes forward on that view. */
  const openView = (view: 'today' | 'data'): void => showWindowThen(() => sendEvent('view.open', { view }));

  // Probe while the store opens: on Linux, never construct a Notification before this says yes.
  const availability = notificationsAvailable(
    process.platform,
    () => Notification.isSupported(),
    () => probeNotificationService(process.env, execProbe),
  ).then((available) => {
    osNotifications = available;
    log.info('OS notifications', { available });
  });
  const notifier = createNotifier({
    platform: process.platform,
    available: () => osNotifications && notificationsEnabled,
    create: (options) => new Notification(options),
    sendEvent,
    focusWindow: showWindow,
    act: (id, action) => core?.act(id, action) ?? Promise.resolve(),
    answerReply: (id, answer) => core?.answerReply(id, answer) ?? Promise.resolve(),
    onFallback: refreshTray,
    log,
  });

  const openCoreWith = (takeOverLock: boolean) =>
    openCore({
      takeOverLock,
      dataDir,
      mode: 'electron',
      localStateEngine: DesktopLocalState,
      version: app.getVersion(),
      clock: createSafeClock({ now: Date.now, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) }),
      notifier,
      log,
      renderPdf: createPdfRenderer((options) => new BrowserWindow(options)),
      hostNotices: legacyNotices(userData),
      secrets: osSecretStore(userData, safeStorage),
      exportTarget: saveDialogTarget({
        async choosePath(defaultName) {
          const parent = liveWindow();
          const options = { defaultPath: join(app.getPath('documents'), defaultName) };
          const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
        createWriteStream: (path) => fs.createWriteStream(path),
        removeFile: (path) => fs.rmSync(path, { force: true }),
      }),
    });
  // A folder locked by Hearback on another computer (a synced folder): the user decides.
  const askToTakeOver = async ({ message }: { message: string }) =>
    (await dialog.showMessageBox({ type: 'warning', title: 'Hearback', message: 'This data folder is locked by another computer', detail: message, buttons: ['Take over', 'Quit'], defaultId: 1, cancelId: 1 })).response === 0;
  try {
    const opened = await openTakingOverIfAllowed(openCoreWith, askToTakeOver);
    if (opened === 'declined') {
      app.exit(0);
      return;
    }
    core = opened;
  } catch (error) {
    const conflict = error instanceof HearbackError && error.code === 'conflict';
    log.error('Could not open the data folder', { code: error instanceof HearbackError ? error.code : 'internal', reason: String(error) });
    dialog.showErrorBox('Hearback cannot start', conflict ? `${(error as HearbackError).message}\n\nClose the other Hearback and try again.` : `Hearback could not open its data folder (${dataDir}). The log is in ${logsDir(userData)}.`);
    app.exit(1);
    return;
  }
  const openedCore: Core = core;
  await availability;

  registerIpcHandlers(ipcMain, { core: openedCore, ownContents: () => liveWindow()?.webContents ?? null, isOwnPage, log });

  const syncLaunchAtLogin = createLaunchAtLoginSync(applyLaunchAtLoginForApp, log);
  const syncSettings = async (): Promise<void> => {
    const answer = await openedCore.dispatch('settings.get', {});
    const settings = SettingsSchema.safeParse(answer.ok ? answer.value : undefined);
    if (!settings.success) return;
    notificationsEnabled = settings.data.notificationsEnabled;
    syncLaunchAtLogin(settings.data.launchAtLogin);
  };
  openedCore.onEvent((event, payload) => {
    sendEvent(event, payload);
    if (event === 'data.changed') {
      refreshTray();
      void syncSettings();
    }
    // A reply holds (or releases) check-ins: the badge counts what is due now.
    if (event === 'mail.changed') refreshTray();
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate(process.platform, isDev, {
        revealDataFolder: () => void shell.openPath(dataDir),
        openLogs: () => void shell.openPath(logsDir(userData)),
        addFromLink: () => addLinks.open(),
        openData: () => openView('data'),
        exportAs: (format) => {
          void core?.dispatch('export.run', { format }).then((envelope) => {
            if (!envelope.ok) dialog.showErrorBox('Export failed', envelope.error.message);
          });
        },
      }),
    ),
  );
  try {
    tray = createAppTray(process.platform, { open: showWindow, today: () => openView('today'), quit: () => app.quit() });
  } catch (error) {
    log.warn('No system tray; closing the window will quit', { reason: String(error) });
  }

  app.on('second-instance', (_event, secondArgv) => {
    log.info('A second launch was forwarded here', { argCount: secondArgv.length });
    showWindow();
    addLinks.fromArgv(secondArgv);
  });
  app.on('activate', showWindow);
  // With a tray, Hearback keeps running (and reminding) after its window closes.
  app.on('window-all-closed', () => {
    if (tray === null && process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', createQuitHandler({ close: () => openedCore.close(), quit: () => app.quit(), log, setTimeout }));
  app.on('will-quit', () => tray?.destroy());
  watchPowerAndClock({
    powerMonitor,
    hint: (reason) => {
      openedCore.hint(reason);
      refreshTray();
    },
    read: readClocks,
    setInterval: (fn, ms) =>
      setInterval(() => {
        fn();
        refreshTray();
      }, ms),
  });

  await syncSettings();
  openWindow(!startedHidden(argv, app.getLoginItemSettings().wasOpenedAtLogin));
  // Links that arrived while starting (the first launch's own, macOS open-url) are delivered now.
  addLinks.attach(openAddFromLink);
  refreshTray();
}

/** Data an earlier browser mode left directly in userData: said, never moved behind the user's back. */
function legacyNotices(userData: string): { level: 'warning'; code: string; message: string }[] {
  const message = legacyDataMessage(findLegacyData(userData), 'electron');
  return message === null ? [] : [{ level: 'warning', code: 'legacy-data-folder', message }];
}
