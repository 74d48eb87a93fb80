import type { NotificationAction } from '../../core';

/** The buttons of a follow-up notification, in display order (the OS reports an index). */
export const NOTIFICATION_ACTIONS: ReadonlyArray<{ action: NotificationAction; label: string }> = [
  { action: 'draft', label: 'Draft' },
  { action: 'markSent', label: 'Mark sent' },
  { action: 'snooze', label: 'Snooze' },
  { action: 'heardBack', label: 'Heard back' },
  { action: 'skip', label: 'Skip' },
];

/**
 * Whether Electron shows action buttons on this platform: macOS (the app must be signed, and
 * macOS may fold the buttons under "Options") and Windows (toast buttons). Linux notifications
 * from Electron carry no actions, so a click opens the follow-up instead.
 */
export function platformSupportsActions(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

/** The action behind the button at `index`, or `null` for an index we did not create. */
export function actionAt(index: unknown): NotificationAction | null {
  if (typeof index !== 'number' || !Number.isInteger(index)) return null;
  return NOTIFICATION_ACTIONS[index]?.action ?? null;
}

/**
 * The index the OS reported: newer Electron passes `{ actionIndex }` as the first argument,
 * older versions a bare number second (deprecated but still sent).
 */
export function reportedActionIndex(details: unknown, legacyIndex: unknown): unknown {
  if (typeof details === 'object' && details !== null && 'actionIndex' in details) {
    return (details as { actionIndex: unknown }).actionIndex;
  }
  return legacyIndex;
}
