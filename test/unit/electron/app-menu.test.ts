import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate } from '../../../electron/main/app-menu';
import { bundlePaths, userDataOverride } from '../../../electron/main/app-paths';

const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);

describe('appMenuTemplate', () => {
  const actions = { addFromLink: vi.fn(), openData: vi.fn(), revealDataFolder: vi.fn(), openLogs: vi.fn(), exportAs: vi.fn() };

  it('uses standard roles and adds the app menu on macOS only', () => {
    expect(appMenuTemplate('darwin', false, actions)[0]?.role).toBe('appMenu');
    expect(appMenuTemplate('linux', false, actions).map((i) => i.role)).not.toContain('appMenu');
    expect(appMenuTemplate('win32', false, actions).map((i) => i.role)).toEqual(expect.arrayContaining(['fileMenu', 'editMenu', 'windowMenu', 'help']));
  });

  it('has Help → Reveal Data Folder and Open Logs', () => {
    const items = flat(appMenuTemplate('linux', false, actions));
    items.find((i) => i.label === 'Reveal Data Folder')?.click?.(undefined as never, undefined, undefined as never);
    items.find((i) => i.label === 'Open Logs')?.click?.(undefined as never, undefined, undefined as never);
    expect(actions.revealDataFolder).toHaveBeenCalled();
    expect(actions.openLogs).toHaveBeenCalled();
  });

  it('has File → Export for every format, the PDF report included', () => {
    const items = flat(appMenuTemplate('linux', false, actions));
    items.find((i) => i.label === 'Full Backup (JSON)…')?.click?.(undefined as never, undefined, undefined as never);
    items.find((i) => i.label === 'Report (PDF)…')?.click?.(undefined as never, undefined, undefined as never);
    expect(actions.exportAs.mock.calls).toEqual([['json'], ['report-pdf']]);
    const exportMenu = items.find((i) => i.label === 'Export');
    expect(Array.isArray(exportMenu?.submenu) ? exportMenu.submenu : []).toHaveLength(6);
  });

  it('has File → Add from Link…, which opens it in the window', () => {
    const item = flat(appMenuTemplate('linux', false, actions)).find((i) => i.label === 'Add from Link…');
    item?.click?.(undefined as never, undefined, undefined as never);
    expect(actions.addFromLink).toHaveBeenCalledTimes(1);
    expect(item?.accelerator).toBe('CmdOrCtrl+Shift+L');
  });

  it('has File → Data, which shows the Data place (import, export, backup) in the window', () => {
    const file = appMenuTemplate('linux', false, actions).find((i) => i.role === 'fileMenu');
    const item = (Array.isArray(file?.submenu) ? file.submenu : []).find((i) => i.label === 'Data: Import, Export, Backup');
    item?.click?.(undefined as never, undefined, undefined as never);
    expect(actions.openData).toHaveBeenCalledTimes(1);
    expect(item?.accelerator).toBe('CmdOrCtrl+Shift+D');
  });

  it('offers developer tools and reload only in development', () => {
    expect(flat(appMenuTemplate('linux', false, actions)).map((i) => i.role)).not.toContain('toggleDevTools');
    expect(flat(appMenuTemplate('linux', true, actions)).map((i) => i.role)).toContain('toggleDevTools');
  });
});

describe('app paths', () => {
  it('finds the preload and renderer next to out/main', () => {
    expect(bundlePaths('/app/out/main')).toEqual({ preload: '/app/out/preload/index.cjs', rendererDir: '/app/out/renderer' });
  });

  it('accepts only an absolute user-data override', () => {
    expect(userDataOverride({ HEARBACK_USER_DATA_DIR: '/tmp/hb' })).toBe('/tmp/hb');
    expect(userDataOverride({ HEARBACK_USER_DATA_DIR: 'relative' })).toBeNull();
    expect(userDataOverride({})).toBeNull();
  });
});
