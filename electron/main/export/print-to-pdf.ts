import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/**
 * Prints the report HTML to PDF in a hidden, script-less, sandboxed window (the report is our
 * own escaped HTML with a CSP that forbids scripts; JavaScript is off as well).
 */
export function createPdfRenderer(makeWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow) {
  return async function renderPdf(html: string): Promise<Uint8Array> {
    const dir = mkdtempSync(join(tmpdir(), 'hearback-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, html, 'utf8');
    const window = makeWindow({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false },
    });
    try {
      window.webContents.on('will-navigate', (event) => event.preventDefault());
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      await window.loadFile(file);
      return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    } finally {
      window.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
