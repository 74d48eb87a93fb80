import { expect, test } from '@playwright/test';
import { freshDataDir, startApp } from './support/browser-mode';
import { callApi, closeAndStop, newPage } from './support/data-api';
import { expectNoSeriousA11yViolations } from './support/data-checks';

/**
 * The weekly work-search reminder in browser mode, with the real clock: the zone is chosen so that
 * it is now between 09:00 and 21:00 there, and the day chosen in Settings is today, so turning the
 * reminder on shows it at once — as a toast whose Review opens last week's log.
 */
const ZONES = ['UTC', 'Asia/Tokyo', 'Asia/Kolkata', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu', 'Pacific/Auckland'];

function wallNow(zone: string): { hour: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: 'numeric', hourCycle: 'h23', weekday: 'long' }).formatToParts(new Date());
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  return { hour: Number(parts.find((p) => p.type === 'hour')?.value), weekday: days.indexOf(parts.find((p) => p.type === 'weekday')?.value ?? '') + 1 };
}

test('turning the weekly reminder on for today shows last week’s count; Review opens that week', async ({ browser }) => {
  const zone = ZONES.find((z) => wallNow(z).hour >= 9 && wallNow(z).hour < 20)!;
  const page = await newPage(browser);
  const app = await startApp(freshDataDir());
  await callApi(app, 'settings.update', { patch: { timeZone: zone, quietHours: { enabled: false, start: '21:00', end: '08:00' } } });

  // On for tomorrow (set through the API): nothing today.
  const today = wallNow(zone).weekday;
  await callApi(app, 'settings.update', { patch: { workLogReminder: { enabled: true, weekday: (today % 7) + 1 } } });

  await page.goto(app.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Weekly work-search reminder' });
  await expect(section.getByRole('checkbox', { name: 'Remind me to review my work-search log' })).toBeChecked();
  const reminderToast = page.getByRole('status').filter({ hasText: 'work-search log for last week' });
  await expect(reminderToast).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  // Today chosen: shown at once (the toast lasts a few seconds, like a reminder's).
  const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  await section.getByLabel('Remind me on').selectOption(names[today - 1]!);
  const toast = reminderToast.filter({ hasText: 'Your work-search log for last week has no activities yet — add what you did.' });
  await expect(toast).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('work-search-reminder-toast.png') });
  await toast.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Work-search log' })).toBeVisible();
  expect(page.url()).toMatch(/#\/worklog\/week\/\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
  await expectNoSeriousA11yViolations(page);

  // Shown once: a reload (the server keeps running) brings no second toast.
  await page.reload();
  await page.waitForTimeout(500);
  await expect(page.getByRole('status').filter({ hasText: 'work-search log for last week' })).toHaveCount(0);
  await closeAndStop(page, app);
});
