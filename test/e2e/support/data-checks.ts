import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** No serious or critical axe violations on the page as it is now. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(described).toEqual([]);
}

/** Light and dark screenshots of the current screen, in test-results/screenshots. */
export async function screenshotBothThemes(page: Page, screen: string): Promise<void> {
  // The view scrolls inside the app shell, so a full-page shot needs a viewport as tall as the view.
  const viewport = page.viewportSize() ?? { width: 1360, height: 860 };
  const overflow = await page.evaluate(() => {
    const view = document.querySelector('.view');
    return view ? view.scrollHeight - view.clientHeight : 0;
  });
  if (overflow > 0) await page.setViewportSize({ width: viewport.width, height: viewport.height + overflow });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/screenshots/${screen}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(viewport);
}
