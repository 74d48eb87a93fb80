// Wrong: the preload path is relative (the bundle's folder is not the working directory of a packaged app).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';

const here = dirname(fileURLToPath(import.meta.url));
void app.whenReady().then(() => {
  const window = new BrowserWindow({ webPreferences: { preload: '../preload/index.cjs', sandbox: true, contextIsolation: true } });
  void window.loadFile(join(here, 'page.html'));
});
