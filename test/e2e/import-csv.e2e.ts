import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freshDataDir, startApp } from './support/browser-mode';
import { callApi, closeAndStop, newPage } from './support/data-api';
import { expectNoSeriousA11yViolations } from './support/data-checks';

/** A Huntr export as people have it: its "List" says Interview, Rejected, Phone Screen; one link is broken; dates are US-style. */
const HUNTR_CSV = [
  'Company,Job Title,List,URL,Date Applied',
  'Globex,Backend Engineer,Interview,https://globex.example/jobs/1,11/10/2026',
  'Initech,Support Lead,Rejected,not a link,3/4/2026',
  'Umbrella,Data Analyst,Phone Screen,https://umbrella.example/2,',
  'Hooli,Designer,Wishlist,,"Nov 10, 2026"',
].join('\r\n');

test('a Huntr CSV imports with its stages right, bad cells left out (not rows), and a re-import offers to skip what is already there', async ({ browser }) => {
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  mkdirSync(test.info().outputDir, { recursive: true });
  const csvPath = join(test.info().outputDir, 'huntr-export.csv');
  writeFileSync(csvPath, HUNTR_CSV);
  await page.goto(app.url);
  await page.getByRole('link', { name: 'History' }).click();

  const openImport = async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.getByLabel('Exported from').selectOption('huntr');
    await dialog.getByLabel('CSV file').setInputFiles(csvPath);
    return dialog;
  };

  const dialog = await openImport();
  await expect(dialog.getByText('4 of 4 rows will be imported.')).toBeVisible();
  // Stage mapping is a step: each value of the List column, with where it goes.
  await expect(dialog.getByLabel('Stage for “Interview”')).toHaveValue('interviewing');
  await expect(dialog.getByLabel('Stage for “Phone Screen”')).toHaveValue('interviewing');
  await expect(dialog.getByLabel('Stage for “Rejected”')).toHaveValue('closed');
  await expect(dialog.getByLabel('Stage for “Wishlist”')).toHaveValue('wishlist');
  await dialog.getByLabel('Stage for “Phone Screen”').selectOption({ label: 'Applied' });
  await expect(dialog.getByLabel('Stage for “Phone Screen”')).toHaveValue('applied');
  // The broken link costs the link only, said by spreadsheet row and by the file's column name.
  await expect(dialog.getByText('Row 3 · URL: “not a link” is not a web link (one starting with http:// or https://), so the row is imported without it')).toBeVisible();
  await expect(dialog.getByText(/jobUrl|appliedAt/)).toHaveCount(0);
  // One day/month choice, shown with the file's own dates.
  const preview = dialog.getByRole('table', { name: /Preview of the first/ });
  await expect(preview.getByRole('row', { name: /Globex/ })).toContainText('2026-11-10');
  await dialog.getByLabel(/^Day first — 11\/10\/2026 is (Oct 11, 2026|11 Oct 2026)$/).check();
  await expect(preview.getByRole('row', { name: /Globex/ })).toContainText('2026-10-11');
  await dialog.getByLabel(/^Month first — 11\/10\/2026 is (Nov 10, 2026|10 Nov 2026)$/).check();
  await expect(preview.getByRole('row', { name: /Globex/ })).toContainText('2026-11-10');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/import-huntr-csv.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/import-huntr-csv-dark.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  await dialog.getByRole('button', { name: 'Import 4 applications' }).click();
  await expect(dialog).toBeHidden();
  const workspace = await callApi(app, 'workspace.get', {});
  const byCompany = new Map(workspace.applications.map((a) => [a.company, a]));
  expect([...byCompany.keys()].sort()).toEqual(['Globex', 'Hooli', 'Initech', 'Umbrella']);
  expect(byCompany.get('Globex')).toMatchObject({ stageId: 'interviewing', createdAt: '2026-11-10T12:00:00.000Z', jobUrl: 'https://globex.example/jobs/1' });
  expect(byCompany.get('Initech')).toMatchObject({ stageId: 'closed', jobUrl: '', createdAt: '2026-03-04T12:00:00.000Z' });
  expect(byCompany.get('Umbrella')).toMatchObject({ stageId: 'applied' });
  expect(byCompany.get('Hooli')).toMatchObject({ stageId: 'wishlist', createdAt: '2026-11-10T12:00:00.000Z' });

  // The same file again: every row is recognised, and skipping them is the default.
  const again = await openImport();
  const skip = again.getByLabel('Skip 4 rows already on your board');
  await expect(skip).toBeChecked();
  await expect(again.getByText('0 of 4 rows will be imported.')).toBeVisible();
  await expect(again.getByRole('row', { name: /Globex · already on your board/ })).toBeVisible();
  await expect(again.getByRole('list', { name: 'Rows already on your board' })).toContainText('Row 2 · Globex — Backend Engineer: imported from this row before as Globex — Backend Engineer');
  await expect(again.getByRole('button', { name: 'Import 0 applications' })).toBeDisabled();
  await skip.uncheck();
  await expect(again.getByText('4 of 4 rows will be imported.')).toBeVisible();
  await again.getByRole('button', { name: 'Close' }).click();
  await closeAndStop(page, app);
});

/**
 * A German Excel export (Windows-1252, ';', "73.000 €", a multi-line cell, a relative date) into a
 * board that already holds one of its applications: characters right and switchable, money in
 * euros, rows as Excel numbers them, the duplicate listed and skipped, and the toast's Undo.
 */
const GERMAN_EXCEL = Buffer.from(
  [
    'Firma;Position;Status;Ort;Gehalt;Beworben am;Notizen',
    'Müller & Söhne GmbH;Softwareentwickler;Beworben;München;73.000 €;10.11.2026;"Gespräch am 20.11.',
    'mit Frau Weiß"',
    'Bäckerei Größe KG;Filialleitung;Vorstellungsgespräch;Köln;45.000 - 52.000 €;letzte Woche;',
    'Globex;Data Engineer;Beworben;Berlin;;01.10.2026;',
  ]
    .join('\r\n')
    // Windows-1252 is Latin-1 but for 0x80–0x9F, where it puts € (0x80) among others.
    .replace(/€/g, '\u0080'),
  'latin1',
);

test('a German Excel CSV: encoding detected and switchable, euros, spreadsheet rows, duplicates skipped, Undo in the toast', async ({ browser }) => {
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  await callApi(app, 'applications.create', { company: 'Globex', role: 'Data Engineer', stageId: 'applied' });
  mkdirSync(test.info().outputDir, { recursive: true });
  const csvPath = join(test.info().outputDir, 'bewerbungen.csv');
  writeFileSync(csvPath, GERMAN_EXCEL);
  await page.goto(app.url);
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('CSV file').setInputFiles(csvPath);

  const preview = dialog.getByRole('table', { name: /Preview of the first/ });
  const characters = dialog.getByLabel('Characters');
  await expect(characters).toHaveValue('windows-1252');
  await expect(preview.getByRole('row', { name: /Müller & Söhne GmbH/ })).toContainText('München');
  await expect(preview.getByRole('row', { name: /Müller & Söhne GmbH/ })).toContainText('73,000 EUR');
  await expect(preview.getByRole('row', { name: /Bäckerei/ })).toContainText('45,000–52,000 EUR');
  // Read again as UTF-8, the same bytes show what the issue saw; back to the detected encoding, all is right.
  await characters.selectOption('utf-8');
  await expect(preview.getByRole('row', { name: /M\uFFFDller/ })).toContainText('M\uFFFDnchen');
  await expect(dialog.getByText(/characters can't be read in this encoding/)).toBeVisible();
  await dialog.getByText(/characters can't be read in this encoding/).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/import-encoding-utf8.png' });
  await characters.selectOption('windows-1252');
  await expect(preview.getByRole('row', { name: /Müller & Söhne GmbH/ })).toContainText('München');

  // Rows as Excel numbers them: the two-line note keeps Bäckerei on row 3.
  await expect(
    preview
      .getByRole('row', { name: /Bäckerei/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('3');
  await expect(dialog.getByText('Row 3 · Beworben am: “letzte Woche” is not a day on the calendar (a date relative to when the file was written), so the row is imported without it')).toBeVisible();
  // Globex is already on the board: listed, skipped unless included.
  await expect(dialog.getByRole('list', { name: 'Rows already on your board' })).toContainText('Row 4 · Globex — Data Engineer: same company and role as Globex — Data Engineer');
  await expect(dialog.getByText('2 of 3 rows will be imported.')).toBeVisible();
  await dialog.getByLabel('Skip 1 row already on your board').uncheck();
  await expect(dialog.getByText('3 of 3 rows will be imported.')).toBeVisible();
  await dialog.getByLabel('Skip 1 row already on your board').check();
  // Or one row at a time.
  await dialog.getByLabel('Import row 4 anyway').check();
  await expect(dialog.getByText('3 of 3 rows will be imported.')).toBeVisible();
  await dialog.getByLabel('Import row 4 anyway').uncheck();
  await expect(dialog.getByText('2 of 3 rows will be imported.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/import-german-excel.png', fullPage: true });

  await dialog.getByRole('button', { name: 'Import 2 applications' }).click();
  await expect(dialog).toBeHidden();
  const toast = page.getByRole('status').filter({ hasText: 'Imported 2 applications.' });
  await expect(toast).toContainText('1 row already on your board left out.');
  let workspace = await callApi(app, 'workspace.get', {});
  const mueller = workspace.applications.find((a) => a.company === 'Müller & Söhne GmbH');
  expect(mueller).toMatchObject({ location: 'München', salary: { min: 73000, max: null, currency: 'EUR', period: 'year' }, createdAt: '2026-11-10T12:00:00.000Z' });
  expect(workspace.applications.find((a) => a.company === 'Bäckerei Größe KG')?.stageReachedAt).toEqual({});
  await page.screenshot({ path: 'test-results/screenshots/import-toast-undo.png' });

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Undone: Imported 2 applications from CSV/ })).toBeVisible();
  workspace = await callApi(app, 'workspace.get', {});
  expect(workspace.applications.map((a) => a.company)).toEqual(['Globex']);
  await closeAndStop(page, app);
});
