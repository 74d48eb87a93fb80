// Wrong: keeps a closed window and sends to it (a reminder arriving after the window closed).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';

const here = dirname(fileURLToPath(import.meta.url));
app.on('window-all-closed', () => undefined);
void app.whenReady().then(async () => {
  const window = new BrowserWindow({});
  await window.loadFile(join(here, 'page.html'));
  window.on('closed', () => {
    window.webContents.send('reminders', { due: 1 });
  });
  window.close();
});
