// Wrong: the IPC handler is registered after the window has loaded, so the page's first call finds none.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain } from 'electron';

const here = dirname(fileURLToPath(import.meta.url));
void app.whenReady().then(async () => {
  const window = new BrowserWindow({ webPreferences: { preload: join(here, 'bridge-preload.cjs'), sandbox: true, contextIsolation: true } });
  await window.loadFile(join(here, 'page.html'));
  ipcMain.handle('ping', () => 'pong');
});
