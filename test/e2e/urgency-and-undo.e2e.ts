import { expect, test, type Page } from '@playwright/test';
import { storedBoard } from './support/board-api';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { callApi, DAY, fromNow, HOUR, stopApp, utcDateFromNow } from './support/workspace-api';
import { expectNoSeriousAxeViolations, goToday, openApplication, screenshots } from './support/workspace-page';

/**
 * Undo, the planned check-ins in Today, and what counts as overdue, tried as a user would: each
 * Undo reverses its own change, a sent thank-you shows what comes next, and the board and Today
 * agree on the same clock.
 */

let app: RunningApp;
test.beforeEach(async () => {
  app = await startApp(freshDataDir());
});
test.afterEach(async ({ page }) => {
  await page.close();
  await stopApp(app);
});

const goBoard = async (page: Page) => {
  await page.evaluate(`window.location.hash = '#/board'`);
  await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
};
const card = (page: Page, name: string) => page.getByRole('article', { name });
const moveWithMenu = async (page: Page, name: string, stage: string) => {
  await page.getByRole('button', { name: `Move ${name} to…` }).click();
  await page.getByRole('menuitem', { name: stage }).click();
};
const toast = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

test('a stale Undo never undoes a different application; each Undo reverses its own move', async ({ page, request }) => {
  await callApi(request, app, 'applications.create', { company: 'Globex', role: 'Designer', stageId: 'applied' });
  await callApi(request, app, 'applications.create', { company: 'Initech', role: 'Analyst', stageId: 'applied' });
  await page.goto(app.url);
  await goBoard(page);

  // Move Globex, move Initech, press Ctrl+Z (Initech goes back)…
  await moveWithMenu(page, 'Globex — Designer', 'Interviewing');
  await expect(toast(page, 'Moved Globex — Designer to Interviewing')).toBeVisible();
  await moveWithMenu(page, 'Initech — Analyst', 'Interviewing');
  const initechToast = toast(page, 'Moved Initech — Analyst to Interviewing');
  await expect(initechToast).toBeVisible();
  await page.locator('.toasts').hover(); // the user reaches for the toasts: they wait
  await page.keyboard.press('Control+z');
  await expect(toast(page, /^Undone: /)).toBeVisible();
  await expect.poll(() => storedBoard(app)).toMatchObject({ Applied: ['Initech'], Interviewing: ['Globex'] });

  // …then the still-visible "Moved Initech… [Undo]": it can no longer undo, and says why.
  await expect(initechToast.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(initechToast).toContainText('Can’t undo: already undone.');
  await screenshots(page, 'undo-toast-stale');
  await expect.poll(() => storedBoard(app)).toMatchObject({ Applied: ['Initech'], Interviewing: ['Globex'] }); // Globex did not move back

  // Globex's own toast still undoes exactly Globex's move.
  const globexToast = toast(page, 'Moved Globex — Designer to Interviewing');
  await globexToast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => storedBoard(app)).toMatchObject({ Applied: expect.arrayContaining(['Globex', 'Initech']), Interviewing: [] });
});

test("an older move's Undo is disabled while a later change stands", async ({ page, request }) => {
  await callApi(request, app, 'applications.create', { company: 'Globex', role: 'Designer', stageId: 'applied' });
  await callApi(request, app, 'applications.create', { company: 'Initech', role: 'Analyst', stageId: 'applied' });
  await page.goto(app.url);
  await goBoard(page);
  await moveWithMenu(page, 'Globex — Designer', 'Offer');
  await moveWithMenu(page, 'Initech — Analyst', 'Offer');
  await page.locator('.toasts').hover();
  const globexToast = toast(page, 'Moved Globex — Designer to Offer');
  await expect(globexToast.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(globexToast).toContainText('Can’t undo: a later change came after it.');
  await expect(toast(page, 'Moved Initech — Analyst to Offer').getByRole('button', { name: 'Undo' })).toBeEnabled();
});

test('Ctrl+Z also works with the side panel open', async ({ page, request }) => {
  const initech = await callApi(request, app, 'applications.create', { company: 'Initech', role: 'Analyst', stageId: 'applied' });
  await page.goto(app.url);
  await goBoard(page);
  await moveWithMenu(page, 'Initech — Analyst', 'Interviewing');
  await expect.poll(() => storedBoard(app)).toMatchObject({ Interviewing: ['Initech'] });

  const drawer = await openApplication(page, initech.id);
  await drawer.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => storedBoard(app)).toMatchObject({ Applied: ['Initech'], Interviewing: [] });
  await expect(drawer).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Undone: / })).toBeVisible();
});

test('after the thank-you is sent, Today shows the planned check-ins under "Upcoming" with their actions', async ({ page, request }) => {
  const acme = await callApi(request, app, 'applications.create', {
    company: 'Acme',
    role: 'Platform Engineer',
    stageId: 'interviewing',
    contacts: [{ name: 'Robin Okafor', title: 'Head of Platform', email: 'robin@acme.example', phone: '', notes: '' }],
  });
  await callApi(request, app, 'interviews.create', {
    applicationId: acme.id,
    round: 'Technical interview',
    startsAt: fromNow(-2 * HOUR),
    timeZone: 'UTC',
    durationMinutes: 60,
    interviewerIds: [acme.contacts[0]?.id ?? ''],
    memorableDetail: 'Their migration to Kafka',
    hearBack: { status: 'date', date: utcDateFromNow(3 * DAY), channel: 'email', asked: true },
  });
  await page.goto(app.url);
  await goToday(page);

  // The thank-you (and anything else asked of the user today) is marked sent, as the issue did.
  const planned = await callApi(request, app, 'applications.get', { id: acme.id });
  for (const f of planned.followUps.filter((f) => f.kind !== 'check-in' && (f.status === 'pending' || f.status === 'snoozed'))) {
    await callApi(request, app, 'followUps.act', { id: f.id, act: { action: 'markSent' } });
  }

  await expect(page.getByRole('heading', { name: 'You’re all caught up.' })).toBeHidden();
  await expect(page.getByText(/^Nothing due now — /)).toBeVisible();
  const upcoming = page.getByRole('region', { name: /Upcoming follow-ups — next 14 days/ });
  const checkIns = upcoming.getByRole('listitem', { name: /^Check in with Acme/ });
  await expect(checkIns.first()).toBeVisible();
  for (const action of ['Draft', 'Mark sent', 'Snooze', 'Heard back', 'Skip']) {
    await expect(checkIns.first().getByRole('button', { name: action, exact: true })).toBeVisible();
  }
  // Nothing not-yet-due is called due: no "Overdue" or "Due today" group.
  await expect(page.getByRole('region', { name: /^Overdue/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Due today/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'today-upcoming');
});

test('a recurring reminder whose occurrence has passed is overdue on the board and in Today alike', async ({ page, request }) => {
  const umbrella = await callApi(request, app, 'applications.create', { company: 'Umbrella', role: 'PM', stageId: 'applied' });
  // Weekly, first occurrence 9 days ago: its current occurrence was 2 days ago and is unhandled.
  await callApi(request, app, 'followUps.create', { applicationId: umbrella.id, title: 'Weekly pipeline review', dueAt: fromNow(-9 * DAY), timeZone: 'UTC', recurrence: 'FREQ=WEEKLY' });
  const hooli = await callApi(request, app, 'applications.create', { company: 'Hooli', role: 'SRE', stageId: 'applied' });
  await callApi(request, app, 'followUps.create', { applicationId: hooli.id, title: 'Send the portfolio link', dueAt: fromNow(2 * DAY), timeZone: 'UTC' });
  await page.goto(app.url);
  await goBoard(page);
  await expect(card(page, 'Umbrella — PM')).toContainText('Overdue since');
  await expect(card(page, 'Hooli — SRE')).toContainText(/^.*Due \w{3}, /);
  await screenshots(page, 'board-urgency');

  await goToday(page);
  const overdue = page.getByRole('region', { name: /^Overdue/ });
  await expect(overdue.getByRole('listitem', { name: 'Weekly pipeline review — Umbrella' })).toContainText('Overdue');
  await expect(page.getByRole('region', { name: /^Due today/ })).toHaveCount(0);
});

test('the board and Today tick with the same clock, without any data change', async ({ page, request }) => {
  await page.clock.install();
  const hooli = await callApi(request, app, 'applications.create', { company: 'Hooli', role: 'SRE', stageId: 'applied' });
  await callApi(request, app, 'followUps.create', { applicationId: hooli.id, title: 'Send the portfolio link', dueAt: fromNow(3 * 60_000), timeZone: 'UTC' });
  await page.goto(app.url);
  await goBoard(page);
  const hooliCard = card(page, 'Hooli — SRE');
  await expect(hooliCard).toContainText(/Later today|Due \w{3}, /);
  await expect(hooliCard).not.toContainText('Due today');

  // Five minutes pass; nothing is stored in between, so only the clock can change what is shown.
  await page.clock.fastForward('05:00');
  await expect(hooliCard).toContainText('Due today');
  await goToday(page);
  await expect(page.getByRole('region', { name: /^Due today/ }).getByRole('listitem', { name: 'Send the portfolio link — Hooli' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Upcoming follow-ups/ })).toHaveCount(0);
});
