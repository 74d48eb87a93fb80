/**
 * What the desktop shell must look like, shared by the stand-in suite (test/electron-standin)
 * and the real-binary smoke test (test/electron-smoke), so both check the same things.
 */

/** The main window's webPreferences (Electron's security checklist; see electron/main/security/web-preferences.ts). */
export const EXPECTED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
} as const;

/** The keys of `window.hearback`: the contract's two entry points, nothing generic. */
export const EXPOSED_BRIDGE_KEYS = ['invoke', 'on'];

/** A follow-up notification's buttons, in order (macOS and Windows). */
export const FOLLOW_UP_BUTTONS = ['Draft', 'Mark sent', 'Snooze', 'Heard back', 'Skip'];
