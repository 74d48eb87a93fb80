import { expect, test } from '@playwright/test';
import type { Application } from '../../shared/domain';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { callApi, DAY, stopApp } from './support/workspace-api';
import { expectNoSeriousAxeViolations, goToday, screenshots } from './support/workspace-page';

/** A user adds their calendar's private address, confirms an invitation, and sees a reschedule follow. */

let app: RunningApp;
let feed: FeedServer;

/** "20261208T140000Z" for an instant: the feed's UTC form. */
const icsUtc = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const hourAligned = (ms: number) => Math.floor(ms / 3_600_000) * 3_600_000;

function invitation(startMs: number, sequence: number): string {
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    `DTSTART:${icsUtc(startMs)}`,
    `DTEND:${icsUtc(startMs + 3_600_000)}`,
    'UID:acme-e2e@google.com',
    'ORGANIZER;CN=Priya Raman:mailto:priya.raman@acme.io',
    'ATTENDEE;CN=Max Weber:mailto:max.weber@acme.io',
    'SUMMARY:Acme — Backend Engineer interview',
    'DESCRIPTION:Join with Google Meet: https://meet.google.com/abc-defg-hij',
    `SEQUENCE:${sequence}`,
    'END:VEVENT',
    'BEGIN:VEVENT',
    `DTSTART:${icsUtc(startMs + DAY)}`,
    `DTEND:${icsUtc(startMs + DAY + 1_800_000)}`,
    'UID:dentist-e2e@google.com',
    'SUMMARY:Dentist',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

test.beforeEach(async () => {
  app = await startApp(freshDataDir());
});
test.afterEach(async ({ page }) => {
  await page.close();
  await stopApp(app);
  await feed?.close();
});

test('a feed’s invitation becomes an interview, and moving it in the calendar moves the interview and its follow-ups', async ({ page, request }) => {
  const firstStart = hourAligned(Date.now() + 3 * DAY);
  feed = await startFeedServer(invitation(firstStart, 0));
  const acme = await callApi(request, app, 'applications.create', {
    company: 'Acme Inc.',
    role: 'Backend Engineer',
    stageId: 'interviewing',
    contacts: [{ name: 'Priya Raman', title: 'Recruiter', email: 'priya.raman@acme.io', phone: '', notes: '' }],
  }) as Application;

  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const calendars = page.getByRole('region', { name: 'Calendars' });
  await expect(calendars.getByText('kept in memory for this run only')).toBeVisible();
  await calendars.getByLabel('Calendar name').fill('Work (Google)');
  await calendars.getByLabel('Private address (iCal / webcal)').fill(feed.url);
  await calendars.getByRole('button', { name: 'Add calendar' }).click();
  const source = calendars.getByRole('listitem', { name: 'Work (Google)' });
  await expect(source).toContainText('Up to date · 2 events');
  await expect(page.getByText(feed.url)).toHaveCount(0);
  await screenshots(page, 'settings-calendars');

  await goToday(page);
  const found = page.getByRole('region', { name: /Found in your calendar/ });
  const item = found.getByRole('listitem', { name: 'Acme — Backend Engineer interview' });
  await expect(item).toContainText('Video call · https://meet.google.com/abc-defg-hij');
  await expect(item).toContainText('With Priya Raman, Max Weber');
  await expect(found.getByRole('listitem', { name: 'Dentist' })).toHaveCount(0);
  await expect(item.getByRole('combobox', { name: 'Application for Acme — Backend Engineer interview' })).toHaveValue(acme.id);
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'today-found-in-calendar');
  await item.getByRole('button', { name: 'Add interview' }).click();
  await expect(found).toBeHidden();
  const upcoming = page.getByRole('region', { name: /Interviews in the next 7 days/ });
  await expect(upcoming.getByRole('listitem', { name: 'Acme — Backend Engineer interview — Acme Inc.' })).toBeVisible();

  const before = await callApi(request, app, 'applications.get', { id: acme.id });
  expect(before.interviews[0]!.startsAt).toBe(new Date(firstStart).toISOString());
  expect(before.application.contacts.map((c) => c.email)).toEqual(['priya.raman@acme.io', 'max.weber@acme.io']);
  const thankYouBefore = before.followUps.find((f) => f.kind === 'thank-you')!;

  // The recruiter moves it one day later; the user asks Hearback to check now.
  feed.set(invitation(firstStart + DAY, 1));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await source.getByRole('button', { name: 'Check Work (Google) now' }).click();
  await expect.poll(async () => (await callApi(request, app, 'applications.get', { id: acme.id })).interviews[0]!.startsAt).toBe(new Date(firstStart + DAY).toISOString());
  const after = await callApi(request, app, 'applications.get', { id: acme.id });
  expect(Date.parse(after.followUps.find((f) => f.id === thankYouBefore.id)!.dueAt)).toBeGreaterThan(Date.parse(thankYouBefore.dueAt));
  const history = await callApi(request, app, 'history.list', { applicationId: acme.id, limit: 20 });
  expect(JSON.stringify(history)).toContain('moved in your calendar');
});

test('a calendar that fails says why on Settings and on Today', async ({ page }) => {
  feed = await startFeedServer(invitation(hourAligned(Date.now() + 3 * DAY), 0));
  feed.fail(401);
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const calendars = page.getByRole('region', { name: 'Calendars' });
  await calendars.getByLabel('Calendar name').fill('Work');
  await calendars.getByLabel('Private address (iCal / webcal)').fill(feed.url);
  await calendars.getByRole('button', { name: 'Add calendar' }).click();
  await expect(calendars.getByRole('listitem', { name: 'Work' }).getByRole('alert')).toContainText('The server refused access (401)');
  await goToday(page);
  await expect(page.getByText(/^Calendar “Work” is not updating\. The server refused access \(401\)\./)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Calendar settings' })).toBeVisible();
});
