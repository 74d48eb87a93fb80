import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { callApi, closeAndStop, newPage, seedApplications, seedInterviews } from './support/data-api';
import { expectNoSeriousA11yViolations, screenshotBothThemes } from './support/data-checks';

async function openHistory(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
}

async function downloadExport(page: Page, name: string): Promise<{ fileName: string; path: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = join(test.info().outputDir, download.suggestedFilename());
  await download.saveAs(path);
  return { fileName: download.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

test('the timeline shows created and moved applications, newest first, filterable, with undo marked', async ({ browser }) => {
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  await seedApplications(app);
  await openHistory(page, app);
  const events = page.locator('.history-event');
  await expect(events.filter({ hasText: /Added .*Northwind Traders/ })).toHaveCount(1);
  await expect(events.filter({ hasText: /Moved .*Contoso.* to Interviewing/ })).toHaveCount(1);
  await expect(events.first()).toContainText(/Moved .*Tailspin Toys/);

  await callApi(app, 'history.undo', {});
  await expect(events.first().getByText('Undo', { exact: true })).toBeVisible();

  await page.getByLabel('Application', { exact: true }).selectOption({ label: 'Contoso — Product Designer' });
  await expect(events.filter({ hasText: 'Northwind' })).toHaveCount(0);
  await expect(events.filter({ hasText: /Contoso/ })).toHaveCount(2);
  await page.getByLabel('Event', { exact: true }).selectOption('moved');
  await expect(events).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(events.filter({ hasText: 'Northwind' })).toHaveCount(1);

  await page.getByLabel('From', { exact: true }).fill('2001-01-01');
  await page.getByLabel('To', { exact: true }).fill('2001-01-31');
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await closeAndStop(page, app);
});

test('long histories page with "Load more"', async ({ browser }) => {
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  for (let i = 1; i <= 60; i++) await callApi(app, 'applications.create', { company: `Company ${i}`, role: 'Engineer' });
  await openHistory(page, app);
  await expect(page.locator('.history-event')).toHaveCount(50);
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(page.locator('.history-event')).toHaveCount(60);
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
  await expect(page.locator('.history-event').last()).toContainText('Company 1');
  await closeAndStop(page, app);
});

test('CSV exports download with a UTF-8 BOM and the rows', async ({ browser }) => {
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  await seedApplications(app);
  await openHistory(page, app);
  const history = await downloadExport(page, 'History (CSV)');
  expect(history.fileName).toMatch(/\.csv$/);
  expect(history.text.charCodeAt(0)).toBe(0xfeff);
  expect(history.text).toContain('Northwind Traders');
  expect(history.text).toMatch(/Moved .*Contoso/);

  const applications = await downloadExport(page, 'Applications (CSV)');
  expect(applications.text.charCodeAt(0)).toBe(0xfeff);
  for (const company of ['Northwind Traders', 'Contoso', 'Fabrikam', 'Tailspin Toys']) expect(applications.text).toContain(company);
  await closeAndStop(page, app);
});

test('a JSON backup imports into a fresh data folder with the same applications', async ({ browser }) => {
  let page = await newPage(browser);
  const source = await startApp(freshDataDir());
  await seedApplications(source);
  await openHistory(page, source);
  const backup = await downloadExport(page, 'Full backup (JSON)');
  expect(backup.fileName).toMatch(/\.json$/);
  await closeAndStop(page, source);

  const target = await startApp(freshDataDir());
  page = await newPage(browser);
  await openHistory(page, target);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('radio', { name: /Hearback backup/ }).check();

  mkdirSync(test.info().outputDir, { recursive: true });
  const broken = join(test.info().outputDir, 'broken.json');
  const parsed = JSON.parse(backup.text) as { applications: { company: string }[] };
  parsed.applications[0]!.company = '';
  writeFileSync(broken, JSON.stringify(parsed));
  await dialog.getByLabel('Backup file').setInputFiles(broken);
  await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/applications\[0\]\.company/);

  await dialog.getByLabel('Backup file').setInputFiles(backup.path);
  await dialog.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Backup restored/)).toBeVisible();
  await page.getByRole('link', { name: 'Board' }).click();
  for (const company of ['Northwind Traders', 'Contoso', 'Fabrikam', 'Tailspin Toys']) await expect(page.getByText(company, { exact: true }).first()).toBeVisible();
  await closeAndStop(page, target);
});

test('a Huntr CSV is mapped, previewed with problems named by spreadsheet row, and imported', async ({ browser }) => {
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  await openHistory(page, app);
  mkdirSync(test.info().outputDir, { recursive: true });
  const csvPath = join(test.info().outputDir, 'huntr.csv');
  writeFileSync(csvPath, 'Company,Job Title,List,URL,Location\nGlobex,Backend Engineer,Applied,https://example.com/1,Berlin\n,Missing Company,Applied,,\nInitech,Support Lead,Wishlist,,Remote\n');
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Exported from').selectOption('huntr');
  await dialog.getByLabel('CSV file').setInputFiles(csvPath);
  await expect(dialog.getByText('2 of 3 rows will be imported.')).toBeVisible();
  await expect(dialog.getByText(/Row 3/)).toBeVisible();
  await expect(dialog.getByLabel('Company *')).toHaveValue('0');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/history-import-csv.png' });
  await dialog.getByRole('button', { name: 'Import 2 applications' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .locator('.history-event')
      .filter({ hasText: /Globex|Import/ })
      .first(),
  ).toBeVisible();
  const workspace = await callApi(app, 'workspace.get', {});
  expect(workspace.applications.map((a) => a.company).sort()).toEqual(['Globex', 'Initech']);
  await closeAndStop(page, app);
});

test('History and Insights are accessible and show numbers for seeded data', async ({ browser }) => {
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  const { ids } = await seedApplications(app);
  await seedInterviews(app, ids);
  await openHistory(page, app);
  await expect(page.locator('.history-event').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page);
  await screenshotBothThemes(page, 'history');

  await page.getByRole('link', { name: 'Insights' }).click();
  const applications = page.getByRole('region', { name: 'Applications', exact: true });
  await expect(applications.locator('.stat-value')).toHaveText('4');
  await expect(page.getByRole('region', { name: 'Response rate' }).locator('.stat-value')).toHaveText(/\d+%/);
  await expect(page.getByRole('region', { name: 'Days from interview to answer' }).locator('.stat-value')).toHaveText(/^\d/);
  await expect(page.getByRole('table', { name: 'What happened to promised answer dates' }).getByRole('row', { name: /Late/ })).toContainText('1');
  await expect(page.getByRole('table', { name: 'Applications that reached each stage' }).getByRole('row', { name: /Interviewing/ })).toContainText('1');
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page);
  await screenshotBothThemes(page, 'insights');
  await closeAndStop(page, app);
});

test('Insights teaches what to do when there is too little data', async ({ browser }) => {
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByText('No applications in this period yet.')).toBeVisible();
  await screenshotBothThemes(page, 'insights-empty');
  await closeAndStop(page, app);
});
