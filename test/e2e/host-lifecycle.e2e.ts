import { expect, test } from '@playwright/test';
import type { Application } from '../../shared/domain';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { ACME_RECRUITER, createAcmeWithRecruiter, googleFeed } from './support/calendar-invitations';
import { callApi, DAY, stopApp } from './support/workspace-api';
import { goToday } from './support/workspace-page';

/**
 * The page's life around the core in browser mode, as in the desktop app (host-lifecycle.ts):
 * - a reminder delivered while no page listens reaches the page that opens later, once;
 * - after the computer slept (simulated: browser mode's sleep clock, SIGUSR2), mail and calendars
 *   are checked again without the user asking, so an invitation that arrived meanwhile is offered.
 */

let app: RunningApp | undefined;
let feed: FeedServer | undefined;
test.afterEach(async ({ page }) => {
  await page.close();
  await stopApp(app);
  await feed?.close();
  feed = undefined;
});

/** No quiet time at any hour the suite runs: reminders are shown when due. */
const NO_QUIET_HOURS = { quietHours: { enabled: false, start: '21:00', end: '08:00' } };

test('a reminder delivered before any page listens is shown when the page opens, once', async ({ page, request }) => {
  app = await startApp(freshDataDir(), { TZ: 'UTC' });
  await callApi(request, app, 'settings.update', { patch: NO_QUIET_HOURS });
  const acme = (await callApi(request, app, 'applications.create', { company: 'Acme Inc.', role: 'Backend Engineer', stageId: 'applied' })) as Application;
  const dueAt = new Date(Date.now() + 2_000).toISOString();
  await callApi(request, app, 'followUps.create', { applicationId: acme.id, dueAt, timeZone: 'UTC', title: 'Call Acme back about the offer' });
  // Delivered (recorded in the store) while no page is open.
  await expect.poll(async () => (await callApi(request, app!, 'applications.get', { id: acme.id })).followUps[0]!.deliveries.length, { timeout: 15_000 }).toBe(1);

  await page.goto(app.url);
  const toast = page.getByRole('status').filter({ hasText: 'Call Acme back about the offer' });
  await expect(toast).toHaveCount(1);
  // Held once: a second page (a reload) does not get it again.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.waitForTimeout(1_000);
  await expect(page.getByRole('status').filter({ hasText: 'Call Acme back about the offer' })).toHaveCount(0);
});

/** An invitation in a public calendar feed (Google Calendar's shape, UTC times: RFC 5545 §3.3.5 form 2). */
function invitation(startMs: number): string {
  return googleFeed([{ uid: 'acme-wake@google.com', startMs, minutes: 60, organizer: ACME_RECRUITER, summary: 'Acme — Backend Engineer interview', sequence: 0 }]);
}

test('after the computer slept, calendars are checked again by themselves and a new invitation is offered on Today', async ({ page, request }) => {
  app = await startApp(freshDataDir(), { TZ: 'UTC', HEARBACK_SIMULATE_SLEEP: '1' });
  // In quiet time the scheduler sleeps a full minute whatever is due; the timer below must be short.
  await callApi(request, app, 'settings.update', { patch: NO_QUIET_HOURS });
  feed = await startFeedServer('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nEND:VCALENDAR\r\n');
  const acme = await createAcmeWithRecruiter(request, app);
  await callApi(request, app, 'calendar.addFeed', { name: 'Work (Google)', url: feed.url, ownNetwork: true });
  await page.goto(app.url);
  await goToday(page);
  const found = page.getByRole('region', { name: /Found in your calendar/ });
  await expect(found).toHaveCount(0);

  // While the laptop was closed, the recruiter sent the invitation.
  feed.set(invitation(Math.ceil((Date.now() + 3 * DAY) / 3_600_000) * 3_600_000));
  const asked = feed.requests.length;
  await page.waitForTimeout(2_000);
  expect(feed.requests.length, 'no check happens on its own before the sleep').toBe(asked);
  // A reminder a few seconds away arms the scheduler's timer for then (else it waits up to a minute);
  // the sleep moves the wall clock on while timers keep their own time, so that timer comes late.
  await callApi(request, app, 'followUps.create', { applicationId: acme.id, dueAt: new Date(Date.now() + 8_000).toISOString(), timeZone: 'UTC', title: 'Prepare questions for Acme' });
  // The scheduler re-arms just after the call's answer: sleep once it has (else it arms on the moved clock).
  await page.waitForTimeout(2_000);
  process.kill(app.pid, 'SIGUSR2');

  await expect(found.getByRole('listitem', { name: 'Acme — Backend Engineer interview' })).toBeVisible({ timeout: 25_000 });
  expect(feed.requests.length).toBeGreaterThan(asked);
});
