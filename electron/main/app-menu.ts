import type { MenuItemConstructorOptions } from 'electron';
import type { ExportFormat } from '../../shared/contract/methods/data';

export interface MenuActions {
  /** Opens Add from link in the window. */
  addFromLink: () => void;
  /** Shows the Data place (import, export, backup) in the window. */
  openData: () => void;
  revealDataFolder: () => void;
  openLogs: () => void;
  /** Runs an export through the core (which asks where to save). */
  exportAs: (format: ExportFormat) => void;
}

const EXPORTS: { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'Full Backup (JSON)…' },
  { format: 'csv-applications', label: 'Applications (CSV)…' },
  { format: 'csv-history', label: 'History (CSV)…' },
  { format: 'ics', label: 'Calendar (ICS)…' },
  { format: 'report-html', label: 'Report (HTML)…' },
  { format: 'report-pdf', label: 'Report (PDF)…' },
];

/**
 * The application menu: the platform's standard roles (so Cmd/Ctrl+C, V, Z, W, Q, zoom and
 * full screen behave natively), File → Data (the window's place for import, export and backup),
 * File → Export (straight to a save dialog), and Help → Reveal data folder / Open logs. Developer tools and
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
    {
      role: 'fileMenu',
      submenu: [
        { label: 'Add from Link…', accelerator: 'CmdOrCtrl+Shift+L', click: actions.addFromLink },
        { type: 'separator' },
        { label: 'Data: Import, Export, Backup', accelerator: 'CmdOrCtrl+Shift+D', click: actions.openData },
        { label: 'Export', submenu: EXPORTS.map(({ format, label }) => ({ label, click: () => actions.exportAs(format) })) },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
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
