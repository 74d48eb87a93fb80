import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { FollowUp, Interview } from '../../shared/domain';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { callApi, DAY, fromNow, HOUR, stopApp, utcDateFromNow } from './support/workspace-api';
import { expectNoSeriousAxeViolations, openApplication, screenshots } from './support/workspace-page';

/**
 * The follow-up lifecycle (shared/followup/LIFECYCLE.md) as a new user meets it, through the UI:
 * snoozing before the promise, skipping one or all, heard back on a check-in, a promised date
 * before the interview, and the thank-you before the hear-back question.
 */

let app: RunningApp;
test.beforeEach(async () => {
  app = await startApp(freshDataDir());
});
test.afterEach(async ({ page }) => {
  await page.close();
  await stopApp(app);
});

async function seedInterview(request: APIRequestContext, startsInMs: number, hearBack: Interview['hearBack']) {
  const application = await callApi(request, app, 'applications.create', {
    company: 'Initech',
    role: 'Platform Engineer',
    stageId: 'interviewing',
    contacts: [{ name: 'Sam Lee', title: 'Engineering Manager', email: 'sam@initech.example', phone: '', notes: '' }],
  });
  const interview = await callApi(request, app, 'interviews.create', {
    applicationId: application.id,
    round: 'Onsite',
    startsAt: fromNow(startsInMs),
    timeZone: 'UTC',
    durationMinutes: 60,
    interviewerIds: [application.contacts[0]?.id ?? ''],
    hearBack,
  });
  return { application, interview };
}

async function followUps(request: APIRequestContext, applicationId: string): Promise<FollowUp[]> {
  return (await callApi(request, app, 'applications.get', { id: applicationId })).followUps;
}

/** The calendar day of an instant in this machine's zone, which browser mode also plans in. */
const localDay = (instant: string): string => new Date(instant).toLocaleDateString('en-CA');
const openList = (drawer: Locator) => drawer.getByRole('list', { name: 'Open follow-ups' });
const toast = (page: Page) =>
  page
    .getByRole('status')
    .filter({ has: page.getByRole('button', { name: 'Undo' }) })
    .last();

test('snoozing a check-in that is not due yet postpones it from its due time, never before the promise', async ({ page, request }) => {
  const { application } = await seedInterview(request, -2 * DAY, { status: 'date', date: utcDateFromNow(7 * DAY), channel: 'email', asked: true });
  const checkIn = (await followUps(request, application.id)).find((f) => f.kind === 'check-in' && f.sequence === 1)!;
  await page.goto(app.url);
  const drawer = await openApplication(page, application.id);
  const item = openList(drawer).getByRole('listitem', { name: 'Check in with Initech', exact: true });
  await item.getByRole('button', { name: 'Snooze' }).click();

  // No "Tomorrow at 09:00" (it would pull the check-in to before the promised date): postpone choices instead.
  await expect(item.getByRole('button', { name: 'Tomorrow at 09:00' })).toHaveCount(0);
  await expect(item.getByRole('button', { name: /^Postpone 1 week \(to / })).toBeVisible();
  const dayLater = item.getByRole('button', { name: /^Postpone 1 day \(to / });
  await expect(dayLater).toBeFocused();

  // "Pick a time…" starts a day after the due time, not at now + 1 day.
  await item.getByRole('button', { name: 'Pick a time…' }).click();
  const picker = item.getByLabel(/Remind me at \(/);
  const startValue = await picker.inputValue();
  expect(Date.parse(`${startValue}:00Z`)).toBeGreaterThan(Date.parse(checkIn.dueAt));

  // A time before the promise is explained and needs a second, explicit click.
  const early = new Date(Date.now() + 2 * DAY);
  await picker.fill(`${early.toISOString().slice(0, 10)}T10:00`);
  await item.getByRole('button', { name: 'Remind me then' }).click();
  await expect(item.getByRole('alert')).toContainText('This is before the promised date: check-ins wait until');
  await screenshots(page, 'snooze-before-promise');
  expect((await followUps(request, application.id)).find((f) => f.id === checkIn.id)?.status).toBe('pending');
  await page.keyboard.press('Escape');

  await item.getByRole('button', { name: 'Snooze' }).click();
  await item.getByRole('button', { name: /^Postpone 1 day \(to / }).click();
  await expect(toast(page)).toContainText('Snoozed “Check in with Initech” until');
  const snoozed = (await followUps(request, application.id)).find((f) => f.id === checkIn.id)!;
  expect(snoozed.status).toBe('snoozed');
  const moved = Date.parse(snoozed.snoozedUntil!) - Date.parse(checkIn.dueAt);
  expect(moved).toBeGreaterThanOrEqual(23 * HOUR);
  expect(moved).toBeLessThanOrEqual(25 * HOUR);
});

test('"Pick a time…" before the promise works only when confirmed, and the toast says so', async ({ page, request }) => {
  const { application } = await seedInterview(request, -2 * DAY, { status: 'date', date: utcDateFromNow(7 * DAY), channel: 'email', asked: true });
  await page.goto(app.url);
  const drawer = await openApplication(page, application.id);
  const item = openList(drawer).getByRole('listitem', { name: 'Check in with Initech', exact: true });
  await item.getByRole('button', { name: 'Snooze' }).click();
  await item.getByRole('button', { name: 'Pick a time…' }).click();
  const early = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
  await item.getByLabel(/Remind me at \(/).fill(`${early}T10:00`);
  await item.getByRole('button', { name: 'Remind me then' }).click();
  await item.getByRole('button', { name: 'Remind me before the promise' }).click();
  await expect(toast(page)).toContainText('That is before the promised date.');
  const checkIn = (await followUps(request, application.id)).find((f) => f.kind === 'check-in' && f.sequence === 1)!;
  expect(checkIn.status).toBe('snoozed');
});

test('Skip asks which reminders, defaults to this one, pre-selects no reason, and the toast names everything it skipped', async ({ page, request }) => {
  const { application } = await seedInterview(request, -2 * DAY, { status: 'date', date: utcDateFromNow(2 * DAY), channel: 'email', asked: true });
  await page.goto(app.url);
  const drawer = await openApplication(page, application.id);
  const second = openList(drawer).getByRole('listitem', { name: 'Check in with Initech again (2 of 2)' });
  await second.getByRole('button', { name: 'Skip' }).click();
  const dialog = page.getByRole('dialog', { name: /^Skip “Check in with Initech again/ });
  await expect(dialog.getByRole('radio', { name: /Only this one/ })).toBeChecked();
  for (const reason of ['I bombed it', 'No longer interested', 'Other']) await expect(dialog.getByRole('radio', { name: reason, exact: true })).not.toBeChecked();
  await expectNoSeriousAxeViolations(page, 'dialog.dialog');
  await screenshots(page, 'skip-dialog');
  await dialog.getByRole('button', { name: 'Skip this one' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose a reason.');
  await dialog.getByRole('radio', { name: 'I bombed it' }).check();
  await dialog.getByRole('button', { name: 'Skip this one' }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(page)).toHaveText(/^Skipped “Check in with Initech again \(2 of 2\)”\.Undo/);

  // The first check-in (and the thank-you) stay.
  await expect(openList(drawer).getByRole('listitem', { name: 'Check in with Initech', exact: true })).toBeVisible();
  const after = await followUps(request, application.id);
  expect(after.filter((f) => f.status === 'skipped').map((f) => f.sequence)).toEqual([2]);

  // "All remaining" skips the rest and the toast names each of them.
  const first = openList(drawer).getByRole('listitem', { name: 'Check in with Initech', exact: true });
  await first.getByRole('button', { name: 'Skip' }).click();
  const again = page.getByRole('dialog', { name: /^Skip “Check in with Initech”/ });
  await again.getByRole('radio', { name: /All remaining reminders for this interview/ }).check();
  await again.getByRole('radio', { name: 'No longer interested' }).check();
  await again.getByRole('button', { name: 'Skip all remaining' }).click();
  await expect(toast(page)).toContainText('Also skipped: “Send a thank-you note to Initech”.');
  expect((await followUps(request, application.id)).every((f) => f.status === 'skipped')).toBe(true);

  // Undo restores exactly what that skip changed: the second check-in stays skipped.
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await followUps(request, application.id)).map((f) => `${f.kind}${f.sequence}:${f.status}`).sort()).toEqual(['check-in1:pending', 'check-in2:skipped', 'thank-you0:pending']);
});

test('"Heard back" on a check-in cancels it; Insights does not count it as a check-in sent', async ({ page, request }) => {
  const { application } = await seedInterview(request, -12 * DAY, { status: 'date', date: utcDateFromNow(-10 * DAY), channel: 'email', asked: true });
  // Insights need a few applications before they measure anything.
  for (const company of ['Globex', 'Umbrella']) await callApi(request, app, 'applications.create', { company, role: 'Engineer', stageId: 'applied' });
  await page.goto(app.url);
  const drawer = await openApplication(page, application.id);
  await openList(drawer).getByRole('listitem', { name: 'Check in with Initech', exact: true }).getByRole('button', { name: 'Heard back' }).click();
  await expect(toast(page)).toContainText('Recorded that you heard back; “Check in with Initech” is cancelled. Also cancelled: “Check in with Initech again (2 of 2)”.');
  const checkIn = (await followUps(request, application.id)).find((f) => f.kind === 'check-in' && f.sequence === 1)!;
  expect(checkIn).toMatchObject({ status: 'cancelled', statusReason: 'Heard back' });

  await page.evaluate(`window.location.hash = '#/insights'`);
  const card = page.getByRole('region', { name: 'Does following up pay off?' });
  await expect(card).toContainText('No check-in marked sent yet.');
  await expect(card).not.toContainText('after you checked in');
});

test('a promised date before the interview is refused next to the field', async ({ page, request }) => {
  const { application, interview } = await seedInterview(request, -1 * DAY, { status: 'not_given', date: null, channel: 'email', asked: true });
  await page.goto(app.url);
  const drawer = await openApplication(page, application.id);
  await drawer.getByRole('button', { name: 'Edit Onsite' }).click();
  const form = page.getByRole('dialog', { name: 'Edit Onsite' });
  await form.getByLabel('By a date').check();
  await form.getByLabel('Promised date').fill(utcDateFromNow(-3 * DAY));
  await form.getByRole('button', { name: 'Save interview' }).click();
  await expect(form.getByRole('alert').filter({ hasText: /on or after the interview’s day/ })).toBeVisible();
  await expect(form.getByLabel('Promised date')).toHaveAttribute('aria-invalid', 'true');
  await screenshots(page, 'promise-before-interview');
  const stored = await callApi(request, app, 'applications.get', { id: application.id });
  expect(stored.interviews.find((i) => i.id === interview.id)?.hearBack.status).toBe('not_given');

  // Through the contract too, naming the field.
  const response = await request.post(`${app.origin}/api/call/interviews.update`, {
    data: { id: interview.id, patch: { hearBack: { status: 'date', date: utcDateFromNow(-3 * DAY), channel: 'email', asked: true } } },
    headers: { Authorization: `Bearer ${app.token}` },
  });
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'hearBack.date' }] } });

  await form.getByLabel('Promised date').fill(utcDateFromNow(3 * DAY));
  await form.getByRole('button', { name: 'Save interview' }).click();
  await expect(form).toBeHidden();
});

test('the thank-you comes first; asking when you will hear back is not a second email that day', async ({ page, request }) => {
  const { application } = await seedInterview(request, -5 * HOUR, { status: 'unknown', date: null, channel: null, asked: false });
  const planned = await followUps(request, application.id);
  const thanks = planned.find((f) => f.kind === 'thank-you')!;
  const prompt = planned.find((f) => f.kind === 'hear-back-prompt')!;
  expect(Date.parse(prompt.dueAt)).toBeGreaterThan(Date.parse(thanks.dueAt));
  expect(localDay(prompt.dueAt)).not.toBe(localDay(thanks.dueAt));

  await page.goto(app.url);
  const drawer = await openApplication(page, application.id);
  const items = openList(drawer).getByRole('listitem');
  await expect(items.first()).toHaveAccessibleName('Send a thank-you note to Initech');
  await expect(openList(drawer).getByRole('listitem', { name: 'When and how will you hear back from Initech?' })).toBeVisible();

  await openList(drawer).getByRole('listitem', { name: 'Send a thank-you note to Initech' }).getByRole('button', { name: 'Mark sent' }).click();
  await expect(toast(page)).toContainText('Marked “Send a thank-you note to Initech” as sent.');
  const after = (await followUps(request, application.id)).find((f) => f.id === prompt.id)!;
  expect(localDay(after.dueAt) > localDay(new Date().toISOString())).toBe(true);
});
