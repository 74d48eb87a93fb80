/** How the tray and dock show the number of follow-ups due. */
export interface TrayPresentation {
  tooltip: string;
  /** Text beside the macOS menu-bar icon (`Tray.setTitle`); empty hides it. */
  title: string;
  /** Dock/taskbar badge (`app.setBadgeCount`): 0 clears it. */
  badgeCount: number;
}

/** Badges above this read as "99+" in the menu bar. */
const MAX_SHOWN = 99;

/** Decides the tray's texts for `dueCount` follow-ups due now (negative or fractional inputs are clamped). */
export function trayPresentation(dueCount: number): TrayPresentation {
  const count = Number.isFinite(dueCount) ? Math.max(0, Math.floor(dueCount)) : 0;
  const shown = count > MAX_SHOWN ? `${MAX_SHOWN}+` : String(count);
  return {
    tooltip: count === 0 ? 'Hearback — nothing due' : `Hearback — ${shown} follow-up${count === 1 ? '' : 's'} due`,
    title: count === 0 ? '' : shown,
    badgeCount: count,
  };
}

/**
 * Whether `app.setBadgeCount` does anything here: macOS dock, and Linux Unity launchers
 * (it returns false elsewhere; on Windows the taskbar needs an overlay icon instead).
 */
export function platformHasBadge(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'linux';
}
