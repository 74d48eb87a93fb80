import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Application } from '../../shared/domain';
import { dovecotMissingReason, rawMessage, startDovecot, type DovecotServer } from '../support/dovecot';
import { startSmtpSink } from '../support/smtp';
import { freshDataDir, startApp, type RunningApp } from './support/browser-mode';
import { callApi, DAY, fromNow, stopApp, utcDateFromNow } from './support/workspace-api';
import { expectNoSeriousAxeViolations, goToday, screenshots } from './support/workspace-page';

/**
 * Heard back, by itself, end to end in Chromium against browser mode and a real
 * Dovecot started here: connect the mailbox in Settings, a reply lands, Today shows it and holds
 * the check-in, "Heard back" stops the check-ins.
 */
const missing = dovecotMissingReason();
test.skip(missing !== null, missing ?? '');

let app: RunningApp;
let server: DovecotServer;
test.beforeEach(async () => {
  server = await startDovecot();
  app = await startApp(freshDataDir());
});
test.afterEach(async ({ page }) => {
  await page.close();
  await stopApp(app);
  await server.stop();
});

/** Northwind, with Dana the recruiter, after an onsite `daysAgo` days ago whose answer is due `dueInDays` from now. */
async function northwindOnsite(request: APIRequestContext, daysAgo: number, dueInDays: number, interview: { interviewerIds?: boolean; memorableDetail?: string } = {}): Promise<Application> {
  const northwind = (await callApi(request, app, 'applications.create', {
    company: 'Northwind',
    role: 'Staff Engineer',
    stageId: 'interviewing',
    contacts: [{ name: 'Dana Reyes', title: 'Recruiter', email: 'dana@northwind.test', phone: '', notes: '' }],
  })) as Application;
  await callApi(request, app, 'interviews.create', {
    applicationId: northwind.id,
    round: 'Onsite',
    startsAt: fromNow(-daysAgo * DAY),
    timeZone: 'UTC',
    durationMinutes: 60,
    ...(interview.interviewerIds ? { interviewerIds: [northwind.contacts[0]!.id] } : {}),
    ...(interview.memorableDetail ? { memorableDetail: interview.memorableDetail } : {}),
    hearBack: { status: 'date', date: utcDateFromNow(dueInDays * DAY), channel: 'email', asked: true },
  });
  return northwind;
}

test('connect a mailbox, a reply lands, Today asks "Heard back?", and answering stops the check-ins', async ({ page, request }) => {
  // Promised 4 days ago: the first check-in (a business day later) is overdue whatever the weekday,
  // the next one (a week after it) is days ahead — never "today at 09:00", which depends on the hour.
  const northwind = await northwindOnsite(request, 6, -4);

  await page.goto(app.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  const mail = page.getByRole('region', { name: 'Mail' });
  await expect(mail.getByText('kept in memory for this run only')).toBeVisible();
  await expect(mail.getByText('Outlook.com and Microsoft 365 need sign-in with Microsoft')).toBeVisible();
  await mail.getByLabel('Provider').selectOption('custom');
  await mail.getByLabel('Email address').fill(server.user);
  await mail.getByLabel('User name').fill(server.user);
  await mail.getByLabel('Password or app password').fill('wrong');
  await mail.getByLabel('IMAP server').fill(server.host);
  await mail.getByRole('spinbutton', { name: 'Port' }).fill(String(server.port));
  await mail.getByRole('checkbox', { name: /Encrypted connection/ }).uncheck();
  // Why a plain server may be refused: the password only travels encrypted, except to this computer.
  const cleartextNote = mail.getByText(/Without TLS, Hearback still asks the server to encrypt \(STARTTLS\)/);
  await expect(cleartextNote).toBeVisible();
  await cleartextNote.scrollIntoViewIfNeeded();
  await screenshots(page, 'settings-mail-without-tls');
  await expect(mail.getByRole('checkbox', { name: /Send follow-ups from Hearback/ })).not.toBeChecked();
  await mail.getByRole('button', { name: 'Test connection' }).click();
  await expect(mail.getByRole('status').filter({ hasText: 'refused the user name or password' })).toBeVisible();
  await mail.getByLabel('Password or app password').fill(server.password);
  await mail.getByRole('button', { name: 'Test connection' }).click();
  await expect(mail.getByRole('status').filter({ hasText: 'Connected: the user name, password and folders work.' })).toBeVisible();
  await mail.getByRole('button', { name: 'Connect mailbox' }).click();
  const accounts = mail.getByRole('list', { name: 'Connected mail accounts' });
  await expect(accounts.getByText(/Watching/)).toBeVisible();
  await expectNoSeriousAxeViolations(page, '.settings-view');
  await screenshots(page, 'settings-mail');

  // Before the reply: the check-in is overdue.
  await goToday(page);
  await expect(page.getByRole('region', { name: /Overdue/ }).getByRole('listitem', { name: /^Check in with Northwind —/ })).toBeVisible();

  const replyAt = new Date(Date.now() - 3_600_000);
  await server.append(
    'INBOX',
    rawMessage({ from: 'Dana Reyes <dana@northwind.test>', to: server.user, subject: 'Re: Thank you', date: replyAt, messageId: 'reply-e2e@northwind.test', body: 'Unfortunately we decided to move forward with other candidates.' }),
    replyAt,
  );
  await page.getByRole('link', { name: 'Settings' }).click();
  await mail.getByRole('button', { name: 'Check mail now' }).click();
  await expect(mail.getByRole('status').filter({ hasText: 'Checked 1 mailbox.' })).toBeVisible();
  // Told at once, wherever the user is: "<Company> replied: '<subject>'".
  await expect(page.getByText('Northwind replied: ‘Re: Thank you’ — Heard back? See Today.')).toBeVisible();

  await goToday(page);
  const replies = page.getByRole('region', { name: /Replies from companies/ });
  const reply = replies.getByRole('listitem', { name: 'Northwind replied: Re: Thank you' });
  await expect(reply).toContainText('looks like a rejection');
  // Held: the check-in is no longer overdue while the reply awaits an answer.
  await expect(page.getByRole('region', { name: /Overdue/ }).getByRole('listitem', { name: /^Check in with Northwind —/ })).toHaveCount(0);
  await expect(page.getByRole('listitem', { name: /^Check in with Northwind again/ })).toContainText('On hold: the company replied');
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'today-mail-reply');

  // The proposed outcome is never applied by itself: plain "Heard back", or confirm it.
  await expect(reply.getByRole('button', { name: 'Heard back', exact: true })).toBeVisible();
  await reply.getByRole('button', { name: 'Heard back: rejected' }).click();
  await expect(page.getByText(/Recorded that Northwind answered .* \(a rejection\)/)).toBeVisible();
  await expect(replies).toBeHidden();
  const stored = await callApi(request, app, 'applications.get', { id: northwind.id });
  expect(stored.interviews[0]?.heardBackAt).toBe(new Date(Math.floor(replyAt.getTime() / 1000) * 1000).toISOString());
  expect(stored.interviews[0]?.outcome).toBe('rejected');
  expect(stored.followUps.filter((f) => f.kind === 'check-in').every((f) => f.status === 'cancelled')).toBe(true);
});

test('a thank-you found in Sent marks the follow-up sent, and Undo opens it again', async ({ page, request }) => {
  await northwindOnsite(request, 2, 5);
  await page.goto(app.url);
  await goToday(page);
  const thanks = page.getByRole('listitem', { name: /^Send a thank-you note to Northwind —/ });
  await expect(thanks).toBeVisible();

  const sentAt = new Date(Date.now() - 2 * DAY + 3 * 3_600_000);
  await server.append('Sent', rawMessage({ from: server.user, to: 'Dana Reyes <dana@northwind.test>', subject: 'Thank you for Tuesday', date: sentAt, messageId: 'thanks-e2e@example.test' }), sentAt);
  await callApi(request, app, 'mail.accounts.connect', {
    account: { label: 'Work', preset: 'custom', host: server.host, port: server.port, tls: false, user: server.user, address: server.user, sentFolder: 'Sent' },
    password: server.password,
  });
  await callApi(request, app, 'mail.checkNow', {});

  const found = page.getByRole('region', { name: /Found in your Sent mail/ });
  const item = found.getByRole('listitem', { name: /^Found in Sent: Send a thank-you note to Northwind/ });
  await expect(item).toContainText('Marked sent');
  await expect(thanks).toHaveCount(0);
  await screenshots(page, 'today-mail-sent');
  await item.getByRole('button', { name: 'Undo' }).click();
  await expect(found).toBeHidden();
  await expect(thanks).toBeVisible();
});

test('the composer sends the thank-you from the connected account, files it in Sent and marks it sent', async ({ page, request }) => {
  const smtp = await startSmtpSink({ user: server.user, password: server.password });
  try {
    await northwindOnsite(request, 2, 5, { interviewerIds: true, memorableDetail: 'their move to event sourcing' });
    await callApi(request, app, 'mail.accounts.connect', {
      account: { label: 'Work', preset: 'custom', host: server.host, port: server.port, tls: false, user: server.user, address: server.user, sentFolder: 'Sent', smtp: { host: smtp.host, port: smtp.port, tls: false } },
      password: server.password,
    });
    await page.goto(app.url);
    await goToday(page);
    const thanks = page.getByRole('listitem', { name: /^Send a thank-you note to Northwind —/ });
    await thanks.getByRole('button', { name: 'Draft' }).click();
    const composer = page.getByRole('dialog', { name: /^Draft:/ });
    await expect(composer.getByRole('link', { name: 'Open in mail client' })).toBeVisible();
    await screenshots(page, 'composer-send');
    await composer.getByRole('button', { name: `Send from ${server.user}` }).click();
    await expect(page.getByText('Sent to dana@northwind.test and marked sent; a copy is in your Sent folder.')).toBeVisible();
    await expect(composer).toBeHidden();
    await expect(thanks).toHaveCount(0);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.raw).toContain('event sourcing');
  } finally {
    await smtp.close();
  }
});

test('a mailbox that cannot be reached says why on Today and in Settings; Disconnect removes it', async ({ page, request }) => {
  await callApi(request, app, 'mail.accounts.connect', {
    account: { label: 'Work mail', preset: 'custom', host: server.host, port: server.port, tls: false, user: server.user, address: server.user, sentFolder: null },
    password: server.password,
  });
  await server.stop();
  await callApi(request, app, 'mail.checkNow', {});
  await page.goto(app.url);
  await goToday(page);
  const broken = page.getByRole('region', { name: /Mail not checked/ });
  await expect(broken.getByRole('listitem')).toContainText('could not be reached');
  await expect(broken.getByRole('listitem')).toContainText('Trying again at');
  await screenshots(page, 'today-mail-broken');

  await page.getByRole('link', { name: 'Settings' }).click();
  const mail = page.getByRole('region', { name: 'Mail' });
  await expect(mail.getByRole('list', { name: 'Connected mail accounts' })).toContainText('could not be reached');
  await mail.getByRole('button', { name: 'Disconnect Work mail' }).click();
  await expect(mail.getByRole('status').filter({ hasText: 'Disconnected Work mail; its password was deleted.' })).toBeVisible();
  await expect(mail.getByRole('list', { name: 'Connected mail accounts' })).toBeHidden();
  await goToday(page);
  await expect(broken).toBeHidden();
});

test('two applications at one company, one without an interview: Today asks which, and answering the one without an interview works', async ({ page, request }) => {
  const engineer = (await callApi(request, app, 'applications.create', {
    company: 'Adatum',
    role: 'Engineer',
    stageId: 'interviewing',
    contacts: [{ name: 'Kim', title: '', email: 'kim@adatum.test', phone: '', notes: '' }],
  })) as Application;
  // The interview is still ahead: the reply comes before it.
  await callApi(request, app, 'interviews.create', { applicationId: engineer.id, round: 'Onsite', startsAt: fromNow(3 * DAY), timeZone: 'UTC', durationMinutes: 60 });
  const designer = (await callApi(request, app, 'applications.create', { company: 'Adatum', role: 'Designer', stageId: 'applied', jobUrl: 'https://jobs.adatum.test/2' })) as Application;
  const at = new Date(Date.now() - 3_600_000);
  await server.append(
    'INBOX',
    rawMessage({ from: 'Adatum Talent <talent@adatum.test>', to: server.user, subject: 'Your applications at Adatum', date: at, messageId: 'adatum-e2e@adatum.test', body: 'The role is on hold until our budget is confirmed in January.' }),
    at,
  );
  await callApi(request, app, 'mail.accounts.connect', {
    account: { label: 'Work', preset: 'custom', host: server.host, port: server.port, tls: false, user: server.user, address: server.user, sentFolder: null },
    password: server.password,
  });
  await callApi(request, app, 'mail.checkNow', {});

  await page.goto(app.url);
  await goToday(page);
  const replies = page.getByRole('region', { name: /Replies from companies/ });
  const reply = replies.getByRole('listitem', { name: 'Adatum (Designer) or Adatum (Engineer) replied: Your applications at Adatum' });
  await expect(reply).toContainText('looks like on hold (no decision yet)');
  await expect(reply.getByRole('button', { name: 'Heard back from Adatum (Engineer)' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'today-mail-which-application');
  await reply.getByRole('button', { name: 'Heard back from Adatum (Designer)' }).click();
  await expect(page.getByText(/Recorded that Adatum \(Designer\) answered/)).toBeVisible();
  await expect(replies).toBeHidden();
  const status = (await callApi(request, app, 'mail.status', {})) as { replies: unknown[] };
  expect(status.replies).toEqual([]);
  expect(designer.id).not.toBe(engineer.id);
});
