import { existsSync, readFileSync } from 'node:fs';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createPdfRenderer } from '../../../../electron/main/export/print-to-pdf';

function fakeWindow(onLoad: (file: string) => void) {
  const state = { options: null as BrowserWindowConstructorOptions | null, destroyed: false, loaded: '' };
  const make = (options: BrowserWindowConstructorOptions) => {
    state.options = options;
    return {
      webContents: {
        on: () => undefined,
        setWindowOpenHandler: () => undefined,
        printToPDF: async () => Buffer.from('%PDF-1.7 fake'),
      },
      loadFile: async (file: string) => {
        state.loaded = file;
        onLoad(file);
      },
      destroy: () => {
        state.destroyed = true;
      },
    } as unknown as BrowserWindow;
  };
  return { make, state };
}

describe('the PDF report', () => {
  it('prints the report in a hidden window with JavaScript off, then cleans up', async () => {
    let seen = '';
    const { make, state } = fakeWindow((file) => (seen = readFileSync(file, 'utf8')));
    const pdf = await createPdfRenderer(make)('<h1>Report</h1>');
    expect(Buffer.from(pdf).toString()).toContain('%PDF');
    expect(seen).toBe('<h1>Report</h1>');
    expect(state.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(state.destroyed).toBe(true);
    expect(existsSync(state.loaded)).toBe(false);
  });
});
