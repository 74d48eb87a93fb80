import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { closeAndStop } from './support/data-api';
import { expectNoDeveloperText } from './support/plain-words';

// A newcomer's first ten minutes, in a browser whose zone (America/Chicago) is not the app's (UTC).
const BROWSER_ZONE = 'America/Chicago';

async function open(browser: import('@playwright/test').Browser): Promise<{ page: Page; app: RunningApp }> {
  const app = await startApp(freshDataDir(), { TZ: 'UTC' });
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, timezoneId: BROWSER_ZONE });
  const page = await context.newPage();
  await page.goto(app.url);
  await expect(page.getByRole('button', { name: 'New application' })).toBeEnabled();
  return { page, app };
}

const quickAdd = (page: Page) => page.getByRole('dialog', { name: 'New application' });

test('New application opens on Company by button, by N and by Enter; typing a space never presses Add from link', async ({ browser }) => {
  const { page, app } = await open(browser);
  const ways: [string, () => Promise<void>][] = [
    ['button', () => page.getByRole('button', { name: 'New application' }).click()],
    ['N', () => page.keyboard.press('n')],
    [
      'Enter',
      async () => {
        await page.getByRole('button', { name: 'New application' }).focus();
        await page.keyboard.press('Enter');
      },
    ],
  ];
  for (const [way, openIt] of ways) {
    await page.locator('body').click({ position: { x: 5, y: 800 } });
    await openIt();
    await expect(quickAdd(page).getByLabel('Company'), way).toBeFocused();
    await page.keyboard.type('Keyboard Corp');
    await expect(quickAdd(page).getByLabel('Company'), way).toHaveValue('Keyboard Corp');
    await expect(page.getByRole('dialog', { name: /Add from link/i }), way).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(quickAdd(page)).toHaveCount(0);
  }
  await closeAndStop(page, app);
});

test('a refused form speaks plain words, and a fixed field’s sentence goes away', async ({ browser }) => {
  const { page, app } = await open(browser);
  await page.getByRole('button', { name: 'New application' }).click();
  const dialog = quickAdd(page);
  await dialog.getByLabel('Company').fill('   ');
  await dialog.getByLabel('Role').fill('  ');
  await dialog.getByRole('button', { name: 'Add application' }).click();
  await expect(dialog.getByText('Company is required.')).toBeVisible();
  await expect(dialog.getByText('Role is required.')).toBeVisible();
  await expect(dialog.getByLabel('Company')).toBeFocused();
  await expectNoDeveloperText(dialog);
  await dialog.getByLabel('Company').fill('Plainword Ltd');
  await expect(dialog.getByText('Company is required.')).toHaveCount(0);
  await expect(dialog.getByText('Role is required.')).toBeVisible();
  await dialog.getByLabel('Job link').fill('ftp://nope');
  await dialog.getByLabel('Role').fill('Writer');
  await dialog.getByRole('button', { name: 'Add application' }).click();
  await expect(dialog.getByText('Job link must be an http:// or https:// link.')).toBeVisible();
  await expectNoDeveloperText(dialog);
  await dialog.getByLabel('Job link').fill('');
  await dialog.getByRole('button', { name: 'Add application' }).click();
  await expect(dialog).toHaveCount(0);

  // The application's own form.
  await page.getByRole('button', { name: 'Open Plainword Ltd — Writer' }).click();
  const details = page.getByRole('form', { name: 'Application details' });
  await details.getByLabel('Company').fill(' ');
  await details.getByRole('button', { name: /^Save/ }).click();
  await expect(details.getByText('Company is required.')).toBeVisible();
  await expectNoDeveloperText(page.locator('body'));
  await page.keyboard.press('Escape');

  // Settings: every cadence number, out of range, fractional and blank.
  await page.getByRole('link', { name: 'Settings' }).click();
  const cadence = page.getByRole('form', { name: 'Follow-up cadence' });
  const repeat = cadence.getByLabel('Repeat the check-in every');
  for (const bad of ['0', '61', '2.5']) {
    await repeat.fill(bad);
    await cadence.getByRole('button', { name: 'Save follow-up cadence' }).click();
    await expect(cadence.getByText('Days between check-ins must be a whole number from 1 to 60.'), bad).toBeVisible();
    await expectNoDeveloperText(cadence);
  }
  await repeat.fill('7');
  await cadence.getByLabel('Thank-you note due after').fill('-1');
  await cadence.getByLabel('Check-ins before proposing “ghosted”').fill('99');
  await cadence.getByRole('button', { name: 'Save follow-up cadence' }).click();
  await expect(cadence.getByText('Hours before the thank-you note is due must be a number from 0 to 48.')).toBeVisible();
  await expect(cadence.getByText('Check-ins before proposing “ghosted” must be a whole number from 1 to 10.')).toBeVisible();
  await expectNoDeveloperText(cadence);

  // Mail: Test connection with the fields left empty (the mail form is another area's; only the words are checked here).
  const mail = page.getByRole('region', { name: 'Mail' });
  if ((await mail.count()) > 0) {
    const test = mail.getByRole('button', { name: 'Test connection' });
    if ((await test.count()) > 0) {
      await test.click();
      await expect(mail.getByText(/required|must|not valid/).first()).toBeVisible();
      await expectNoDeveloperText(mail);
    }
  }
  await expectNoDeveloperText(page.locator('body'));
  await closeAndStop(page, app);
});

test('focus stays where the hand is: after adding, the new card; after Move to…, the moved card', async ({ browser }) => {
  const { page, app } = await open(browser);
  await page.keyboard.press('n');
  await page.keyboard.type('Focus Works');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Engineer');
  await page.keyboard.press('Enter');
  await expect(quickAdd(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open Focus Works — Engineer' })).toBeFocused();

  // Tab to the card's menu, choose a column with the keyboard.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Move Focus Works — Engineer to…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Interviewing' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Interviewing applications' }).getByText('Focus Works')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Interviewing applications' }).getByRole('button', { name: 'Move Focus Works — Engineer to…' })).toBeFocused();

  // Adding from Today returns focus to the button that opened the form.
  await page.getByRole('link', { name: 'Today' }).click();
  await page.getByRole('button', { name: 'New application' }).click();
  await page.keyboard.type('Second Co');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Analyst');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'New application' })).toBeFocused();
  await closeAndStop(page, app);
});

test('one zone: the app’s zone (UTC) is the one Settings shows and every time uses, though the browser is in Chicago', async ({ browser }) => {
  const { page, app } = await open(browser);
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(BROWSER_ZONE);
  await page.getByRole('link', { name: 'Settings' }).click();
  const zone = page.getByRole('region', { name: 'Time zone' });
  await expect(zone.getByRole('radio', { name: 'Follow this computer’s zone (UTC)' })).toBeChecked();
  await expect(zone.getByText('Now using UTC.')).toBeVisible();
  await expect(zone.getByRole('combobox', { name: 'Time zone' })).toHaveValue('UTC');
  await expect(zone.locator('fieldset')).not.toContainText('Chicago');
  await expect(zone.getByText(/Now using/)).not.toContainText('Chicago');

  // Pinning a zone: the radio no longer names a zone it is not using, and times follow the pin.
  await zone.getByRole('radio', { name: 'Always use a specific zone' }).check();
  await zone.getByRole('combobox', { name: 'Time zone' }).selectOption('Asia/Tokyo');
  await expect(zone.getByRole('status')).toHaveText('✓ Saved');
  await expect(zone.getByText('Now using Asia/Tokyo.')).toBeVisible();
  await expect(zone.getByRole('radio', { name: 'Follow this computer’s zone' })).not.toBeChecked();
  await zone.getByRole('radio', { name: /Follow this computer’s zone/ }).check();
  await expect(zone.getByText('Now using UTC.')).toBeVisible();
  await expect(zone.getByRole('radio', { name: 'Follow this computer’s zone (UTC)' })).toBeChecked();

  // A history time is the app's: an application created now shows the UTC hour, not Chicago's.
  await page.getByRole('button', { name: 'New application' }).click();
  await page.keyboard.type('Zone Check');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Clockmaker');
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'History' }).click();
  const utcHour = new Date().toISOString().slice(11, 13);
  const item = page.getByRole('listitem').filter({ hasText: 'Zone Check' }).first();
  await expect(item).toBeVisible();
  const utc12 = `${String(((Number(utcHour) + 11) % 12) + 1).padStart(2, '0')}:`;
  await expect(item.locator('time').first()).toContainText(new RegExp(`^(${utcHour}|${utc12})`));
  await expect(page.getByText('Changed time zone').first()).toBeVisible();
  await expectNoDeveloperText(page.locator('main'));
  await closeAndStop(page, app);
});

/** Every visible button outside the toasts that a toast's box overlaps. */
async function buttonsUnderToasts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const toasts = [...document.querySelectorAll<HTMLElement>('.toast')].map((t) => t.getBoundingClientRect());
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return [...document.querySelectorAll<HTMLElement>('button, a[href], [role="menuitem"]')]
      .filter((b) => !b.closest('.toasts') && b.offsetParent !== null)
      .filter((b) => {
        const box = b.getBoundingClientRect();
        return box.width > 0 && toasts.some((t) => hit(t, box));
      })
      .map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '');
  });
}

test('toasts: at most three, newest on top, older ones collapsed, never over a button, dismissed by keyboard', async ({ browser }) => {
  const { page, app } = await open(browser);
  for (const company of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']) {
    await page.getByRole('button', { name: 'New application' }).click();
    await page.keyboard.type(company);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Role');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Open ${company} — Role` })).toBeFocused();
  }
  for (const company of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']) {
    await page.getByRole('button', { name: `Move ${company} — Role to…` }).click();
    await page.getByRole('menuitem', { name: 'Offer' }).click();
    await expect(page.locator('.toast').first()).toContainText(`Moved ${company} — Role to Offer`);
  }
  const toasts = page.locator('.toast');
  await expect(toasts).toHaveCount(3);
  await expect(toasts.nth(0)).toContainText('Echo');
  await expect(toasts.nth(1)).toContainText('Delta');
  await expect(toasts.nth(2)).toContainText('Charlie');
  await expect(toasts.nth(0)).not.toHaveClass(/collapsed/);
  await expect(toasts.nth(1)).toHaveClass(/collapsed/);
  expect(await buttonsUnderToasts(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/toasts-board.png' });

  // Today, with the toasts still there: nothing on it is covered.
  await page.getByRole('link', { name: 'Today' }).click();
  expect(await buttonsUnderToasts(page)).toEqual([]);

  // Keyboard: Tab reaches a toast's Dismiss; Escape on a toast dismisses it.
  await toasts.nth(0).getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Escape');
  await expect(toasts).toHaveCount(2);
  await toasts.nth(0).getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(toasts).toHaveCount(1);
  await closeAndStop(page, app);
});

test('a Data place for backup, export and import, reached from the menu and from Settings; History keeps its timeline', async ({ browser }) => {
  const { page, app } = await open(browser);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'Your data: backup, export and import' }).getByRole('link', { name: 'Data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Full backup \(JSON\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id} (${v.impact})`)).toEqual([]);
  await closeAndStop(page, app);
});

test('a load asks for nothing that is missing (the favicon is inline)', async ({ browser }) => {
  const app = await startApp(freshDataDir(), { TZ: 'UTC' });
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto(app.url);
  await expect(page.getByRole('button', { name: 'New application' })).toBeEnabled();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New application' })).toBeEnabled();
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  expect(missing).toEqual([]);
  // The browser's own favicon fetch is not a request of the page (Playwright never sees it, so the
  // list above cannot catch its 404): the page must name an icon that loads, or the browser asks
  // for /favicon.ico, which no host serves.
  await expect(page.locator('link[rel~="icon"]'), 'the page names its icon').toHaveCount(1);
  const icon = await page.locator('link[rel~="icon"]').getAttribute('href');
  expect(icon).toBeTruthy();
  const answer = await page.request.get(new URL(icon!, page.url()).href);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toContain('image/svg+xml');
  await closeAndStop(page, app);
});

test('Escape on a dialog over an application closes that dialog only, and the hand is back in the application', async ({ browser }) => {
  const { page, app } = await open(browser);
  await page.getByRole('button', { name: 'New application' }).click();
  await quickAdd(page).getByLabel('Company').fill('Nested Co');
  await quickAdd(page).getByLabel('Role').fill('Engineer');
  await quickAdd(page).getByRole('button', { name: 'Add application' }).click();
  await page.getByRole('button', { name: 'Open Nested Co — Engineer' }).click();
  const application = page.getByRole('dialog', { name: 'Nested Co' });
  await expect(application).toBeVisible();
  const addInterview = application.getByRole('button', { name: 'Add interview' });
  await addInterview.click();
  const interview = page.getByRole('dialog', { name: /interview/i });
  await expect(interview).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(interview).toBeHidden();
  await expect(application).toBeVisible();
  await expect(addInterview).toBeFocused();
  // The confirmation over it, the same.
  await application.getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByRole('alertdialog', { name: /^Delete Nested Co/ });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(application).toBeVisible();
  await closeAndStop(page, app);
});
