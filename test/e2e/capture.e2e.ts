import { expect, test, type Page } from '@playwright/test';
import { startPostingServer, type PostingServer } from '../support/capture/posting-server';
import { contractCall } from './support/board-api';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';

let server: PostingServer;
let app: RunningApp;

test.beforeAll(async () => {
  server = await startPostingServer();
});
test.afterAll(async () => {
  await server.close();
});
test.beforeEach(async () => {
  // Capture may fetch this computer's pages only when told so (the tests serve postings on 127.0.0.1).
  app = await startApp(freshDataDir(), {}, ['--capture-local-pages']);
});
test.afterEach(async () => {
  await app.stop();
});

const captureDialog = (page: Page) => page.getByRole('dialog', { name: 'Add from link' });

async function readPosting(page: Page, link: string) {
  await page.getByRole('button', { name: 'Add from link' }).click();
  const dialog = captureDialog(page);
  await dialog.getByLabel('Posting link').fill(link);
  await dialog.getByRole('button', { name: 'Read posting' }).click();
  return dialog;
}

test('paste a link → preview with sources → confirm → a card with the posting’s text, searchable; the same link again offers the existing one', async ({ page }) => {
  await page.goto(app.url);
  const dialog = await readPosting(page, `${server.base}/jobs/board`);

  // The preview: each field filled, and saying where it came from.
  await expect(dialog.getByLabel('Company')).toHaveValue('Acme Payments');
  await expect(dialog.getByLabel('Company')).toHaveAccessibleDescription('from the page’s job data');
  await expect(dialog.getByLabel('Role')).toHaveValue('Senior Backend Engineer');
  await expect(dialog.getByLabel('Location')).toHaveValue('Berlin, BE, DE; Lisbon, PT');
  await expect(dialog.getByLabel('Minimum')).toHaveValue('80000');
  await expect(dialog.getByLabel('Maximum')).toHaveValue('95000');
  await expect(dialog.getByLabel('Currency')).toHaveValue('EUR');
  await expect(dialog.getByLabel('Employment type')).toHaveValue('Full-time, Contract');
  await expect(dialog.getByLabel('Posted on')).toHaveValue('2026-11-10');
  await expect(dialog.getByLabel('Job link')).toHaveValue('https://bigboard.example/jobs/view/4242');
  await expect(dialog.getByLabel('Posting text')).toHaveValue(/We move money & keep it safe\.\n\n• Go\n• Postgres/);

  // An edit says so.
  await dialog.getByLabel('Role').fill('Senior Backend Engineer (Payments)');
  await expect(dialog.getByLabel('Role')).toHaveAccessibleDescription('typed by you');

  // Nothing is written until the user confirms.
  expect((await contractCall<{ applications: unknown[] }>(app, 'workspace.get', {})).applications).toHaveLength(0);
  await dialog.getByRole('button', { name: 'Add application' }).click();
  await expect(dialog).toBeHidden();

  // The application opens, with the posting kept.
  const drawer = page.getByRole('dialog', { name: 'Acme Payments' });
  await expect(drawer.getByRole('region', { name: 'Posting text' })).toContainText('We move money & keep it safe.');
  await expect(drawer.getByText(/company, .* from the page’s job data/)).toBeVisible();
  await drawer.getByRole('button', { name: 'Close' }).click();

  const card = page.getByRole('article', { name: 'Acme Payments — Senior Backend Engineer (Payments)' });
  await expect(page.getByRole('list', { name: 'Wishlist applications' }).getByRole('article')).toHaveCount(1);
  await expect(card).toBeVisible();

  // Searchable by the posting's text.
  const search = page.getByRole('searchbox', { name: 'Search applications' });
  await search.fill('postgres');
  await expect(card).toBeVisible();
  await search.fill('kubernetes');
  await expect(card).toBeHidden();
  await search.fill('');

  // The same link again: offered as the existing application.
  const again = await readPosting(page, `${server.base}/jobs/board`);
  await expect(again.getByText('You may already have this one.')).toBeVisible();
  await expect(again.getByText(/same link/)).toBeVisible();
  await again.getByRole('button', { name: 'Open Senior Backend Engineer (Payments) at Acme Payments' }).click();
  await expect(page.getByRole('dialog', { name: 'Acme Payments' })).toBeVisible();
  expect((await contractCall<{ applications: unknown[] }>(app, 'workspace.get', {})).applications).toHaveLength(1);
});

test('guesses are marked, bad links say why and the form stays editable, posting text is never HTML', async ({ page }) => {
  await page.goto(app.url);
  const og = await readPosting(page, `${server.base}/jobs/og`);
  await expect(og.getByRole('alert')).toContainText('guesses');
  await expect(og.getByLabel('Role')).toHaveValue('Support Lead');
  await expect(og.getByLabel('Role')).toHaveAccessibleDescription('guessed from the page’s preview tags — check');

  await og.getByLabel('Posting link').fill('file:///etc/passwd');
  await og.getByRole('button', { name: 'Read posting' }).click();
  await expect(og.getByRole('alert')).toHaveText('Only web links (https:// or http://) can be captured; this is a file: link.');
  await og.getByLabel('Posting link').fill(`${server.base}/missing`);
  await og.getByRole('button', { name: 'Read posting' }).click();
  await expect(og.getByRole('alert')).toContainText('not found (404)');
  // Still editable by hand.
  await og.getByLabel('Company').fill('Typed Co');
  await og.getByLabel('Role').fill('Typed Role');
  await og.getByRole('button', { name: 'Add application' }).click();
  await expect(page.getByRole('dialog', { name: 'Typed Co' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Typed Co' }).getByRole('button', { name: 'Close' }).click();

  const hostile = await readPosting(page, `${server.base}/jobs/hostile`);
  await expect(hostile.getByLabel('Posting text')).toHaveValue('Apply <img src=x onerror="window.__xss=1"> today.');
  await hostile.getByRole('button', { name: 'Add application' }).click();
  const drawer = page.getByRole('dialog', { name: 'Shady Corp' });
  await expect(drawer.getByRole('region', { name: 'Posting text' })).toHaveText('Apply <img src=x onerror="window.__xss=1"> today.');
  await expect(drawer.getByRole('region', { name: 'Posting text' }).locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
});

test('the bookmarklet from Settings opens Add from link with the page it was clicked on, and reads it only when asked', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('Add to Hearback', { exact: true })).toHaveAttribute('draggable', 'true');
  const bookmarklet = await page.getByRole('textbox', { name: 'Bookmarklet code' }).inputValue();
  expect(bookmarklet).toMatch(/^javascript:/);

  // On a posting's page, the bookmarklet runs as a bookmark would: in that page.
  await page.goto(`${server.base}/jobs/graph`);
  await page.evaluate((source) => {
    new Function(decodeURIComponent(source.replace(/^javascript:/, '')))();
  }, bookmarklet);
  const dialog = captureDialog(page);
  await expect(dialog.getByLabel('Posting link')).toHaveValue(`${server.base}/jobs/graph`);
  // Shown, not fetched: the site and the whole link, and nothing asked of that site by Hearback yet.
  const handedOver = dialog.getByRole('group', { name: 'Link from your browser' });
  await expect(handedOver).toContainText(`Site: ${new URL(server.base).host}`);
  await expect(handedOver).toContainText(`${server.base}/jobs/graph`);
  const askedByHearback = () => server.requests.filter((r) => r.path === '/jobs/graph' && String(r.headers['user-agent']).startsWith('Hearback/')).length;
  await page.waitForTimeout(300);
  expect(askedByHearback()).toBe(0);
  await page.screenshot({ path: 'test-results/capture-handed-over-link.png' });
  await dialog.getByRole('button', { name: 'Read posting' }).click();
  await expect(dialog.getByLabel('Company')).toHaveValue('Nimbus Cloud GmbH');
  await expect(dialog.getByLabel('Workplace')).toHaveValue('remote');
  expect(askedByHearback()).toBe(1);
  await expect(handedOver).toBeHidden();
  // The link is taken off the address, so a reload does not ask again; the secret is not in it either.
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/(#(?!.*token).*)?$/);
});

test('a hybrid posting: the workplace is read, kept, editable and filters the board', async ({ page }) => {
  await page.goto(app.url);
  const dialog = await readPosting(page, `${server.base}/jobs/hybrid`);
  await expect(dialog.getByLabel('Workplace')).toHaveValue('hybrid');
  await expect(dialog.getByLabel('Workplace')).toHaveAccessibleDescription('from the page’s job data');
  await page.screenshot({ path: 'test-results/capture-preview-workplace.png' });
  await dialog.getByRole('button', { name: 'Add application' }).click();
  const drawer = page.getByRole('dialog', { name: 'Canal Street Bikes B.V.' });
  await expect(drawer.getByLabel('Workplace')).toHaveValue('hybrid');
  await drawer.getByLabel('Workplace').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/capture-application-workplace.png' });
  await drawer.getByRole('button', { name: 'Close' }).click();
  await contractCall(app, 'applications.create', { company: 'Office Only', role: 'Clerk', workplace: 'onsite' });

  const workplace = page.getByRole('combobox', { name: 'Workplace' });
  const hybridCard = page.getByRole('article', { name: 'Canal Street Bikes B.V. — Backend Developer' });
  const onsiteCard = page.getByRole('article', { name: 'Office Only — Clerk' });
  await expect(onsiteCard).toBeVisible();
  await workplace.selectOption('hybrid');
  await expect(hybridCard).toBeVisible();
  await expect(onsiteCard).toBeHidden();
  await page.screenshot({ path: 'test-results/capture-workplace-filter.png' });
  await workplace.selectOption('unstated');
  await expect(hybridCard).toBeHidden();
  await workplace.selectOption('');
  await expect(onsiteCard).toBeVisible();
});

test('quick add offers Add from link', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New application' }).click();
  await page.getByRole('dialog', { name: 'New application' }).getByRole('button', { name: 'Add from link' }).click();
  await expect(captureDialog(page).getByLabel('Posting link')).toBeFocused();
});
