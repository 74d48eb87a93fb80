import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Opens an application's drawer by route, as a notification click or a board card does. */
export async function openApplication(page: Page, applicationId: string, view = 'board'): Promise<Locator> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/${view}/app/${applicationId}`)}`);
  const drawer = page.locator('dialog.drawer');
  await expect(drawer).toBeVisible();
  return drawer;
}

export async function goToday(page: Page): Promise<void> {
  await page.evaluate(`window.location.hash = '#/today'`);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
}

/** Serious and critical axe violations inside `selector` (the whole page when omitted). */
export async function expectNoSeriousAxeViolations(page: Page, selector?: string): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (selector) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(serious, serious.join('\n')).toEqual([]);
}

/** Light and dark screenshots to test-results/screenshots/<screen>-light.png / -dark.png. */
export async function screenshots(page: Page, screen: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `test-results/screenshots/${screen}-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `test-results/screenshots/${screen}-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
}
