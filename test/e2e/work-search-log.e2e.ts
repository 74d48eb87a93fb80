import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Workspace } from '../../shared/contract';
import { libreOfficeAvailable, openCsvInCalc } from '../support/libreoffice';
import { freshDataDir, startApp } from './support/browser-mode';
import { callApi, closeAndStop, newPage } from './support/data-api';
import { expectNoSeriousA11yViolations, screenshotBothThemes } from './support/data-checks';

/**
 * A week with two applications, an interview held, a check-in marked sent and a job fair added by
 * hand: one click from History to the log, an edit, a CSV a spreadsheet opens with the right rows
 * and no formulas, and the printable report in the German form's columns.
 */
test('a week of work search: from History to the log, an edit, a manual entry, CSV through LibreOffice and the report', async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  await callApi(app, 'settings.update', { patch: { userName: 'Sam Lee' } });
  const northwind = await callApi(app, 'applications.create', { company: 'Northwind Traders', role: 'Staff Engineer', stageId: 'applied' });
  const formula = await callApi(app, 'applications.create', {
    company: '=HYPERLINK("http://evil.example","Contoso")',
    role: 'Product Designer',
    stageId: 'applied',
    contacts: [{ name: 'Dana Ruiz', title: 'Recruiter', email: 'dana@contoso.example', phone: '', notes: '' }],
  });
  await callApi(app, 'applications.create', { company: 'Fabrikam', role: 'Data Analyst', stageId: 'wishlist' });
  // Held ten minutes ago (ended five minutes ago), so it is today's and in the past.
  const startsAt = new Date(Math.floor((Date.now() - 10 * 60_000) / 60_000) * 60_000).toISOString();
  const interview = await callApi(app, 'interviews.create', {
    applicationId: formula.id,
    round: 'Portfolio review',
    startsAt,
    durationMinutes: 5,
    timeZone: 'Europe/Berlin',
    format: 'video',
    interviewerIds: [formula.contacts[0]!.id],
    hearBack: { status: 'not_given', date: null, channel: 'email', asked: true },
  });
  const workspace = (await callApi(app, 'workspace.get', {})) as Workspace;
  const checkIn = workspace.followUps.find((f) => f.interviewId === interview.id && f.kind === 'check-in');
  expect(checkIn, 'the interview plans a check-in').toBeTruthy();
  await callApi(app, 'followUps.act', { id: checkIn!.id, act: { action: 'markSent' } });

  await page.goto(app.url);
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('link', { name: 'Work-search log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Work-search log' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Work-search activities' });
  await expect(table.getByRole('row')).toHaveCount(5); // header + 2 applications + interview + check-in
  await expect(table).not.toContainText('Fabrikam');
  await expect(page.getByRole('status').filter({ hasText: 'activities' })).toHaveText('4 activities');

  // The fields Hearback cannot know, by keyboard-reachable controls.
  await page.getByRole('button', { name: /^Edit Northwind Traders/ }).click();
  await page.getByLabel('Contact method').selectOption('email');
  await page.getByLabel('Person or address contacted').fill('careers@northwind.example');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // The editor's own row stays until the save is written; only then is the data row alone.
  await expect(page.getByRole('form', { name: /^Edit Northwind Traders/ })).toHaveCount(0);
  await expect(table.getByRole('row', { name: /Northwind Traders/ })).toContainText('careers@northwind.example');

  // A job fair, added by hand.
  await page.getByRole('button', { name: 'Add an activity…' }).click();
  const form = page.getByRole('form', { name: 'Add an activity' });
  await form.getByLabel('What').selectOption('job-fair');
  await form.getByLabel('Employer or organiser').fill('County job fair');
  await form.getByLabel('Person or address contacted').fill('Hall B, booth 12');
  await form.getByLabel('Result').fill('Two leads');
  await form.getByRole('button', { name: 'Add to the log' }).click();
  await expect(table.getByRole('row')).toHaveCount(6);
  await expect(page.getByRole('status').filter({ hasText: 'activities' })).toHaveText('5 activities');
  await expectNoSeriousA11yViolations(page);
  await screenshotBothThemes(page, 'work-search-log');

  // CSV: quoted, formula-proof, read by LibreOffice as the user's spreadsheet would.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spreadsheet (CSV)' }).click()]);
  const csvPath = join(test.info().outputDir, csvDownload.suggestedFilename());
  await csvDownload.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split('\r\n')[0]).toBe('\uFEFF"Date","Activity","Employer","Position","Contact method","Contact person or address","Result","Note"');
  if (libreOfficeAvailable()) {
    const sheet = await openCsvInCalc(csvPath, { separator: ',' });
    const rows = sheet.filter((r) => r.some((c) => c.text !== ''));
    expect(rows.flat().filter((c) => c.formula !== null)).toEqual([]);
    expect(rows.map((r) => r[1]?.text)).toEqual(['Activity', 'Application', 'Application', 'Interview', 'Follow-up', 'Job fair']);
    const byEmployer = (name: string) => rows.filter((r) => r[2]?.text === name).map((r) => r.map((c) => c.text));
    expect(byEmployer('Northwind Traders')[0]?.slice(3, 6)).toEqual(['Staff Engineer', 'Email', 'careers@northwind.example']);
    expect(byEmployer(`'=HYPERLINK("http://evil.example","Contoso")`).map((r) => r[1])).toEqual(['Application', 'Interview', 'Follow-up']);
    expect(byEmployer('County job fair')[0]?.slice(4, 7)).toEqual(['In person', 'Hall B, booth 12', 'Two leads']);
  } else {
    test.info().annotations.push({ type: 'skipped-part', description: 'LibreOffice (soffice) is not installed: the CSV was checked as text only' });
  }

  // The report in the German form's columns, the user's name and the week; then looked at.
  await page.getByLabel('Form').selectOption('de-eigen');
  const [reportDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Printable report (HTML)' }).click()]);
  const reportPath = join(test.info().outputDir, reportDownload.suggestedFilename());
  await reportDownload.saveAs(reportPath);
  const report = readFileSync(reportPath, 'utf8');
  expect(report).toContain('Nachweis über Eigenbemühungen');
  expect(report).toContain('Sam Lee');
  expect(report).not.toContain('<a ');
  const reportPage = await page.context().newPage();
  await reportPage.goto(`file://${reportPath}`);
  await expect(reportPage.getByRole('columnheader')).toHaveText(['Datum', 'Arbeitgeber', 'Stelle', 'Art der Bewerbung', 'Ergebnis']);
  await expect(reportPage.getByRole('row')).toHaveCount(6);
  await expect(reportPage.getByRole('cell', { name: 'Jobmesse (Persönlich)' })).toBeVisible();
  await reportPage.screenshot({ path: 'test-results/screenshots/work-search-report-de.png', fullPage: true });
  await reportPage.close();

  // Each row links to its record: the application opens over the log.
  await table.getByRole('link', { name: 'Northwind Traders' }).click();
  await expect(page).toHaveURL(new RegExp(`#/worklog/app/${northwind.id}`));
  await expect(page.getByRole('dialog')).toContainText('Northwind Traders');

  // The Data place leads to the log too.
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
  await page.getByRole('link', { name: 'Work-search log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Work-search log' })).toBeVisible();
  await closeAndStop(page, app);
});
