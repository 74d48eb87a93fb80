import { expect, test } from '@playwright/test';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { callApi, DAY, stopApp, utcDateFromNow } from './support/workspace-api';
import { expectNoSeriousAxeViolations, goToday, openApplication, screenshots } from './support/workspace-page';

let app: RunningApp;
test.beforeEach(async () => {
  app = await startApp(freshDataDir());
});
test.afterEach(async ({ page }) => {
  await page.close();
  await stopApp(app);
});

test('the application view edits fields, contacts and interviews, shows errors next to the field, and keeps them after a reload', async ({ page, request }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'New application' }).click();
  const add = page.getByRole('dialog', { name: 'New application' });
  await add.getByLabel('Company').fill('Northwind Traders');
  await add.getByLabel('Role').fill('Staff Engineer');
  await add.getByRole('button', { name: 'Add application' }).click();
  await expect(add).toBeHidden();
  const id = (await callApi(request, app, 'workspace.get', {})).applications[0]?.id ?? '';

  const drawer = await openApplication(page, id);
  await expect(page.getByRole('dialog', { name: 'Northwind Traders' })).toBeVisible();
  const details = drawer.getByRole('form', { name: 'Application details' });

  // A value the contract refuses: the message sits next to the field, tied to it for screen readers.
  await details.getByLabel('Job link').fill('northwind.example/jobs/42');
  await details.getByRole('button', { name: 'Save changes' }).click();
  await expect(details.getByLabel('Job link')).toHaveAttribute('aria-invalid', 'true');
  await expect(details.getByLabel('Job link')).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);
  await expect(details.getByText('Must be an http:// or https:// link')).toBeVisible();

  await details.getByLabel('Job link').fill('https://northwind.example/jobs/42');
  await details.getByLabel('Location').fill('Berlin (hybrid)');
  await details.getByLabel('Minimum').fill('85000');
  await details.getByLabel('Maximum').fill('95000');
  await details.getByLabel('Currency').fill('eur');
  await details.getByLabel('Tags').fill('platform, remote-friendly');
  await details.getByLabel(/good fit/).fill('I have run event-sourced systems at scale');
  await details.getByRole('button', { name: 'Save changes' }).click();
  await expect(details.getByLabel('Job link')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(details.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await expect(drawer.getByRole('link', { name: 'Open the job posting' })).toHaveAttribute('rel', 'noreferrer');

  // A contact, then an edit of it.
  await drawer.getByRole('button', { name: 'Add contact' }).click();
  const newContact = drawer.getByRole('form', { name: 'New contact' });
  await newContact.getByLabel('Name').fill('Robin Okafor');
  await newContact.getByLabel('Title').fill('Hiring manager');
  await newContact.getByLabel('Email').fill('robin@northwind.example');
  await newContact.getByRole('button', { name: 'Add contact' }).click();
  await expect(drawer.getByRole('listitem', { name: 'Robin Okafor' })).toContainText('Hiring manager');
  await drawer.getByRole('button', { name: 'Edit Robin Okafor' }).click();
  const editContact = drawer.getByRole('form', { name: 'Edit Robin Okafor' });
  await editContact.getByLabel('Title').fill('Engineering Manager');
  await editContact.getByRole('button', { name: 'Save contact' }).click();
  await expect(drawer.getByRole('listitem', { name: 'Robin Okafor' })).toContainText('Engineering Manager');

  // An interview 12 days ago, in a zone picked from the searchable list, with its promise and detail.
  await drawer.getByRole('button', { name: 'Add interview' }).click();
  const form = page.getByRole('dialog', { name: 'New interview at Northwind Traders' });
  await form.getByLabel('Round').fill('Technical interview');
  await form.getByLabel('Date', { exact: true }).fill(utcDateFromNow(-12 * DAY));
  await form.getByLabel('Start time').fill('10:00');
  await form.getByLabel('Time zone').fill('UTC');
  await form.getByLabel('Robin Okafor').check();
  await expect(form.getByRole('group', { name: 'After the interview' })).toBeVisible();
  await form.getByLabel('By a date').check();
  await form.getByLabel('Promised date').fill(utcDateFromNow(-10 * DAY));
  await form.getByLabel(/How they/).selectOption('email');
  await form.getByLabel(/I asked/).check();
  await form.getByLabel('Memorable detail').fill('The migration to event sourcing');
  await expectNoSeriousAxeViolations(page, 'dialog.interview-dialog');
  await screenshots(page, 'interview-form');
  await form.getByRole('button', { name: 'Add interview' }).click();
  await expect(form).toBeHidden();
  const card = drawer.getByRole('article', { name: 'Technical interview' });
  await expect(card).toContainText('The migration to event sourcing');
  await expect(card).toContainText('Robin Okafor');
  await expect(card).toContainText('by email');
  await expect(card.getByText(/Record when and how/)).toHaveCount(0);

  await expect(drawer.getByRole('region', { name: 'History', exact: true }).getByRole('listitem').first()).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'dialog.drawer');
  await screenshots(page, 'application-view');

  await page.reload();
  const again = page.getByRole('dialog', { name: 'Northwind Traders' });
  await expect(again).toBeVisible();
  await expect(again.getByLabel('Location')).toHaveValue('Berlin (hybrid)');
  await expect(again.getByLabel('Currency')).toHaveValue('EUR');
  await expect(again.getByRole('listitem', { name: 'Robin Okafor' })).toContainText('Engineering Manager');
  await expect(again.getByRole('article', { name: 'Technical interview' })).toContainText('The migration to event sourcing');
  const stored = await callApi(request, app, 'applications.get', { id });
  expect(stored.application.salary).toEqual({ min: 85000, max: 95000, currency: 'EUR', period: 'year' });
  expect(stored.interviews[0]?.hearBack).toMatchObject({ status: 'date', channel: 'email', asked: true });

  // The interview's follow-ups are planned: listed in the drawer and, once closed, in Today.
  await expect(again.getByRole('list', { name: 'Open follow-ups' }).getByRole('listitem', { name: /thank-you note/i })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(again).toBeHidden();
  await goToday(page);
  await expect(page.getByRole('listitem', { name: /^Send a thank-you note to Northwind Traders —/ })).toBeVisible();
});

test('an ended interview without a promise is nudged on its card until it is recorded', async ({ page, request }) => {
  const application = await callApi(request, app, 'applications.create', { company: 'Contoso', role: 'Backend Developer' });
  await callApi(request, app, 'interviews.create', { applicationId: application.id, round: 'Phone screen', startsAt: new Date(Date.now() - 3 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '.000Z'), timeZone: 'UTC', durationMinutes: 30 });
  await page.goto(app.url);
  const drawer = await openApplication(page, application.id);
  const card = drawer.getByRole('article', { name: 'Phone screen' });
  await expect(card.getByText(/Record when and how you’ll hear back/)).toBeVisible();
  await card.getByRole('button', { name: 'Record it' }).click();
  const form = page.getByRole('dialog', { name: 'Edit Phone screen' });
  await form.getByLabel('By a date').check();
  await form.getByRole('button', { name: 'Save interview' }).click();
  await expect(form.getByLabel('Promised date')).toHaveAccessibleDescription(/promised date/);
  await form.getByLabel('No date given').check();
  await form.getByLabel('Memorable detail').fill('Their on-call rotation');
  await form.getByRole('button', { name: 'Save interview' }).click();
  await expect(form).toBeHidden();
  await expect(card.getByText(/Record when/)).toHaveCount(0);
  await expect(card).toContainText('No date given');
});

test('delete asks first, then removes the application', async ({ page, request }) => {
  const application = await callApi(request, app, 'applications.create', { company: 'Fabrikam', role: 'SRE' });
  await page.goto(app.url);
  const drawer = await openApplication(page, application.id);
  await drawer.getByRole('button', { name: 'Archive' }).click();
  await expect(drawer.getByRole('button', { name: 'Restore' })).toBeVisible();
  await drawer.getByRole('button', { name: 'Restore' }).click();
  await drawer.getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete Fabrikam — SRE?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(drawer).toBeVisible();
  await drawer.getByRole('button', { name: 'Delete…' }).click();
  await confirm.getByRole('button', { name: 'Delete application' }).click();
  await expect(drawer).toBeHidden();
  expect((await callApi(request, app, 'workspace.get', {})).applications).toHaveLength(0);
});
