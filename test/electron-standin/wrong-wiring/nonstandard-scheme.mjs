// Wrong: serves the renderer on a custom scheme that was never registered as standard.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, net, protocol } from 'electron';

const here = dirname(fileURLToPath(import.meta.url));
void app.whenReady().then(() => {
  protocol.handle('app', (request) => net.fetch(pathToFileURL(join(here, new URL(request.url).pathname)).toString()));
  const window = new BrowserWindow({});
  void window.loadURL('app://hearback/page.html');
});
