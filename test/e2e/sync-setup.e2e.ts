import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startCouchServer, type CouchTestServer } from '../support/couch-server';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { contractCall } from './support/board-api';
import { stopApp } from './support/workspace-api';
import { expectNoSeriousAxeViolations } from './support/workspace-page';

/**
 * The README's "Sync between computers" steps, followed as written through the UI against a
 * CouchDB-protocol server (pouchdb-server): set up on computer A, show and copy the setup code,
 * join on computer B with the passphrase. Each window's status line must say it syncs — with the
 * replication engine that is "Synced…"/"Syncing…"; without one in this build, "Sync is set up…".
 */
let server: CouchTestServer;
let a: RunningApp;
let b: RunningApp;

test.beforeEach(async () => {
  server = await startCouchServer();
  a = await startApp(freshDataDir());
  b = await startApp(freshDataDir());
});
test.afterEach(async () => {
  await stopApp(a);
  await stopApp(b);
  await server?.remove();
});

const CONFIGURED = /^(Synced|Syncing|Sync is set up)/;

async function openSync(page: Page, app: RunningApp) {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Sync' });
  await section.scrollIntoViewIfNeeded();
  return section;
}

test('set up on one computer, join on another with the setup code and passphrase', async ({ browser }) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  const pageA = await (await browser.newContext()).newPage();
  const sectionA = await openSync(pageA, a);
  await expect(sectionA.getByRole('status', { name: /Sync status/ })).toHaveText('Not syncing');

  // A wrong administrator password is told beside the form, and nothing is set up.
  await sectionA.getByLabel('Server address').fill(server.url);
  await sectionA.getByLabel('This server is on my own network').check();
  await sectionA.getByLabel('Administrator name').fill(server.admin.username);
  await sectionA.getByLabel('Administrator password').fill('not-the-password');
  await sectionA.getByLabel('This computer’s name').first().fill('Desktop');
  await sectionA.getByRole('button', { name: 'Set up sync' }).click();
  await expect(sectionA.getByText('The server does not accept that administrator name or password.')).toBeVisible();
  await sectionA.screenshot({ path: 'test-results/screenshots/sync-not-set-up.png' });

  await sectionA.getByLabel('Administrator password').fill(server.admin.password);
  await sectionA.getByLabel('Encrypt my records end to end').check();
  await sectionA.getByLabel('Encryption passphrase').fill('correct horse battery');
  await sectionA.getByRole('button', { name: 'Set up sync' }).click();
  await expect(sectionA.getByRole('status', { name: /Sync status/ })).toHaveText(CONFIGURED);
  await expect(pageA.locator('.sync-badge')).toHaveText(CONFIGURED);

  await sectionA.getByLabel('Passphrase for the setup code').fill('correct horse battery');
  await sectionA.getByRole('button', { name: 'Show setup code' }).click();
  const code = await sectionA.getByLabel('Setup code', { exact: true }).inputValue();
  expect(code).toMatch(/^HB1-[A-Za-z0-9_-]+$/);
  await expect(sectionA.getByRole('img', { name: 'The setup code as a QR code' })).toBeVisible();
  await sectionA.screenshot({ path: 'test-results/screenshots/sync-set-up.png' });
  await expectNoSeriousAxeViolations(pageA, '.settings-page');

  const pageB = await (await browser.newContext()).newPage();
  const sectionB = await openSync(pageB, b);
  await sectionB.getByLabel('Setup code', { exact: true }).fill(code);
  await sectionB.getByLabel('Passphrase', { exact: true }).fill('correct horse batterY');
  await sectionB.getByRole('button', { name: 'Join' }).click();
  await expect(sectionB.getByText('That passphrase does not open it; check the passphrase and try again.')).toBeVisible();
  await sectionB.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await sectionB.getByRole('button', { name: 'Join' }).click();
  await expect(sectionB.getByRole('status', { name: /Sync status/ })).toHaveText(CONFIGURED);
  await expect(pageB.locator('.sync-badge')).toHaveText(CONFIGURED);
  await expect(sectionB.getByLabel('Show reminders from this computer while it is offline (the reminder computer)')).not.toBeChecked();
  await sectionB.screenshot({ path: 'test-results/screenshots/sync-joined.png' });
  await pageB.screenshot({ path: 'test-results/screenshots/sync-chrome.png' });

  // With a replication engine in the build, what one computer adds shows on the other's board.
  const { engine } = await contractCall<{ engine: boolean }>(a, 'sync.status', {});
  if (!engine) {
    test.info().annotations.push({ type: 'note', description: 'No replication engine in this build: checked as far as "set up".' });
    return;
  }
  const { stages } = await contractCall<{ stages: { id: string; order: number }[] }>(a, 'workspace.get', {});
  await contractCall(a, 'applications.create', { company: 'Globex', role: 'Backend Engineer', stageId: [...stages].sort((x, y) => x.order - y.order)[0]!.id });
  await pageB.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
  await expect(pageB.getByText('Globex')).toBeVisible({ timeout: 20_000 });
  await pageB.screenshot({ path: 'test-results/screenshots/sync-board-b.png' });

  // One reminder computer for both: B learns it is the desktop; ticking it on B moves it there, on A too.
  await pageB.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const reminderBox = (section: typeof sectionA) => section.getByLabel('Show reminders from this computer while it is offline (the reminder computer)');
  await expect(sectionB.getByText('The reminder computer is Desktop.', { exact: false })).toBeVisible({ timeout: 20_000 });
  await reminderBox(sectionB).click();
  await expect(reminderBox(sectionB)).toBeChecked();
  // A's Settings follow without a reload.
  await expect(sectionA.getByText('The reminder computer is Laptop.', { exact: false })).toBeVisible({ timeout: 20_000 });
  await expect(reminderBox(sectionA)).not.toBeChecked();
  await sectionA.screenshot({ path: 'test-results/screenshots/sync-reminder-computer-moved.png' });
  const boardB = await contractCall<{ stages: { name: string }[] }>(b, 'workspace.get', {});
  test.info().annotations.push({ type: 'note', description: `B's columns after joining: ${boardB.stages.map((s) => s.name).join(', ')}` });
});

test('encryption switched on by setting up again: the notice says where unencrypted copies remain', async ({ browser }) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  const page = await (await browser.newContext()).newPage();
  const section = await openSync(page, a);
  const setUp = async (encrypt: boolean) => {
    await section.getByLabel('Server address').fill(server.url);
    await section.getByLabel('This server is on my own network').check();
    await section.getByLabel('Administrator name').fill(server.admin.username);
    await section.getByLabel('Administrator password').fill(server.admin.password);
    await section.getByLabel('This computer’s name').first().fill('Desktop');
    if (encrypt) {
      await section.getByLabel('Encrypt my records end to end').check();
      await section.getByLabel('Encryption passphrase').fill('correct horse battery');
    }
    await section.getByRole('button', { name: 'Set up sync' }).click();
    await expect(section.getByRole('status', { name: /Sync status/ })).toHaveText(CONFIGURED);
  };
  await setUp(false);
  const { engine } = await contractCall<{ engine: boolean }>(a, 'sync.status', {});
  test.skip(!engine, 'No replication engine in this build');
  const { stages } = await contractCall<{ stages: { id: string; order: number }[] }>(a, 'workspace.get', {});
  await contractCall(a, 'applications.create', { company: 'Plain Corp', role: 'Engineer', stageId: [...stages].sort((x, y) => x.order - y.order)[0]!.id });
  await expect(section.getByRole('status', { name: /Sync status/ })).toHaveText(/^Synced/, { timeout: 20_000 });
  const first = await contractCall<{ connection: { database: string } }>(a, 'sync.status', {});
  await section.getByRole('button', { name: 'Leave sync on this computer' }).click();
  await expect(section.getByRole('status', { name: /Sync status/ })).toHaveText('Not syncing');
  await setUp(true);
  const notice = page.getByText(`The database this computer synced with before, “${first.connection.database}”, still holds them unencrypted`, { exact: false });
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: 'test-results/screenshots/sync-encrypted-later.png' });
});
