import type { ElectronStandin } from './electron-standin';
import type { Command, Snapshot, WindowView } from './harness-messages';
import type { StandinWindow } from './standin-windows';

function windowView(window: StandinWindow): WindowView {
  const contents = window.rawContents;
  return {
    id: window.id,
    title: window.options.title,
    webPreferences: contents.effectivePreferences(),
    url: contents.getURL(),
    visible: window.visible,
    focused: window.focused,
    minimized: window.minimized,
    loads: contents.loads,
    preload: contents.page?.preload ?? null,
    exposed: contents.page?.exposedKeys() ?? [],
    startup: contents.startup,
    hasWindowOpenHandler: contents.windowOpenHandler !== null,
    willNavigateListeners: contents.listenerCount('will-navigate'),
  };
}

/** The state the test reads (plain data, sent over the IPC channel to the test). */
export function snapshot(standin: ElectronStandin, mainProcessErrors: string[]): Snapshot {
  const { app, protocol, ipcMain, defaultSession, windows, notifications, trays, desktop, rules } = standin;
  return {
    lifecycle: [...app.lifecycle],
    violations: [...rules.violations],
    mainProcessErrors: [...mainProcessErrors],
    isReady: app.isReady(),
    hasSingleInstanceLock: app.hasSingleInstanceLock(),
    secondInstances: app.secondInstances.map((argv) => [...argv]),
    protocolClients: [...app.protocolClients],
    appUserModelId: app.appUserModelId,
    sandboxEnabled: app.sandboxEnabled,
    userData: app.getPath('userData'),
    privilegedSchemes: protocol.privileged,
    handledSchemes: [...protocol.handlers.keys()],
    ipcHandleChannels: ipcMain.channels(),
    windows: windows.windows().map(windowView),
    notifications: notifications.records.map((r) => ({ ...r })),
    trays: trays.map((t) => ({ tooltip: t.tooltip, title: t.title, destroyed: t.destroyed, menu: t.menu?.labels() ?? [], imageSize: t.image.getSize() })),
    badgeCounts: [...app.badgeCounts],
    loginItemSettings: [...app.loginItemSettings],
    applicationMenu: standin.electron.Menu.getApplicationMenu()?.labels() ?? [],
    calls: [...desktop.calls],
    sessionHandlers: {
      permissionRequest: defaultSession.permissionRequestHandler !== null,
      permissionCheck: defaultSession.permissionCheckHandler !== null,
      headersReceived: defaultSession.headersListener !== null,
    },
  };
}

function firstWindow(standin: ElectronStandin): StandinWindow {
  const window = standin.windows.windows()[0];
  if (window === undefined) throw new Error('There is no window');
  return window;
}

/** Carries out one command from the test; the value goes back as the reply. */
export async function runCommand(standin: ElectronStandin, command: Command, mainProcessErrors: string[]): Promise<unknown> {
  switch (command.cmd) {
    case 'snapshot':
      return snapshot(standin, mainProcessErrors);
    case 'evaluate': {
      const page = firstWindow(standin).rawContents.page;
      if (page === null) throw new Error('The window has no page loaded');
      return structuredClone(await page.evaluate(command.code));
    }
    case 'evaluateThenQuit': {
      // Quits the moment the main process starts handling the call: the write is in flight.
      const page = firstWindow(standin).rawContents.page;
      if (page === null) throw new Error('The window has no page loaded');
      standin.ipcMain.onHandlerEntered = (channel) => {
        if (channel !== command.channel) return;
        standin.ipcMain.onHandlerEntered = null;
        standin.app.quit();
      };
      void page.evaluate(command.code).catch(() => undefined);
      return 'quitting once the call reaches the main process';
    }
    case 'notification':
      return standin.notifications.userAction(command.id, command.action);
    case 'trayClick': {
      const tray = standin.trays.find((t) => !t.destroyed);
      if (tray === undefined) throw new Error('There is no tray');
      tray.emit('click', { preventDefault() {} }, {});
      return true;
    }
    case 'trayMenu': {
      const tray = standin.trays.find((t) => !t.destroyed);
      return tray?.menu?.press(command.label, standin.app) ?? false;
    }
    case 'appMenu':
      return standin.electron.Menu.getApplicationMenu()?.pressPath(command.path, standin.app) ?? false;
    case 'power':
      standin.system.powerMonitor.emitFromOs(command.event);
      return true;
    case 'navigate':
      return firstWindow(standin).rawContents.attemptNavigation(command.url);
    case 'windowOpen':
      return firstWindow(standin).rawContents.attemptWindowOpen(command.url);
    case 'permission':
      return {
        request: await standin.defaultSession.requestPermission(command.permission, command.origin),
        check: standin.defaultSession.checkPermission(command.permission, command.origin),
      };
    case 'closeWindow':
      firstWindow(standin).close();
      return true;
    case 'minimizeWindow':
      firstWindow(standin).minimize();
      return true;
    case 'gc': {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (gc === undefined) throw new Error('Run the stand-in with --expose-gc');
      for (let i = 0; i < 3; i += 1) {
        gc();
        await new Promise((resolve) => setImmediate(resolve));
      }
      return true;
    }
    case 'quit':
      standin.app.quit();
      return true;
  }
}
