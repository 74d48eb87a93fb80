import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { freshDataDir, startApp } from './support/browser-mode';
import { closeAndStop, newPage, seedApplications, seedInterviews } from './support/data-api';

/** Every axe finding, of any impact, on the page as it is now. */
async function findings(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${where}: ${v.id} (${v.impact}) — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('axe finds nothing, of any impact, on every view and with dialogs open', async ({ browser }) => {
  const app = await startApp(freshDataDir(), { TZ: 'UTC' });
  const { ids } = await seedApplications(app);
  await seedInterviews(app, ids);
  const page = await newPage(browser);
  await page.goto(app.url);
  const nav = page.getByRole('navigation', { name: 'Main' });
  const all: string[] = [];
  for (const view of ['Today', 'Board', 'History', 'Insights', 'Data', 'Settings']) {
    await nav.getByRole('link', { name: view }).click();
    await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible();
    if (view === 'Insights') await expect(page.getByText('Loading insights…')).toHaveCount(0);
    if (view === 'History') await expect(page.getByText('Loading history…')).toHaveCount(0);
    all.push(...(await findings(page, view)));
  }
  // Dialogs: New application, an application, Import.
  await page.getByRole('button', { name: 'New application' }).click();
  await expect(page.getByRole('dialog', { name: 'New application' })).toBeVisible();
  all.push(...(await findings(page, 'New application')));
  await page.keyboard.press('Escape');
  await nav.getByRole('link', { name: 'Board' }).click();
  await page.getByRole('button', { name: /^Open Northwind Traders/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  all.push(...(await findings(page, 'Application')));
  await page.keyboard.press('Escape');
  await nav.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  all.push(...(await findings(page, 'Import')));
  expect(all).toEqual([]);
  await closeAndStop(page, app);
});
