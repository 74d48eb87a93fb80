import { expect, test } from '@playwright/test';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { callApi, stopApp } from './support/workspace-api';
import { expectNoSeriousAxeViolations, goToday, screenshots } from './support/workspace-page';
import { seedWeek } from './support/workspace-seed';

let app: RunningApp;
test.beforeEach(async () => {
  app = await startApp(freshDataDir());
});
test.afterEach(async ({ page }) => {
  await page.close();
  await stopApp(app);
});

test('Today teaches what it is for when there is nothing to do', async ({ page }) => {
  await page.goto(app.url);
  await goToday(page);
  await expect(page.getByRole('heading', { name: 'You’re all caught up.' })).toBeVisible();
  await expect(page.getByText('Add an interview to an application and Hearback will remind you to thank and follow up.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'today-empty');
});

test('Today groups promises to record, reminders due and upcoming interviews, with counts', async ({ page, request }) => {
  const seed = await seedWeek(request, app);
  await page.goto(app.url);
  await goToday(page);

  const missing = page.getByRole('region', { name: /Record after your interviews/ });
  await expect(missing.getByRole('heading')).toContainText('1');
  const screenItem = missing.getByRole('listitem', { name: 'Phone screen — Contoso' });
  await expect(screenItem).toContainText('Record when and how you’ll hear back');

  const upcoming = page.getByRole('region', { name: /Interviews in the next 7 days/ });
  await expect(upcoming.getByRole('listitem', { name: 'Onsite loop — Fabrikam' })).toContainText('there)');

  const reminder = page.getByRole('listitem', { name: 'Send the portfolio link — Contoso' });
  await expect(reminder).toBeVisible();
  for (const action of ['Draft', 'Mark sent', 'Snooze', 'Heard back', 'Skip']) {
    await expect(reminder.getByRole('button', { name: action, exact: true })).toBeVisible();
  }
  await reminder.getByRole('button', { name: 'Snooze' }).click();
  await expect(reminder.getByRole('button', { name: 'For 1 hour' })).toBeFocused();
  await expect(reminder.getByRole('button', { name: 'Tomorrow at 09:00' })).toBeVisible();
  await reminder.getByRole('button', { name: 'Pick a time…' }).click();
  await expect(reminder.getByLabel(/Snooze until \(/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reminder.getByRole('button', { name: 'For 1 hour' })).toBeHidden();

  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'today');

  // Recording the promise from Today makes the nudge go away.
  await screenItem.getByRole('button', { name: 'Record the promise' }).click();
  const form = page.getByRole('dialog', { name: 'Edit Phone screen' });
  await form.getByLabel('No date given').check();
  await form.getByLabel('Memorable detail').fill('Their on-call rotation');
  await form.getByRole('button', { name: 'Save interview' }).click();
  await expect(form).toBeHidden();
  await expect(missing).toBeHidden();
  const stored = await callApi(request, app, 'applications.get', { id: seed.contoso.id });
  expect(stored.interviews[0]?.hearBack.status).toBe('not_given');
});

test('follow-ups planned from an interview are drafted, sent, snoozed and skipped from Today, and stay so after a reload', async ({ page, request }) => {
  const seed = await seedWeek(request, app);
  await page.goto(app.url);
  await goToday(page);

  const thanks = page.getByRole('listitem', { name: /^Send a thank-you note to Northwind Traders —/ }).first();
  const checkIn = page.getByRole('listitem', { name: /^Check in with Northwind Traders —/ }).first();
  await expect(thanks).toBeVisible();
  await expect(checkIn).toBeVisible();

  // Snooze the check-in for an hour.
  await checkIn.getByRole('button', { name: 'Snooze' }).click();
  await checkIn.getByRole('button', { name: 'For 1 hour' }).click();
  await expect(page.getByRole('region', { name: /Overdue/ }).getByRole('listitem', { name: /^Check in with Northwind Traders —/ })).toHaveCount(0);

  // Draft the thank-you note: it names the company and quotes the memorable detail.
  await thanks.getByRole('button', { name: 'Draft' }).click();
  const composer = page.getByRole('dialog', { name: /^Draft:/ });
  const body = composer.getByLabel('Message');
  await expect(body).toHaveValue(/Northwind Traders/);
  await expect(body).toHaveValue(/the migration to event sourcing/);
  await expect(composer.getByText('robin@northwind.example')).toBeVisible();
  await expect(composer.getByRole('link', { name: 'Open in mail client' })).toHaveAttribute('href', /^mailto:robin@northwind\.example\?subject=/);
  await expectNoSeriousAxeViolations(page, 'dialog.composer');
  await screenshots(page, 'composer');
  await composer.getByRole('button', { name: 'Phone script' }).click();
  await expect(composer.getByRole('document', { name: 'Phone script' })).toContainText('Northwind Traders');
  await composer.getByRole('button', { name: 'Email' }).click();
  await body.fill(`${await body.inputValue()}\nP.S. Here is the article I mentioned.`);
  await composer.getByRole('button', { name: 'Mark sent' }).click();
  await expect(composer).toBeHidden();
  await expect(page.getByRole('listitem', { name: /^Send a thank-you note to Northwind Traders —/ })).toHaveCount(0);

  // Skip the user's own reminder with a reason and a note.
  const reminder = page.getByRole('listitem', { name: 'Send the portfolio link — Contoso' });
  await reminder.getByRole('button', { name: 'Skip' }).click();
  const skip = page.getByRole('dialog', { name: /^Skip/ });
  await skip.getByLabel('Other').check();
  await skip.getByLabel(/Note/).fill('Sent it in the interview chat');
  await skip.getByRole('button', { name: 'Skip' }).click();
  await expect(reminder).toBeHidden();

  await page.reload();
  await goToday(page);
  await expect(page.getByRole('listitem', { name: /^Send a thank-you note to Northwind Traders —/ })).toHaveCount(0);
  await expect(page.getByRole('listitem', { name: 'Send the portfolio link — Contoso' })).toHaveCount(0);
  const detail = await callApi(request, app, 'applications.get', { id: seed.northwind.id });
  const sent = detail.followUps.find((f) => f.kind === 'thank-you');
  expect(sent?.status).toBe('done');
  expect(sent?.draft?.body).toContain('P.S. Here is the article I mentioned.');
  expect(detail.followUps.some((f) => f.kind === 'check-in' && f.status === 'snoozed')).toBe(true);
  const contoso = await callApi(request, app, 'applications.get', { id: seed.contoso.id });
  expect(contoso.followUps.find((f) => f.title === 'Send the portfolio link')?.statusReason).toContain('Sent it in the interview chat');
});
