// Wrong: a sandboxed preload that requires a Node module (`fs`), which only an unsandboxed one can.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';

const here = dirname(fileURLToPath(import.meta.url));
void app.whenReady().then(() => {
  const window = new BrowserWindow({ webPreferences: { preload: join(here, 'fs-preload.cjs'), sandbox: true, contextIsolation: true } });
  void window.loadFile(join(here, 'page.html'));
});
