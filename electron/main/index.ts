/**
 * Electron entry (build input → out/main/index.js). Runs what must happen before `ready` —
 * the Windows toast identity, the privileged `app://` scheme, the user-data folder, the
 * single-instance lock — then hands over to `startApp`. Decisions live in the modules imported.
 */
import { app, protocol } from 'electron';
import { userDataOverride } from './app-paths';
import { registerAppSchemePrivileges } from './security/app-origin-scheme';
import { startApp } from './start-app';

/** Must match electron-builder's appId: Windows attributes toasts to the Start-menu shortcut with this id. */
export const APP_USER_MODEL_ID = 'app.hearback.desktop';

app.setAppUserModelId(APP_USER_MODEL_ID);
const override = userDataOverride(process.env);
if (override !== null) app.setPath('userData', override);
registerAppSchemePrivileges(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Hearback owns the data folder; it gets our argv through 'second-instance'.
  app.quit();
} else {
  void app.whenReady().then(() => startApp(process.argv));
}

export { applyLaunchAtLoginForApp as applyLaunchAtLogin } from './platform/launch-at-login-app';
