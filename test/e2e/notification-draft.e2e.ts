import { expect, test } from '@playwright/test';
import { freshDataDir, startApp } from './support/browser-mode';
import { callApi, DAY, fromNow, stopApp } from './support/workspace-api';

test("a notification's Draft action opens the composer on that follow-up", async ({ page, request }) => {
  const app = await startApp(freshDataDir());
  try {
    const application = await callApi(request, app, 'applications.create', { company: 'Fabrikam', role: 'Platform Engineer', stageId: 'interviewing' });
    await callApi(request, app, 'interviews.create', {
      applicationId: application.id,
      round: 'System design',
      startsAt: fromNow(-2 * DAY),
      timeZone: 'UTC',
      memorableDetail: 'their on-call rotation redesign',
      hearBack: { status: 'not_given', date: null, channel: 'email', asked: true },
    });
    const detail = await callApi(request, app, 'applications.get', { id: application.id });
    const thankYou = detail.followUps.find((f) => f.kind === 'thank-you');
    expect(thankYou).toBeDefined();

    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Board' })).toBeVisible();
    // What the renderer does on a `navigate` event with action "draft".
    await page.evaluate((hash) => (window.location.hash = hash), `#/today/app/${application.id}/follow-up/${thankYou!.id}/draft`);
    const composer = page.getByRole('dialog', { name: /^Draft: Send a thank-you note/ });
    await expect(composer).toBeVisible();
    await expect(composer.getByRole('textbox', { name: 'Message' })).toHaveValue(/on-call rotation/);
    await expect(composer.getByRole('textbox', { name: 'Message' })).toHaveValue(/Fabrikam/);
  } finally {
    await stopApp(app);
  }
});
