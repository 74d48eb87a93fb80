import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freshDataDir, startApp } from './support/browser-mode';
import { callApi, closeAndStop, newPage } from './support/data-api';

test('the printable report keeps a very long link inside the page', async ({ browser }) => {
  const app = await startApp(freshDataDir(), { TZ: 'UTC' });
  const longLink = `https://careers.example.com/jobs/${'senior-platform-engineer-distributed-systems-'.repeat(8)}12345?utm_source=${'x'.repeat(120)}`;
  await callApi(app, 'applications.create', { company: 'Longlink GmbH', role: 'Engineer', jobUrl: longLink });
  const page = await newPage(browser);
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Printable report/ }).click()]);
  const path = join(test.info().outputDir, download.suggestedFilename());
  await download.saveAs(path);
  const report = await browser.newPage({ viewport: { width: 800, height: 1000 } });
  await report.setContent(readFileSync(path, 'utf8'));
  await expect(report.getByText('Longlink GmbH').first()).toBeVisible();
  const { scroll, client } = await report.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  await report.close();
  await closeAndStop(page, app);
});

/** Words of the cells in `table` that the layout split over two lines. */
async function wordsBrokenMidWord(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('.preview-table th, .preview-table td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[A-Za-zÀ-ž]{2,24}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

test('the import preview never wraps a word in the middle', async ({ browser }) => {
  const app = await startApp(freshDataDir(), { TZ: 'UTC' });
  const page = await newPage(browser);
  await page.setViewportSize({ width: 1024, height: 800 });
  const csv = [
    'Company,Job Title,Status,Location,Date Applied,Salary,Notes',
    'Northwind Traders International,Senior Platform Engineer,Interviewing,Berlin Germany,2026-10-01,85000,Referred by a former colleague',
    'Contoso Pharmaceuticals,Principal Infrastructure Architect,Applied,Remote Europe,2026-10-02,95000,Applied through the careers page',
  ].join('\n');
  const path = join(test.info().outputDir, 'tracker.csv');
  mkdirSync(test.info().outputDir, { recursive: true });
  writeFileSync(path, csv);
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('CSV file').setInputFiles(path);
  await expect(dialog.getByRole('table', { name: /Preview of the first/ })).toBeVisible();
  expect(await wordsBrokenMidWord(page)).toEqual([]);
  await closeAndStop(page, app);
});
