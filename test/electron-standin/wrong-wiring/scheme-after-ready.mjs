// Wrong: the privileged scheme is registered once the app is ready (too late for Chromium).
import { app, protocol } from 'electron';

void app.whenReady().then(() => {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
});
