import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  revealDataFolder: () => void;
  openLogs: () => void;
}

/**
 * The application menu: the platform's standard roles (so Cmd/Ctrl+C, V, Z, W, Q, zoom and
 * full screen behave natively) plus Help → Reveal data folder / Open logs. Developer tools and
 * reload only in development: in a packaged app they would only confuse.
 */
export function appMenuTemplate(platform: NodeJS.Platform, isDev: boolean, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    ...(isDev ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Reveal Data Folder', click: actions.revealDataFolder },
        { label: 'Open Logs', click: actions.openLogs },
      ],
    },
  ];
}
