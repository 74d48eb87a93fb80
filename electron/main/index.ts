/**
 * Electron entry (build input → out/main/index.js). Runs what must happen before `ready` —
 * the Windows toast identity, the privileged `app://` scheme, the user-data folder, the
 * single-instance lock — then hands over to `startApp`. Decisions live in the modules imported.
 */
import { resolve } from 'node:path';
import { app, protocol } from 'electron';
import { ADD_LINK_SCHEME } from '../../shared/capture/add-link';
import { createAddLinkInbox } from './add-link-inbox';
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
  // Another Hearback owns the data folder; it gets our argv through 'second-instance' (a
  // hearback://add link among them opens Add from link there).
  app.quit();
} else {
  // hearback:// links open this app (installers register it too, see electron-builder.yml). A
  // development run registers the Electron binary with the app's entry as its argument.
  if (process.defaultApp && process.argv[1]) app.setAsDefaultProtocolClient(ADD_LINK_SCHEME, process.execPath, [resolve(process.argv[1])]);
  else app.setAsDefaultProtocolClient(ADD_LINK_SCHEME);
  const addLinks = createAddLinkInbox();
  // macOS delivers the link as an event, possibly before 'ready'.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    addLinks.fromLink(url);
  });
  addLinks.fromArgv(process.argv);
  void app.whenReady().then(() => startApp(process.argv, addLinks));
}

export { applyLaunchAtLoginForApp as applyLaunchAtLogin } from './platform/launch-at-login-app';
