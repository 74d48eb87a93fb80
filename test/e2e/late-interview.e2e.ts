import { expect, test } from '@playwright/test';
import { freshDataDir, startApp } from './support/browser-mode';
import { callApi, closeAndStop } from './support/data-api';
import { expectNoDeveloperText } from './support/plain-words';

const DAY = 86_400_000;

test('an interview from eight months ago notifies nothing; Today asks once and plans from the answer', async ({ browser }) => {
  const app = await startApp(freshDataDir(), { TZ: 'UTC' });
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, timezoneId: 'America/Chicago' });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Today' }).click();

  const acme = await callApi(app, 'applications.create', { company: 'Longago Inc', role: 'Engineer', stageId: 'interviewing' });
  const interview = await callApi(app, 'interviews.create', {
    applicationId: acme.id,
    round: 'Final round',
    startsAt: new Date(Date.now() - 240 * DAY).toISOString(),
    timeZone: 'UTC',
  });
  expect(interview.lateEntry).toEqual({ answer: null });

  const section = page.getByRole('region', { name: /Interviews you added afterwards/ });
  await expect(section.getByRole('listitem', { name: 'Final round with Longago Inc' })).toBeVisible();
  // The scheduler has looked (a data change wakes it): nothing was handed over as a notification.
  await expect.poll(async () => (await callApi(app, 'workspace.get', {})).followUps.filter((f) => f.applicationId === acme.id).length).toBeGreaterThan(0);
  const before = (await callApi(app, 'workspace.get', {})).followUps.filter((f) => f.applicationId === acme.id);
  expect(before.flatMap((f) => f.deliveries)).toEqual([]);
  await expect(page.getByText('Send a short thank-you note while the conversation is fresh')).toHaveCount(0);
  await expect(page.locator('.toast')).toHaveCount(0);

  const item = section.getByRole('listitem', { name: 'Final round with Longago Inc' });
  await expect(item.getByRole('button', { name: 'No answer yet' })).toBeDisabled();
  await item.getByRole('radio', { name: 'Yes, I sent one' }).check();
  await item.getByRole('button', { name: 'No answer yet' }).click();
  await expect(section).toHaveCount(0);
  await expect(page.locator('.toast').first()).toContainText('Final round with Longago Inc: thank-you recorded as sent');
  await expectNoDeveloperText(page.locator('main'));

  const after = (await callApi(app, 'workspace.get', {})).followUps.filter((f) => f.applicationId === acme.id);
  expect(after.find((f) => f.kind === 'thank-you')).toMatchObject({ status: 'done', statusReason: 'Marked sent' });
  const firstCheckIn = after.find((f) => f.kind === 'check-in' && f.sequence === 1);
  expect(firstCheckIn?.status).toBe('pending');
  expect(firstCheckIn!.dueAt.slice(0, 10) > new Date().toISOString().slice(0, 10)).toBe(true);
  // Asked once: the answer is kept after a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: /Interviews you added afterwards/ })).toHaveCount(0);
  await closeAndStop(page, app);
});
