/**
 * What one change costs the renderer, in Chromium against browser mode (the real core).
 * - ui.change_bytes_scaling: bytes the page receives because of one card move (the move's answer,
 *   the `data.changed` event and anything it makes the page fetch) with 10,000 active applications
 *   ÷ the same with 100. Target ≤ 2: a change costs the size of the change.
 * - ui.move_bytes_10k: those bytes with 10,000 active applications.
 * - ui.move_to_repaint_ms: with 2,000 cards, from choosing the stage in a card's "Move to…" menu
 *   (the keyboard and menu equivalent of a drop) to the card painted in its new column, measured
 *   inside the page with Performance marks (the frame after the card appears), median of 9.
 * - store.write_during_export_ratio: median `applications.create` latency while a JSON export of
 *   10,000 applications streams ÷ the same idle. Target ≤ 3.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Browser, Page } from 'playwright-core';
import { openCore, type ExportTarget } from '../electron/core';
import { replaceAllData } from '../electron/core/store/replace-data';
import { DEFAULT_SETTINGS, DEFAULT_STAGES, type Application } from '../shared/domain';
import { startApp, type RunningApp } from '../test/e2e/support/browser-mode';
import { benchApplication, launchBenchBrowser, median } from './support';

/** `count` active applications, nearly all in Applied; Offer holds a few, so a card moved there is on screen. */
function seededDataDir(count: number): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'hearback-bench-ui-'));
  const at = '2026-06-01T09:00:00.000Z';
  const applications: Application[] = Array.from({ length: count }, (_, i) => benchApplication(i, i < 3 ? 'offer' : i % 50 === 0 ? 'interviewing' : 'applied', at));
  replaceAllData(dataDir, { stages: DEFAULT_STAGES, settings: DEFAULT_SETTINGS, applications, interviews: [], followUps: [], history: [] }, at);
  return dataDir;
}

async function openBoard(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Board' }).click();
  await page.getByRole('list', { name: 'Applied applications' }).getByRole('article').first().waitFor({ timeout: 60_000 });
}

/** Bytes received by the page from `start()` until the network has been quiet for `quietMs`. */
async function bytesCausedBy(page: Page, start: () => Promise<void>, quietMs = 600): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  let last = Date.now();
  cdp.on('Network.dataReceived', (e: { dataLength: number }) => {
    bytes += e.dataLength;
    last = Date.now();
  });
  cdp.on('Network.eventSourceMessageReceived', (e: { data: string }) => {
    bytes += Buffer.byteLength(e.data);
    last = Date.now();
  });
  await start();
  while (Date.now() - last < quietMs) await new Promise((resolve) => setTimeout(resolve, 50));
  await cdp.detach();
  return bytes;
}

/** One card from Applied to Offer through its "Move to…" menu; resolves when the move is acknowledged. */
async function moveOneCard(page: Page): Promise<void> {
  const card = page.getByRole('list', { name: 'Applied applications' }).getByRole('article').first();
  await card.getByRole('button', { name: /to…$/ }).click();
  const item = page.getByRole('menuitem', { name: 'Offer', exact: true });
  await item.waitFor();
  const answered = page.waitForResponse((r) => r.url().includes('/api/call/applications.move'));
  await item.click();
  await answered;
}

async function moveBytes(browser: Browser, count: number): Promise<number> {
  const dataDir = seededDataDir(count);
  const app = await startApp(dataDir);
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await openBoard(page, app);
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) samples.push(await bytesCausedBy(page, () => moveOneCard(page)));
    await page.close();
    return median(samples);
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function moveToRepaint(browser: Browser): Promise<number> {
  const dataDir = seededDataDir(2_000);
  const app = await startApp(dataDir);
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await openBoard(page, app);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      // Back and forth between two short columns, so the card's new place is on screen (the
      // columns are virtualized) and the board keeps its 2,000 cards.
      const [from, to] = i % 2 === 0 ? ['Offer', 'Closed'] : ['Closed', 'Offer'];
      const card = page
        .getByRole('list', { name: `${from} applications` })
        .getByRole('article')
        .first();
      const name = (await card.getAttribute('aria-label')) ?? '';
      await card.getByRole('button', { name: /to…$/ }).click();
      const item = page.getByRole('menuitem', { name: to, exact: true });
      await item.waitFor();
      // In the page (as source text: this Node-side file has no DOM types): mark the choice, watch
      // the Offer column for the card, mark the frame after it appears.
      await page.evaluate(`(() => {
        const cardName = ${JSON.stringify(name)};
        const columnLabel = ${JSON.stringify(`${to} applications`)};
        performance.clearMarks();
        document.addEventListener('pointerdown', (e) => {
          if (e.target instanceof Element && e.target.closest('[role="menuitem"]')) performance.mark('move-chosen');
        }, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          const column = document.querySelector('[aria-label="' + columnLabel + '"]');
          if (column && column.querySelector('[aria-label="' + CSS.escape(cardName) + '"]')) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => performance.mark('move-painted'), 0));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      })()`);
      await item.click();
      // Polled from here: a string predicate evaluated by the page itself would need 'unsafe-eval'.
      let ms: number | null = null;
      for (let tries = 0; ms === null && tries < 600; tries++) {
        ms = (await page.evaluate(`(() => {
          const [chosen] = performance.getEntriesByName('move-chosen');
          const [painted] = performance.getEntriesByName('move-painted');
          return chosen && painted ? painted.startTime - chosen.startTime : null;
        })()`)) as number | null;
        if (ms === null) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (ms === null) {
        throw new Error(`the moved card (${name}) was never painted in ${to}`);
      }
      times.push(ms);
      await page
        .getByRole('status')
        .filter({ hasText: `to ${to}` })
        .first()
        .waitFor();
    }
    await page.close();
    return median(times);
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Median create latency idle, and while a 10,000-application JSON export streams to a slow reader. */
async function writesDuringExport(): Promise<{ idle: number; during: number }> {
  const dataDir = seededDataDir(10_000);
  let exporting = false;
  const target: ExportTarget = {
    async save({ fileName, write }) {
      exporting = true;
      const sink = new PassThrough({ highWaterMark: 16 * 1024 });
      // A reader that takes its time, like a disk under load.
      sink.on('data', () => {
        sink.pause();
        setTimeout(() => sink.resume(), 1);
      });
      await write(sink);
      sink.end();
      exporting = false;
      return { kind: 'download', url: `/bench/${fileName}`, fileName };
    },
  };
  const core = await openCore({
    dataDir,
    mode: 'browser',
    version: 'bench',
    clock: { now: () => Date.now(), setTimeout: () => 0, clearTimeout: () => undefined },
    log: { info: () => {}, warn: () => {}, error: () => {} },
    notifier: { show: () => {} },
    exportTarget: target,
  });
  const timeCreate = async (i: number): Promise<number> => {
    const start = process.hrtime.bigint();
    const envelope = await core.dispatch('applications.create', { company: `New ${i}`, role: 'Engineer', stageId: 'wishlist' });
    if (!envelope.ok) throw new Error(envelope.error.message);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const idle: number[] = [];
  for (let i = 0; i < 40; i++) idle.push(await timeCreate(i));
  const during: number[] = [];
  const done = core.dispatch('export.run', { format: 'json' });
  await new Promise((resolve) => setTimeout(resolve, 5));
  for (let i = 0; i < 40 && (exporting || during.length < 5); i++) during.push(await timeCreate(100 + i));
  const result = await done;
  if (!result.ok) throw new Error(result.error.message);
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { idle: median(idle.slice(5)), during: median(during) };
}

export async function run(): Promise<Record<string, number>> {
  const browser = await launchBenchBrowser();
  try {
    const small = await moveBytes(browser, 100);
    const large = await moveBytes(browser, 10_000);
    const repaint = await moveToRepaint(browser);
    const exportWrites = await writesDuringExport();
    return {
      'ui.change_bytes_scaling': Number((large / small).toFixed(2)),
      'ui.move_bytes_100': small,
      'ui.move_bytes_10k': large,
      'ui.move_to_repaint_ms': Number(repaint.toFixed(1)),
      'store.write_during_export_ratio': Number((exportWrites.during / exportWrites.idle).toFixed(2)),
    };
  } finally {
    await browser.close();
  }
}

// Run directly: `node --import tsx bench/ui.bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  run().then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
