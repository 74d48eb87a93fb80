/**
 * Capture benchmark, in Chromium against browser mode (the real core), a 1 MB posting page
 * (JSON-LD plus 1 MB of markup) served on 127.0.0.1, 200 applications on the board.
 * - capture.preview_ms: median ms from pasting the link and pressing Enter in Add from link to the
 *   preview shown (company and posting text filled in): the fetch, the scan, the field mapping, HTML
 *   to text, the duplicate check and the render. 15 runs after 2 warm-ups.
 * - capture.preview_core_ms: the same request straight to the core (`capture.preview` over
 *   browser mode's HTTP API), without the page: the share of the figure above that is not the UI.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { freshDataDir, startApp } from '../test/e2e/support/browser-mode';
import { startPostingServer } from '../test/support/capture/posting-server';
import { buildRendererOnce } from './support';

const RUNS = 15;
const WARMUPS = 2;
const APPLICATIONS = 200;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export async function run(): Promise<Record<string, number>> {
  buildRendererOnce();
  const server = await startPostingServer();
  const app = await startApp(freshDataDir(), {}, ['--capture-local-pages']);
  const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const callCore = async (method: string, request: object): Promise<unknown> => {
    const response = await fetch(`${app.origin}/api/call/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as { ok: boolean; value?: { problem?: string | null } };
    if (!body.ok || body.value?.problem) throw new Error(`${method} failed: ${JSON.stringify(body).slice(0, 300)}`);
    return body.value;
  };
  try {
    for (let i = 0; i < APPLICATIONS; i++) await callCore('applications.create', { company: `Company ${i}`, role: 'Engineer', jobUrl: `https://jobs.example/${i}` });
    const link = `${server.base}/jobs/big`;

    const core: number[] = [];
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      const started = performance.now();
      await callCore('capture.preview', { url: link });
      if (i >= WARMUPS) core.push(performance.now() - started);
    }

    const page = await browser.newPage();
    await page.goto(app.url);
    const ui: number[] = [];
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      await page.getByRole('button', { name: 'Add from link' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add from link' });
      const field = dialog.getByLabel('Posting link');
      await field.fill(link);
      const started = performance.now();
      await field.press('Enter');
      await page.waitForFunction(
        () => {
          const doc = (globalThis as unknown as { document: { querySelector(s: string): { value?: string } | null } }).document;
          return (doc.querySelector('dialog[open] textarea')?.value ?? '').includes('We move money');
        },
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
      if (i >= WARMUPS) ui.push(performance.now() - started);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    }
    return {
      'capture.preview_ms': Math.round(median(ui) * 10) / 10,
      'capture.preview_core_ms': Math.round(median(core) * 10) / 10,
    };
  } finally {
    await browser.close();
    await app.stop();
    await server.close();
    await rm(app.dataDir, { recursive: true, force: true });
  }
}
