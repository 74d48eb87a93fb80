import { expect, test } from '@playwright/test';
import { freshDataDir, startApp } from './support/browser-mode';
import { closeAndStop, newPage } from './support/data-api';
import { expectNoSeriousA11yViolations, screenshotBothThemes } from './support/data-checks';

test('quiet hours and a cadence default persist across a reload and a restart', async ({ browser }) => {
  let page = await newPage(browser);
  const dataDir = freshDataDir();
  let app = await startApp(dataDir);
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Settings' }).click();

  const quiet = page.getByRole('form', { name: 'Quiet hours' });
  await quiet.getByLabel('Quiet from').fill('22:30');
  await quiet.getByLabel('Quiet until').fill('07:15');
  await quiet.getByRole('button', { name: 'Save quiet hours' }).click();
  await expect(quiet.getByRole('status')).toHaveText('✓ Saved');

  const cadence = page.getByRole('form', { name: 'Follow-up cadence' });
  await cadence.getByLabel('Check-ins before proposing “ghosted”').fill('3');
  await cadence.getByLabel('Check-in reminder time').fill('10:30');
  await cadence.getByRole('button', { name: 'Save follow-up cadence' }).click();
  await expect(cadence.getByRole('status')).toHaveText('✓ Saved');

  await page.reload();
  await expect(page.getByRole('form', { name: 'Quiet hours' }).getByLabel('Quiet from')).toHaveValue('22:30');

  await closeAndStop(page, app);
  app = await startApp(dataDir);
  page = await newPage(browser);
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('form', { name: 'Quiet hours' }).getByLabel('Quiet from')).toHaveValue('22:30');
  await expect(page.getByRole('form', { name: 'Quiet hours' }).getByLabel('Quiet until')).toHaveValue('07:15');
  await expect(page.getByRole('form', { name: 'Follow-up cadence' }).getByLabel('Check-ins before proposing “ghosted”')).toHaveValue('3');
  await expect(page.getByRole('form', { name: 'Follow-up cadence' }).getByLabel('Check-in reminder time')).toHaveValue('10:30');
  await closeAndStop(page, app);
});

test('an invalid value shows the contract issue next to the field and is not saved', async ({ browser }) => {
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  const cadence = page.getByRole('form', { name: 'Follow-up cadence' });
  const field = cadence.getByLabel('Check-ins before proposing “ghosted”');
  await field.fill('25');
  await cadence.getByRole('button', { name: 'Save follow-up cadence' }).click();
  await expect(cadence.getByRole('status')).toHaveText(/Not saved/);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(cadence.getByText(/Check-ins before proposing “ghosted”.*10/)).toBeVisible();

  await field.fill('');
  await cadence.getByRole('button', { name: 'Save follow-up cadence' }).click();
  await expect(cadence.getByText('Check-ins before proposing “ghosted” is required')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('form', { name: 'Follow-up cadence' }).getByLabel('Check-ins before proposing “ghosted”')).toHaveValue('2');
  await closeAndStop(page, app);
});

test('work week, holidays, time zone and toggles save on change', async ({ browser }) => {
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  const week = page.getByRole('region', { name: 'Work week and holidays' });
  await week.getByRole('checkbox', { name: 'Saturday' }).check();
  await expect(week.getByRole('status')).toHaveText('✓ Saved');
  await week.getByLabel('Add a holiday').fill('2026-12-25');
  await week.getByRole('button', { name: 'Add holiday' }).click();
  await expect(week.getByRole('list', { name: 'Holidays' }).getByRole('listitem')).toHaveCount(1);

  const zone = page.getByRole('region', { name: 'Time zone' });
  await zone.getByRole('radio', { name: 'Always use a specific zone' }).check();
  await zone.getByRole('combobox', { name: 'Time zone' }).selectOption('Asia/Tokyo');
  await expect(zone.getByRole('status')).toHaveText('✓ Saved');

  const notifications = page.getByRole('region', { name: 'Notifications and startup' });
  await notifications.getByRole('checkbox', { name: 'Show desktop notifications for due follow-ups' }).uncheck();
  await expect(notifications.getByText('✓ Saved')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Saturday' })).toBeChecked();
  await expect(page.getByRole('button', { name: /Remove holiday/ })).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Asia/Tokyo');
  await expect(page.getByRole('checkbox', { name: 'Show desktop notifications for due follow-ups' })).not.toBeChecked();
  await closeAndStop(page, app);
});

test('the test-notification button says what happened; the page is accessible in both themes', async ({ browser }) => {
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Notifications and startup' });
  await section.getByRole('button', { name: 'Send a test notification' }).click();
  await expect(section.getByText(/Test notification sent|Sent, but this browser blocks notifications/)).toBeVisible();

  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page);
  await screenshotBothThemes(page, 'settings');
  await closeAndStop(page, app);
});
