import { expect, test } from '@playwright/test';
import type { Application } from '../../shared/domain';
import { startFeedServer, type FeedServer } from '../support/feed-server';
import { radicaleAvailable, startRadicale } from '../support/radicale';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { ACME_RECRUITER, createAcmeWithRecruiter, dropOnWindow, googleFeed, hourAligned } from './support/calendar-invitations';
import { callApi, DAY, stopApp } from './support/workspace-api';
import { expectNoSeriousAxeViolations, goToday, screenshots } from './support/workspace-page';

/** A user adds their calendar's private address, confirms an invitation, and sees a reschedule follow. */

let app: RunningApp;
let feed: FeedServer;

/** Acme's invitation from its recruiter (a Meet link, a colleague invited) and, the next day, a dentist's appointment. */
function invitation(startMs: number, sequence: number): string {
  return googleFeed([
    {
      uid: 'acme-e2e@google.com',
      startMs,
      minutes: 60,
      organizer: ACME_RECRUITER,
      attendees: ['CN=Max Weber:mailto:max.weber@acme.io'],
      summary: 'Acme — Backend Engineer interview',
      description: 'Join with Google Meet: https://meet.google.com/abc-defg-hij',
      sequence,
    },
    { uid: 'dentist-e2e@google.com', startMs: startMs + DAY, minutes: 30, summary: 'Dentist' },
  ]);
}

test.beforeEach(async () => {
  app = await startApp(freshDataDir());
});
test.afterEach(async ({ page }) => {
  await page.close();
  await stopApp(app);
  await feed?.close();
});

/** One CalDAV resource holds one UID: the invitation, for Globex, without the feed's second event. */
const globexInvitation = (startMs: number, sequence: number) =>
  invitation(startMs, sequence)
    .replace(/BEGIN:VEVENT\r\n(?:(?!END:VEVENT)[^])*?dentist[^]*?END:VEVENT\r\n/, '')
    .replace(/Acme/g, 'Globex')
    .replace(/acme\.io/g, 'globex.de')
    .replace('acme-e2e', 'globex-e2e');
const dentist = (startMs: number) => invitation(startMs, 0).replace(/BEGIN:VEVENT\r\n(?:(?!END:VEVENT)[^])*?acme-e2e[^]*?END:VEVENT\r\n/, '');

test('a CalDAV account: choose a calendar, confirm the invitation, move it on the server and the interview follows', async ({ page, request }) => {
  test.skip(!radicaleAvailable(), 'radicale is not installed (apt-get install -y radicale)');
  const radicale = await startRadicale();
  try {
    const work = await radicale.makeCalendar('work', 'Work');
    await radicale.makeCalendar('personal', 'Personal');
    const start = hourAligned(Date.now() + 2 * DAY);
    await radicale.put(work, 'globex', globexInvitation(start, 0));
    await radicale.put(work, 'dentist', dentist(start));
    const globex = (await callApi(request, app, 'applications.create', { company: 'Globex', role: 'Platform Engineer', stageId: 'interviewing', jobUrl: 'https://globex.de/jobs/42' })) as Application;
    feed = await startFeedServer('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');

    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const caldav = page.getByRole('form', { name: 'Add a CalDAV account' });
    await caldav.getByLabel('Server address').fill(radicale.url);
    await caldav.getByLabel('User name').fill(radicale.username);
    await caldav.getByLabel('App password').fill('wrong-password');
    await caldav.getByRole('button', { name: 'Find calendars' }).click();
    // The test server runs on this computer: Hearback asks before connecting to it.
    await expect(caldav.getByRole('alert')).toContainText('is on this computer or a private network');
    await caldav.getByRole('checkbox', { name: /This server is on my own network/ }).check();
    await caldav.getByRole('button', { name: 'Find calendars' }).click();
    await expect(caldav.getByRole('alert')).toContainText('refused access (401)');
    await caldav.getByLabel('App password').fill(radicale.password);
    await caldav.getByRole('button', { name: 'Find calendars' }).click();
    await caldav.getByRole('checkbox', { name: 'Work', exact: true }).check();
    await expect(caldav.getByRole('checkbox', { name: 'Personal', exact: true })).not.toBeChecked();
    await expectNoSeriousAxeViolations(page);
    await caldav.scrollIntoViewIfNeeded();
    await screenshots(page, 'settings-caldav');
    await caldav.getByRole('button', { name: 'Add chosen calendars' }).click();
    const source = page.getByRole('region', { name: 'Calendars' }).getByRole('listitem', { name: 'Work (jordan)' });
    await expect(source).toContainText('Up to date · 2 events');

    await goToday(page);
    const item = page.getByRole('region', { name: /Found in your calendar/ }).getByRole('listitem', { name: 'Globex — Backend Engineer interview' });
    await expect(item).toContainText('Suggested because someone from the company is invited.');
    await item.getByRole('button', { name: 'Add interview' }).click();
    await expect(item).toBeHidden();
    const before = await callApi(request, app, 'applications.get', { id: globex.id });
    expect(before.interviews[0]!.startsAt).toBe(new Date(start).toISOString());
    const checkInBefore = before.followUps.find((f) => f.kind === 'check-in' && f.sequence === 1)!;

    // Rescheduled on the server, two days later; the app is told the machine woke up.
    await radicale.put(work, 'globex', globexInvitation(start + 2 * DAY, 1));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await source.getByRole('button', { name: 'Check Work (jordan) now' }).click();
    await expect.poll(async () => (await callApi(request, app, 'applications.get', { id: globex.id })).interviews[0]!.startsAt).toBe(new Date(start + 2 * DAY).toISOString());
    const after = await callApi(request, app, 'applications.get', { id: globex.id });
    expect(Date.parse(after.followUps.find((f) => f.id === checkInBefore.id)!.dueAt)).toBeGreaterThan(Date.parse(checkInBefore.dueAt));
    await goToday(page);
    await expect(page.getByRole('region', { name: /Interviews in the next 7 days/ }).getByRole('listitem', { name: 'Globex — Backend Engineer interview — Globex' })).toBeVisible();
  } finally {
    await radicale.stop();
  }
});

test('a feed’s invitation becomes an interview, and moving it in the calendar moves the interview and its follow-ups', async ({ page, request }) => {
  const firstStart = hourAligned(Date.now() + 3 * DAY);
  feed = await startFeedServer(invitation(firstStart, 0));
  const acme = await createAcmeWithRecruiter(request, app);

  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const calendars = page.getByRole('region', { name: 'Calendars' });
  await expect(calendars.getByText('kept in memory for this run only')).toBeVisible();
  await calendars.getByLabel('Calendar name').fill('Work (Google)');
  await calendars.getByLabel('Private address (iCal / webcal)').fill(feed.url);
  await calendars.getByRole('button', { name: 'Add calendar' }).click();
  // The test feed is served on this computer: refused until the user says it is their own network.
  await expect(calendars.getByRole('alert')).toContainText('is on this computer or a private network');
  await expect(calendars.getByRole('listitem', { name: 'Work (Google)' })).toHaveCount(0);
  await calendars.getByRole('checkbox', { name: /This server is on my own network/ }).check();
  await screenshots(page, 'settings-calendars-own-network');
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
  await calendars.getByRole('checkbox', { name: /This server is on my own network/ }).check();
  await calendars.getByRole('button', { name: 'Add calendar' }).click();
  await expect(calendars.getByRole('listitem', { name: 'Work' }).getByRole('alert')).toContainText('The server refused access (401)');
  await goToday(page);
  await expect(page.getByText(/^Calendar “Work” is not updating\. The server refused access \(401\)\./)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Calendar settings' })).toBeVisible();
});

test('an invitation dropped on the board is offered on Today, to choose its application', async ({ page, request }) => {
  const northwind = (await callApi(request, app, 'applications.create', { company: 'Northwind', role: 'Data Engineer', stageId: 'interviewing' })) as Application;
  const start = hourAligned(Date.now() + 4 * DAY);
  const ics = invitation(start, 0)
    .replace('Acme — Backend Engineer interview', 'Technical interview')
    .replace(/acme\.io/g, 'talent-partners.example');
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
  await dropOnWindow(page, 'invite.ics', ics);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const item = page.getByRole('region', { name: /Found in your calendar/ }).getByRole('listitem', { name: 'Technical interview' });
  const choose = item.getByRole('combobox', { name: 'Application for Technical interview' });
  await expect(choose).toHaveValue('');
  await expect(item.getByRole('button', { name: 'Add interview' })).toBeDisabled();
  await choose.selectOption(northwind.id);
  await item.getByRole('button', { name: 'Add interview' }).click();
  await expect(item).toBeHidden();
  const stored = await callApi(request, app, 'applications.get', { id: northwind.id });
  expect(stored.interviews.map((i) => [i.round, i.startsAt])).toEqual([['Technical interview', new Date(start).toISOString()]]);
});

test('an invitation dropped on an application’s card is offered for that application, and kept until removed', async ({ page, request }) => {
  const northwind = (await callApi(request, app, 'applications.create', { company: 'Northwind', role: 'Data Engineer', stageId: 'interviewing' })) as Application;
  await callApi(request, app, 'applications.create', { company: 'Initech', role: 'SRE', stageId: 'interviewing' });
  const start = hourAligned(Date.now() + 4 * DAY);
  const ics = invitation(start, 0)
    .replace('Acme — Backend Engineer interview', 'Technical interview')
    .replace(/acme\.io/g, 'talent-partners.example');
  await page.goto(app.url);
  const card = page.getByRole('article', { name: 'Northwind — Data Engineer' });
  await expect(card).toBeVisible();
  // A file dragged from the desktop cannot be made by a pointer: the browser's own drag events carry it.
  const dataTransfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'invite.ics', { type: 'text/calendar' }));
    return data;
  }, ics);
  await card.dispatchEvent('dragover', { dataTransfer });
  await expect(card).toHaveClass(/ics-drop-target/);
  await card.dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('.ics-drop-target')).toHaveCount(0);

  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByText('Read invite.ics for Northwind.')).toBeVisible();
  const item = page.getByRole('region', { name: /Found in your calendar/ }).getByRole('listitem', { name: 'Technical interview' });
  await expect(item.getByRole('combobox', { name: 'Application for Technical interview' })).toHaveValue(northwind.id);
  await expect(item.getByText('Suggested because you dropped the invitation on this application.')).toBeVisible();

  // Still there after a reload, and listed in Settings where it can be removed.
  await page.reload();
  await expect(page.getByRole('region', { name: /Found in your calendar/ }).getByRole('listitem', { name: 'Technical interview' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const dropped = page.getByRole('list', { name: 'Dropped invitations' });
  await expect(dropped.getByRole('listitem', { name: 'invite.ics' })).toContainText('2 events');
  await expect(dropped.getByRole('button', { name: 'Check invite.ics now' })).toHaveCount(0);
  await dropped.getByRole('button', { name: 'Remove invite.ics' }).click();
  await expect(page.getByRole('list', { name: 'Dropped invitations' })).toHaveCount(0);
  await goToday(page);
  await expect(page.getByRole('listitem', { name: 'Technical interview' })).toHaveCount(0);
});

test('an invitation cancelled in the calendar asks; "Mark cancelled" stops the interview’s follow-ups, and Undo brings them back', async ({ page, request }) => {
  const start = hourAligned(Date.now() + 3 * DAY);
  feed = await startFeedServer(invitation(start, 0));
  const acme = await createAcmeWithRecruiter(request, app);
  const state = await callApi(request, app, 'calendar.addFeed', { name: 'Work (Google)', url: feed.url, ownNetwork: true });
  const candidate = state.candidates.find((c) => c.event.summary.includes('Acme'))!;
  const interview = await callApi(request, app, 'calendar.confirm', { key: candidate.event.key, applicationId: acme.id });

  // The recruiter cancels the interview; Hearback notices at the next check.
  feed.set(invitation(start, 1).replace('SEQUENCE:1', 'SEQUENCE:1\r\nSTATUS:CANCELLED'));
  await callApi(request, app, 'calendar.refresh', { id: null });

  await page.goto(app.url);
  await goToday(page);
  const cancelled = page.getByRole('region', { name: /Cancelled in your calendar/ });
  const item = cancelled.getByRole('listitem', { name: `${interview.round} — cancelled` });
  await expect(item).toContainText('no longer in your calendar');
  await item.getByRole('button', { name: 'Mark cancelled' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'cancelled; its reminders stopped' });
  await expect(toast).toBeVisible();
  await expect(cancelled).toBeHidden();
  await expect.poll(async () => (await callApi(request, app, 'applications.get', { id: acme.id })).interviews[0]!.outcome).toBe('cancelled');
  const stopped = (await callApi(request, app, 'applications.get', { id: acme.id })).followUps;
  expect(stopped.every((f) => f.status === 'cancelled' && f.statusReason === 'Interview cancelled')).toBe(true);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await callApi(request, app, 'applications.get', { id: acme.id })).interviews[0]!.outcome).toBe('pending');
  expect((await callApi(request, app, 'applications.get', { id: acme.id })).followUps.some((f) => f.status === 'pending')).toBe(true);
});

test('a whole calendar export dropped offers its interviews only: an onsite day as a day, an undefined zone said, a series once', async ({ page, request }) => {
  await callApi(request, app, 'applications.create', { company: 'Northwind Traders', role: 'Data Engineer', stageId: 'interviewing' });
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
  const soon = Date.now() + 3 * DAY;
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'X-WR-TIMEZONE:America/New_York',
    'BEGIN:VEVENT',
    'UID:gym@e2e',
    'DTSTAMP:20261130T120000Z',
    `DTSTART:${day(soon)}T060000Z`,
    'DURATION:PT1H',
    'RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR',
    'SUMMARY:Gym',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:dentist@e2e',
    'DTSTAMP:20261130T120000Z',
    `DTSTART:${day(soon)}T090000Z`,
    'DURATION:PT30M',
    'SUMMARY:Dentist',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:onsite@e2e',
    'DTSTAMP:20261130T120000Z',
    `DTSTART;VALUE=DATE:${day(soon + DAY)}`,
    `DTEND;VALUE=DATE:${day(soon + 2 * DAY)}`,
    'SUMMARY:Onsite — Northwind Traders',
    'LOCATION:500 Harbor Blvd\\, Seattle',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:custom-zone@e2e',
    'DTSTAMP:20261130T120000Z',
    `DTSTART;TZID="Customized Time Zone":${day(soon + 2 * DAY)}T110000`,
    'DURATION:PT45M',
    'SUMMARY:Phone screen — Initrode',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:loop@e2e',
    'DTSTAMP:20261130T120000Z',
    `DTSTART:${day(soon)}T150000Z`,
    'DURATION:PT30M',
    'RRULE:FREQ=WEEKLY;COUNT=4',
    'SUMMARY:Interview loop debrief',
    'DESCRIPTION:https://meet.google.com/abc-defg-hij',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
  await dropOnWindow(page, 'me@gmail.com.ics', ics);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const found = page.getByRole('region', { name: /Found in your calendar/ });
  await expect(found.getByRole('listitem')).toHaveCount(3);
  await expect(found.getByRole('listitem', { name: 'Gym' })).toHaveCount(0);
  await expect(found.getByRole('listitem', { name: 'Dentist' })).toHaveCount(0);
  await expect(found.getByRole('listitem', { name: 'Onsite — Northwind Traders' })).toContainText('all day · On site · 500 Harbor Blvd, Seattle');
  await expect(found.getByRole('listitem', { name: 'Phone screen — Initrode' })).toContainText('does not define (“Customized Time Zone”), so its time was read in America/New_York');
  const series = found.getByRole('listitem', { name: 'Interview loop debrief' });
  await expect(series).toContainText('repeats');
  await expectNoSeriousAxeViolations(page);
  await found.scrollIntoViewIfNeeded();
  await screenshots(page, 'today-calendar-export');
  await series.getByRole('button', { name: 'Not an interview (all repeats)' }).click();
  await expect(series).toBeHidden();
  await expect(found.getByRole('listitem')).toHaveCount(2);

  // The onsite day gives a day, not a time: the user says when it starts before it is added.
  const onsite = found.getByRole('listitem', { name: 'Onsite — Northwind Traders' });
  await expect(onsite.getByRole('button', { name: 'Add interview' })).toBeDisabled();
  await onsite.getByLabel('Start time of Onsite — Northwind Traders').fill('09:30');
  await onsite.getByLabel('Length of Onsite — Northwind Traders').selectOption({ label: '4 hours' });
  await screenshots(page, 'today-calendar-all-day');
  await onsite.getByRole('button', { name: 'Add interview' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added “Onsite — Northwind Traders”' })).toBeVisible();
  const workspace = await callApi(request, app, 'workspace.get', {});
  const northwind = workspace.applications.find((a) => a.company === 'Northwind Traders')!;
  const interview = (await callApi(request, app, 'applications.get', { id: northwind.id })).interviews[0]!;
  // A date has no zone (RFC 5545 §3.3.4): the day is the user's, and so is the time they picked.
  expect(interview).toMatchObject({ timeZone: workspace.effectiveTimeZone, durationMinutes: 240 });
  expect(new Intl.DateTimeFormat('en-GB', { timeZone: workspace.effectiveTimeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(interview.startsAt))).toBe('09:30');
});

test('a home calendar saved as public gets "on my own network" on the source itself, in Settings', async ({ page, request }) => {
  feed = await startFeedServer(invitation(hourAligned(Date.now() + 3 * DAY), 0));
  const state = await callApi(request, app, 'calendar.addFeed', { name: 'Home Radicale', url: feed.url, ownNetwork: true });
  // As a source saved before the choice existed: public, so refused.
  await callApi(request, app, 'calendar.setOwnNetwork', { id: state.sources[0]!.id, ownNetwork: false });
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const source = page.getByRole('listitem', { name: 'Home Radicale' });
  await expect(source.getByRole('alert')).toContainText('tick “This server is on my own network” on this calendar');
  await source.scrollIntoViewIfNeeded();
  await screenshots(page, 'settings-calendar-own-network');
  // The box shows what the core keeps: it turns on once the source has been changed and checked again.
  await source.getByRole('checkbox', { name: /This server is on my own network/ }).click();
  await expect(source).toContainText('Up to date · 2 events');
  await expect(source.getByRole('checkbox', { name: /This server is on my own network/ })).toBeChecked();
  await expectNoSeriousAxeViolations(page);
});
