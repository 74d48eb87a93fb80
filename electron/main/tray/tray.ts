import { app, Menu, nativeImage, Tray, type NativeImage } from 'electron';
import { drawTrayIcon } from './tray-icon';
import { trayMenuTemplate, type TrayActions } from './tray-menu';
import { platformHasBadge, trayPresentation } from './tray-presentation';

export interface AppTray {
  /** Shows `dueCount` follow-ups due (tooltip, macOS title, dock badge, menu). */
  update(dueCount: number): void;
  destroy(): void;
}

function icon(platform: NodeJS.Platform, due: boolean): NativeImage {
  // macOS menu-bar icons are 16 pt template images: draw 32 px at scale factor 2 (Retina);
  // Windows and Linux trays take a 32 px colour image and scale it themselves.
  const template = platform === 'darwin';
  const bitmap = drawTrayIcon(32, { due, template });
  const image = nativeImage.createFromBitmap(Buffer.from(bitmap.data), {
    width: bitmap.width,
    height: bitmap.height,
    scaleFactor: template ? 2 : 1,
  });
  if (template) image.setTemplateImage(true);
  return image;
}

/** Creates the tray icon. Wiring only: texts from `trayPresentation`, menu from `trayMenuTemplate`. */
export function createAppTray(platform: NodeJS.Platform, actions: TrayActions): AppTray {
  const tray = new Tray(icon(platform, false));
  let lastDue: boolean | null = null;
  const update = (dueCount: number): void => {
    const p = trayPresentation(dueCount);
    tray.setToolTip(p.tooltip);
    if (platform === 'darwin') tray.setTitle(p.title);
    if (platformHasBadge(platform)) app.setBadgeCount(p.badgeCount);
    if (lastDue !== p.badgeCount > 0) {
      lastDue = p.badgeCount > 0;
      tray.setImage(icon(platform, lastDue));
    }
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(p.badgeCount, actions)));
  };
  // Windows and most Linux trays open the app on a click; macOS shows the menu.
  if (platform !== 'darwin') tray.on('click', actions.open);
  update(0);
  return { update, destroy: () => tray.destroy() };
}
