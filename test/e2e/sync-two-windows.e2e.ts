import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startCouchServer, type CouchTestServer } from '../support/couch-server';
import { pointerDrag, seed } from './support/board-api';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';

/**
 * Two computers, each a browser-mode core with its own data folder, syncing through the
 * CouchDB-protocol test server: a card dragged in one window moves in the other.
 */
const column = (page: Page, name: string) => page.getByRole('region', { name });

async function pointIn(locator: ReturnType<Page['locator']>, down: number) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not visible');
  return { x: box.x + box.width / 2, y: box.y + Math.min(down, box.height / 2) };
}

let server: CouchTestServer;
const apps: RunningApp[] = [];

test.beforeAll(async () => {
  server = await startCouchServer();
  await server.provision('jobsearch', 'sam', 'correct horse battery');
});
test.afterAll(async () => {
  for (const app of apps) await app.stop();
  await server.remove();
});

async function computer(name: string): Promise<RunningApp> {
  const dataDir = freshDataDir();
  const syncFile = join(dataDir, '..', `${name}-sync-${Date.now()}.json`);
  writeFileSync(syncFile, JSON.stringify({ serverUrl: server.url, database: 'jobsearch', username: 'sam', password: 'correct horse battery', deviceId: `device-${name}`, deviceName: name, reach: 'own-network' }));
  const app = await startApp(dataDir, {}, ['--sync-file', syncFile]);
  apps.push(app);
  return app;
}

test('a card dragged on one computer moves on the other', async ({ browser }) => {
  const desk = await computer('Desk');
  const laptop = await computer('Laptop');
  await seed(desk, [{ company: 'Globex', role: 'Designer', stageId: 'applied' }]);

  const deskPage = await (await browser.newContext()).newPage();
  const laptopPage = await (await browser.newContext()).newPage();
  await deskPage.goto(desk.url);
  await laptopPage.goto(laptop.url);
  await expect(laptopPage.getByRole('list', { name: 'Applied applications' }).getByText('Globex')).toBeVisible();

  const card = deskPage.getByRole('article', { name: 'Globex — Designer' });
  await pointerDrag(deskPage, await pointIn(card.getByText('Designer'), 8), await pointIn(column(deskPage, 'Interviewing'), 120));
  await expect(deskPage.getByRole('list', { name: 'Interviewing applications' }).getByText('Globex')).toBeVisible();

  await expect(laptopPage.getByRole('list', { name: 'Interviewing applications' }).getByText('Globex')).toBeVisible();
  await expect(laptopPage.getByRole('list', { name: 'Applied applications' }).getByText('Globex')).toHaveCount(0);
  await laptopPage.screenshot({ path: 'test-results/e2e/sync-two-windows-laptop.png' });
});
