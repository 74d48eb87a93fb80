import { expect, test, type Page, type APIRequestContext } from '@playwright/test';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { callApi, fromNow, HOUR, stopApp } from './support/workspace-api';
import { expectNoSeriousAxeViolations, goToday, openApplication, screenshots } from './support/workspace-page';

/**
 * Drafts and the composer as a new user meets them: the thank-you draft must be sendable as
 * written (the memorable detail phrased properly, signed with the user's name, the phone script
 * fitting the thank-you), and closing the composer by any path must never throw away edits.
 */

let app: RunningApp;
test.beforeEach(async () => {
  app = await startApp(freshDataDir());
});
test.afterEach(async ({ page }) => {
  await page.close();
  await stopApp(app);
});

/** An application with one interviewer and an interview that ended a few hours ago. */
async function seedInterview(request: APIRequestContext, hearBack: 'unknown' | 'not_given') {
  const application = await callApi(request, app, 'applications.create', {
    company: 'Globex',
    role: 'Platform Engineer',
    stageId: 'interviewing',
    contacts: [{ name: 'Robin Okafor', title: 'Engineering Manager', email: 'robin@globex.example', phone: '', notes: '' }],
  });
  await callApi(request, app, 'interviews.create', {
    applicationId: application.id,
    round: 'Technical interview',
    startsAt: fromNow(-6 * HOUR),
    timeZone: 'UTC',
    durationMinutes: 60,
    interviewerIds: [application.contacts[0]!.id],
    hearBack: hearBack === 'unknown' ? { status: 'unknown', date: null, channel: null, asked: false } : { status: 'not_given', date: null, channel: 'email', asked: true },
  });
  return application;
}

async function openThankYouDraft(page: Page) {
  await goToday(page);
  const thanks = page.getByRole('listitem', { name: /^Send a thank-you note to Globex —/ }).first();
  await thanks.getByRole('button', { name: 'Draft', exact: true }).click();
  const composer = page.getByRole('dialog', { name: /^Draft: Send a thank-you note/ });
  await expect(composer.getByLabel('Message')).toBeVisible();
  return composer;
}

test('the thank-you draft reads as written by a person — the Kafka detail, the name setting, the thank-you phone script', async ({ page, request }) => {
  const application = await seedInterview(request, 'unknown');
  await page.goto(app.url);

  // Settings → Your name.
  await page.getByRole('link', { name: 'Settings' }).click();
  const nameForm = page.getByRole('form', { name: 'Your name' });
  const nameField = nameForm.getByLabel('Your name');
  await expect(nameField).toHaveAccessibleDescription(/Best regards, Sam Lee/);
  await nameField.fill('Sam Lee');
  await nameForm.getByRole('button', { name: 'Save your name' }).click();
  await expect(nameForm.getByRole('status')).toHaveText('✓ Saved');
  await screenshots(page, 'settings-your-name');

  // The memorable detail, typed the way people say it, with the hint and a preview under it.
  const drawer = await openApplication(page, application.id);
  await drawer.getByRole('article', { name: 'Technical interview' }).getByRole('button', { name: 'Edit Technical interview' }).click();
  const form = page.getByRole('dialog', { name: 'Edit Technical interview' });
  const detail = form.getByLabel('Memorable detail');
  await expect(detail).toHaveAccessibleDescription(/for example “we talked about their migration to Kafka”/);
  await detail.fill('we talked about their migration to Kafka');
  await expect(form.getByText('In your thank-you note: “I especially enjoyed our conversation — we talked about their migration to Kafka.”')).toBeVisible();
  await screenshots(page, 'interview-memorable-detail');
  await form.getByRole('button', { name: 'Save interview' }).click();
  await expect(form).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  const composer = await openThankYouDraft(page);
  const body = composer.getByLabel('Message');
  await expect(body).toHaveValue(/I especially enjoyed our conversation — we talked about their migration to Kafka\./);
  expect(await body.inputValue()).not.toMatch(/about we talked/);
  // The promise is not recorded: the thank-you itself asks (one message, not two).
  await expect(body).toHaveValue(/Could you also let me know when and how I can expect to hear about next steps\?/);
  await expect(body).toHaveValue(/Best regards,\nSam Lee$/);
  await expect(composer.getByText('Generated from the interview')).toBeVisible();
  await expect(composer.getByText(/Drafts are unsigned/)).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'dialog.composer');
  await screenshots(page, 'composer-thank-you');

  await composer.getByRole('button', { name: 'Phone script' }).click();
  await expect(composer.getByText(/The same thank-you, said out loud/)).toBeVisible();
  await expect(composer.getByText(/door is open or shut/)).toHaveCount(0);
  const script = composer.getByRole('document', { name: 'Phone script' });
  await expect(script).toContainText('Hi, this is Sam Lee. I interviewed for the Platform Engineer role at Globex');
  await expect(script).toContainText('I especially enjoyed our conversation — we talked about their migration to Kafka.');
  await screenshots(page, 'composer-thank-you-phone');
});

test('closing the composer with Esc, × or a click outside keeps the edits; reset brings back the generated draft', async ({ page, request }) => {
  const application = await seedInterview(request, 'not_given');
  await page.goto(app.url);

  let composer = await openThankYouDraft(page);
  let body = composer.getByLabel('Message');
  const generated = await body.inputValue();
  // No name set: the draft ends with the closing alone, no placeholder, and says where to set it.
  expect(generated).toMatch(/Best regards,$/);
  expect(generated).not.toMatch(/\[|your name/i);
  await expect(composer.getByText('Drafts are unsigned until you add your name in Settings.')).toBeVisible();

  // Esc right after typing: the edit is kept.
  await body.fill(`${generated}\nP.S. Here is the article on Kafka I mentioned.`);
  await page.keyboard.press('Escape');
  await expect(composer).toBeHidden();
  composer = await openThankYouDraft(page);
  body = composer.getByLabel('Message');
  await expect(body).toHaveValue(/P\.S\. Here is the article on Kafka I mentioned\.$/);
  await expect(composer.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // The × button, right after typing.
  await composer.getByLabel('Subject').fill('Thank you, Robin');
  await composer.getByRole('button', { name: 'Close composer' }).click();
  await expect(composer).toBeHidden();
  composer = await openThankYouDraft(page);
  await expect(composer.getByLabel('Subject')).toHaveValue('Thank you, Robin');

  // Saved as you type, with a visible state; then a click outside the dialog.
  body = composer.getByLabel('Message');
  await body.fill(`${await body.inputValue()}\nBest, Sam`);
  await expect(composer.getByRole('status')).toHaveText('✓ Saved');
  await screenshots(page, 'composer-saved');
  await page.mouse.click(4, 4);
  await expect(composer).toBeHidden();

  // The edits are in the store, so they survive a reload too.
  const stored = await callApi(request, app, 'applications.get', { id: application.id });
  expect(stored.followUps.find((f) => f.kind === 'thank-you')?.draft).toEqual({ subject: 'Thank you, Robin', body: `${generated}\nP.S. Here is the article on Kafka I mentioned.\nBest, Sam` });
  await page.reload();
  composer = await openThankYouDraft(page);
  body = composer.getByLabel('Message');
  await expect(body).toHaveValue(/Best, Sam$/);

  // Reset to the generated draft, and undo the reset.
  await composer.getByRole('button', { name: 'Reset to the generated draft' }).click();
  await expect(body).toHaveValue(generated);
  await expect(composer.getByLabel('Subject')).toHaveValue('Thank you — Platform Engineer interview');
  await expect(composer.getByRole('status')).toHaveText('Generated from the interview');
  await composer.getByRole('button', { name: 'Undo reset' }).click();
  await expect(body).toHaveValue(/Best, Sam$/);
  await expect(composer.getByRole('status')).toHaveText('✓ Saved');
  await composer.getByRole('button', { name: 'Reset to the generated draft' }).click();
  await expect(composer.getByRole('status')).toHaveText('Generated from the interview');
  await page.keyboard.press('Escape');
  const reset = await callApi(request, app, 'applications.get', { id: application.id });
  expect(reset.followUps.find((f) => f.kind === 'thank-you')?.draft).toBeNull();
});

test('when a save fails the composer says so, offers to try again, and warns if it closes unsaved', async ({ page, request }) => {
  await seedInterview(request, 'not_given');
  await page.goto(app.url);
  const composer = await openThankYouDraft(page);
  const body = composer.getByLabel('Message');
  const generated = await body.inputValue();

  // The core cannot be reached while the user types.
  await page.route('**/api/call/followUps.saveDraft', (route) => route.abort());
  await body.fill(`${generated}\nP.S. One more thought.`);
  await expect(composer.getByRole('status')).toContainText('Not saved: Hearback is not running');
  await expect(body).toHaveValue(/One more thought\.$/);
  await screenshots(page, 'composer-not-saved');

  // Back again: "Try again" saves the text that is on screen.
  await page.unroute('**/api/call/followUps.saveDraft');
  await composer.getByRole('button', { name: 'Try again' }).click();
  await expect(composer.getByRole('status')).toHaveText('✓ Saved');

  // Closing while a save fails is never silent.
  await page.route('**/api/call/followUps.saveDraft', (route) => route.abort());
  await body.fill(`${generated}\nP.S. A different thought.`);
  await composer.getByRole('button', { name: 'Close composer' }).click();
  await expect(page.getByText('Your draft edits could not be saved when the composer closed — open the draft again to retry.')).toBeVisible();
  await page.unroute('**/api/call/followUps.saveDraft');
  const reopened = await openThankYouDraft(page);
  await expect(reopened.getByLabel('Message')).toHaveValue(/One more thought\.$/);
});
