/**
 * Packaged-app smoke test: launches the built Electron app (out/main/index.js) with a fresh
 * user-data folder, checks the board shows, adds an application, and quits cleanly.
 * Skips itself, saying why, when the Electron binary or the build output is absent — the case
 * on machines that install Electron with ELECTRON_SKIP_BINARY_DOWNLOAD=1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { findBuiltApp, findElectronBinary } from '../../scripts/electron-binary';
import { EXPOSED_BRIDGE_KEYS } from '../support/shell-expectations';

const root = join(__dirname, '..', '..');
const binary = findElectronBinary(root, process.env);
const built = findBuiltApp(root);
const skipReason = 'reason' in binary ? binary.reason : 'reason' in built ? built.reason : null;
if (skipReason !== null) console.info(`[electron-smoke] skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('Electron app smoke test', () => {
  let userData: string | undefined;
  let app: ElectronApplication | undefined;

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    if (userData !== undefined) rmSync(userData, { recursive: true, force: true });
  });

  it('shows the board, adds an application and quits', async () => {
    if ('reason' in binary || 'reason' in built) return;
    userData = mkdtempSync(join(tmpdir(), 'hearback-smoke-'));
    app = await _electron.launch({
      executablePath: binary.path,
      args: [built.main, ...(process.platform === 'linux' ? ['--no-sandbox', '--disable-gpu'] : [])],
      env: { ...process.env, HEARBACK_USER_DATA_DIR: userData, ELECTRON_RENDERER_URL: '' },
      timeout: 30_000,
    });
    const page = await app.firstWindow();
    await page.getByRole('list', { name: 'Pipeline' }).waitFor({ state: 'visible', timeout: 20_000 });

    // The same expectations the stand-in suite (test/electron-standin) checks.
    // (Electron has no public getter for webPreferences; isolation and the sandbox show in the page.)
    const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.webContents.getURL()));
    expect(windows).toEqual(['app://hearback/index.html']);
    expect(await page.evaluate(() => [typeof (globalThis as { process?: unknown }).process, typeof (globalThis as { Buffer?: unknown }).Buffer])).toEqual(['undefined', 'undefined']);

    // The bridge is there and nothing else leaks into the page.
    expect(await page.evaluate(() => Object.keys((globalThis as unknown as { hearback: object }).hearback).sort())).toEqual(EXPOSED_BRIDGE_KEYS);
    expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');

    await page.getByRole('button', { name: 'New application' }).click();
    const dialog = page.getByRole('dialog', { name: 'New application' });
    await dialog.getByLabel('Company').fill('Northwind Traders');
    await dialog.getByLabel('Role').fill('Staff Engineer');
    await dialog.getByRole('button', { name: 'Add application' }).click();
    await page.getByRole('list', { name: 'Applied applications' }).getByText('Northwind Traders').waitFor({ timeout: 10_000 });

    const closed = app.waitForEvent('close');
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await closed;
    app = undefined;
  }, 90_000);
});
