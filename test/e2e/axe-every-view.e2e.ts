import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { freshDataDir, startApp } from './support/browser-mode';
import { closeAndStop, seedApplications, seedInterviews } from './support/data-api';

/** Every axe finding, of any impact, on the page as it is now. */
async function findings(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}) — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/**
 * Opens a dialog with `open`, checks the page with it open, closes it with Escape. Every dialog the
 * app has is opened this way below (the modal dialogs of renderer/src: useModalDialog's users).
 */
async function withDialog(page: Page, name: string | RegExp, open: () => Promise<void>, all: string[], role: 'dialog' | 'alertdialog' = 'dialog'): Promise<void> {
  await open();
  const dialog = page.getByRole(role, { name });
  await expect(dialog).toBeVisible();
  all.push(...(await findings(page, String(name))));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing, of any impact, on every view and every dialog (${colorScheme} theme)`, async ({ browser }) => {
    test.setTimeout(120_000);
    const app = await startApp(freshDataDir(), { TZ: 'UTC' });
    const { ids } = await seedApplications(app);
    await seedInterviews(app, ids);
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, colorScheme });
    const page = await context.newPage();
    await page.goto(app.url);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const all: string[] = [];
    for (const view of ['Today', 'Board', 'History', 'Insights', 'Data', 'Settings']) {
      await nav.getByRole('link', { name: view }).click();
      await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible();
      if (view === 'Insights') await expect(page.getByText('Working out your numbers…')).toHaveCount(0);
      if (view === 'History') await expect(page.getByText('Loading history…')).toHaveCount(0);
      all.push(...(await findings(page, `${view} (${colorScheme})`)));
    }

    // The header's dialogs.
    await withDialog(page, 'New application', () => page.getByRole('button', { name: 'New application' }).click(), all);
    await withDialog(page, /Add from link/, () => page.getByRole('button', { name: 'Add from link' }).click(), all);

    // The board's: a stage's settings and its deletion; an application, an interview, a confirmation.
    await nav.getByRole('link', { name: 'Board' }).click();
    const stageMenu = async (stage: string, item: string) => {
      await page.getByRole('button', { name: `Stage options for ${stage}` }).click();
      await page.getByRole('menuitem', { name: item }).click();
    };
    await withDialog(page, /Applied/, () => stageMenu('Applied', 'Rename or recolour…'), all);
    await withDialog(page, /Delete/, () => stageMenu('Wishlist', 'Delete stage…'), all);
    const application = page.getByRole('dialog').first();
    const openApplication = async () => {
      if (await application.isVisible()) return;
      await page.getByRole('button', { name: /^Open Northwind Traders/ }).click();
      await expect(application).toBeVisible();
    };
    await openApplication();
    all.push(...(await findings(page, 'Application')));
    await withDialog(
      page,
      /interview/i,
      async () => {
        await openApplication();
        await application.getByRole('button', { name: 'Add interview' }).click();
      },
      all,
    );
    await withDialog(
      page,
      /^Delete Northwind Traders/,
      async () => {
        await openApplication();
        await application.getByRole('button', { name: 'Delete…' }).click();
      },
      all,
      'alertdialog',
    );
    if (await application.isVisible()) await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Today's: a follow-up's draft and its skip.
    await nav.getByRole('link', { name: 'Today' }).click();
    const actions = page.getByRole('group', { name: /^Actions for / }).first();
    await withDialog(page, /./, () => actions.getByRole('button', { name: 'Draft' }).click(), all);
    await withDialog(page, /Skip/, () => actions.getByRole('button', { name: 'Skip' }).click(), all);

    // Data's import.
    await nav.getByRole('link', { name: 'Data' }).click();
    await withDialog(page, /Import/, () => page.getByRole('button', { name: 'Import…' }).click(), all);

    expect(all).toEqual([]);
    await closeAndStop(page, app);
  });
}
