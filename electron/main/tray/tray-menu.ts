import type { MenuItemConstructorOptions } from 'electron';

export interface TrayActions {
  open: () => void;
  today: () => void;
  quit: () => void;
}

/** The tray's context menu: Open Hearback, Today (with the due count), Quit. */
export function trayMenuTemplate(dueCount: number, actions: TrayActions): MenuItemConstructorOptions[] {
  return [{ label: 'Open Hearback', click: actions.open }, { label: dueCount > 0 ? `Today (${dueCount} due)` : 'Today', click: actions.today }, { type: 'separator' }, { label: 'Quit Hearback', role: 'quit', click: actions.quit }];
}
