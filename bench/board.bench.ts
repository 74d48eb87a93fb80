/**
 * Board benchmarks, in Chromium against browser mode (the real core) on temp data folders.
 * - board.render_scaling: median time from navigation to "board ready" (every column rendered,
 *   first cards visible) with 2,000 cards ÷ the same with 100 cards. Target ≤ 2.
 * - board.card_nodes_2000: card elements in the DOM with 2,000 cards (virtualized). Target ≤ 300.
 * - board.move_to_persisted_ms: median ms from choosing a stage in a card's "Move to…" menu to
 *   the store's acknowledgement (the `applications.move` answer, sent once the journal line is
 *   fsynced), with 2,000 cards on the board.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freshDataDir, startApp, type RunningApp } from '../test/e2e/support/browser-mode';
import { buildRendererOnce, median } from './support';

const STAGES = ['wishlist', 'applied', 'interviewing', 'offer', 'closed'];
const RUNS = 5;
const MOVES = 7;
const SEED_CONCURRENCY = 16;

async function create(app: RunningApp, i: number): Promise<void> {
  const response = await fetch(`${app.origin}/api/call/applications.create`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify({ company: `Company ${i}`, role: i % 3 ? 'Engineer' : 'Senior Product Designer', stageId: STAGES[i % STAGES.length], tags: i % 4 ? [] : ['remote'] }),
  });
  if (!response.ok) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
}

/** Seeds `count` applications through the contract, a few requests in flight at a time. */
async function seededApp(count: number): Promise<RunningApp> {
  const app = await startApp(freshDataDir());
  let next = 0;
  await Promise.all(
    Array.from({ length: SEED_CONCURRENCY }, async () => {
      while (next < count) await create(app, next++);
    }),
  );
  return app;
}

/** ms from navigation until every column is drawn and the first cards are visible. */
async function timeToReady(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  const start = performance.now();
  await page.goto(url);
  await page.waitForFunction(
    (columns) => {
      // Runs in the page; typed by hand so this Node-side file needs no DOM types.
      const doc = (globalThis as unknown as { document: { querySelectorAll(selector: string): { length: number } } }).document;
      return doc.querySelectorAll('section[aria-labelledby^="stage-"]').length === columns && doc.querySelectorAll('.card-row .card').length > 0;
    },
    STAGES.length,
    { polling: 'raf', timeout: 30_000 },
  );
  return performance.now() - start;
}

async function measureRender(browser: Browser, app: RunningApp): Promise<{ ready: number; cardNodes: number }> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push(await timeToReady(page, app.url));
  const cardNodes = await page.locator('.card').count();
  await page.close();
  return { ready: median(times), cardNodes };
}

async function measureMoves(browser: Browser, app: RunningApp): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await timeToReady(page, app.url);
  const times: number[] = [];
  for (let i = 0; i < MOVES; i++) {
    const target = i % 2 ? 'Applied' : 'Interviewing';
    const from = i % 2 ? 'Interviewing' : 'Applied';
    const card = page
      .getByRole('list', { name: `${from} applications` })
      .getByRole('article')
      .first();
    await card.getByRole('button', { name: /to…$/ }).click();
    const item = page.getByRole('menuitem', { name: target, exact: true });
    await item.waitFor();
    const answered = page.waitForResponse((r) => r.url().includes('/api/call/applications.move'));
    const start = performance.now();
    await item.click();
    await answered;
    times.push(performance.now() - start);
    await page
      .getByRole('status')
      .filter({ hasText: `to ${target}` })
      .first()
      .waitFor();
  }
  await page.close();
  return median(times);
}

export async function run(): Promise<Record<string, number>> {
  buildRendererOnce();
  const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const apps: RunningApp[] = [];
  try {
    const small = await seededApp(100);
    apps.push(small);
    const large = await seededApp(2000);
    apps.push(large);
    const smallRender = await measureRender(browser, small);
    const largeRender = await measureRender(browser, large);
    const move = await measureMoves(browser, large);
    return {
      'board.render_scaling': Number((largeRender.ready / smallRender.ready).toFixed(2)),
      'board.card_nodes_2000': largeRender.cardNodes,
      'board.move_to_persisted_ms': Number(move.toFixed(1)),
      'board.ready_100_ms': Math.round(smallRender.ready),
      'board.ready_2000_ms': Math.round(largeRender.ready),
    };
  } finally {
    await browser.close();
    for (const app of apps) {
      await app.stop();
      await rm(app.dataDir, { recursive: true, force: true });
    }
  }
}

// Run directly: `node --import tsx bench/board.bench.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  run().then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
