// Wrong: sends a function to the page (IPC carries only what the structured clone algorithm can copy).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';

const here = dirname(fileURLToPath(import.meta.url));
void app.whenReady().then(async () => {
  const window = new BrowserWindow({});
  await window.loadFile(join(here, 'page.html'));
  window.webContents.send('reminders', { due: 1, snooze: () => undefined });
});
