import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailStatus } from '../../../../shared/contract';
import type { Application, FollowUp, Interview } from '../../../../shared/domain';
import type { MailAccount } from '../../../../shared/mail';
import { connectImap } from '../../../../electron/core/mail/imap-session';
import { fakeClock, ok, openTestCore } from '../../../support/core';
import { northwindAfterOnsite } from '../../../support/mail-scenario';
import { dovecotMissingReason, rawMessage, startDovecot, type DovecotServer } from '../../../support/dovecot';
import { startSmtpSink, type SmtpSink } from '../../../support/smtp';

/**
 * Send from Hearback against real servers: SMTP (`smtp-server` on loopback) and Dovecot. The
 * message goes out with our Message-ID, a copy is filed in Sent, the follow-up is marked sent,
 * and a reply naming that Message-ID matches the application by thread.
 */
const missing = dovecotMissingReason();
const NOW = '2026-03-10T16:00:00.000Z';

let imap: DovecotServer;
let smtp: SmtpSink;
beforeAll(async () => {
  if (missing) return;
  imap = await startDovecot();
  smtp = await startSmtpSink({ user: imap.user, password: imap.password });
}, 30_000);
afterAll(async () => {
  await smtp?.close();
  await imap?.stop();
});

describe.skipIf(missing !== null)(`send from Hearback (SMTP + Dovecot)${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('sends the thank-you, files it in Sent, marks it sent, and a reply to it matches by thread', async () => {
    const core = await openTestCore({ clock: fakeClock(NOW) });
    const { app } = await northwindAfterOnsite(core);
    const account = await ok<MailAccount>(core, 'mail.accounts.connect', {
      account: { label: '', preset: 'custom', host: imap.host, port: imap.port, tls: false, user: imap.user, address: imap.user, sentFolder: 'Sent', smtp: { host: smtp.host, port: smtp.port, tls: false } },
      password: imap.password,
    });
    await ok(core, 'mail.checkNow', {});
    const thankYou = core.store.readChildrenOf(app.id).followUps.find((f) => f.kind === 'thank-you')!;

    const sent = await ok<{ messageId: string; savedToSent: boolean; followUp: FollowUp }>(core, 'mail.send', {
      followUpId: thankYou.id,
      accountId: account.id,
      to: ['dana@northwind.test'],
      subject: 'Thank you for today',
      body: 'Thank you for your time — I enjoyed hearing about the migration.',
    });
    expect(sent.followUp).toMatchObject({ status: 'done', statusReason: 'Marked sent' });
    expect(sent.savedToSent).toBe(true);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ from: imap.user, to: ['dana@northwind.test'] });
    expect(smtp.received[0]!.raw).toContain(`Message-ID: <${sent.messageId}>`);
    expect(smtp.received[0]!.raw).toContain('Subject: Thank you for today');

    const client = await connectImap({ host: imap.host, port: imap.port, tls: false, user: imap.user }, imap.password);
    const box = await client.mailboxOpen('Sent', { readOnly: true });
    const found = await client.search({ header: { 'message-id': sent.messageId } }, { uid: true });
    expect(box.exists).toBeGreaterThan(0);
    expect(Array.isArray(found) && found.length).toBe(1);
    await client.logout();

    // Filed in Sent, it never marks another follow-up (the first check-in stays open).
    await ok(core, 'mail.checkNow', {});
    expect(core.store.readChildrenOf(app.id).followUps.filter((f) => f.kind === 'check-in' && f.status === 'done')).toEqual([]);

    // A reply from another address, naming our Message-ID, matches by thread.
    const replyAt = new Date('2026-03-10T15:00:00Z');
    await imap.append('INBOX', rawMessage({ from: 'Hiring <hiring-desk@elsewhere.test>', subject: 'Re: Thank you for today', date: replyAt, inReplyTo: sent.messageId }), replyAt);
    await ok(core, 'mail.checkNow', {});
    const status = await ok<MailStatus>(core, 'mail.status', {});
    expect(status.replies.find((r) => r.subject === 'Re: Thank you for today')).toMatchObject({ via: 'thread', applicationIds: [app.id] });
    await core.close();
  }, 60_000);

  it('a refused SMTP login sends nothing and leaves the follow-up open', async () => {
    // A sending server that knows another user: the account's password is refused there.
    const strict = await startSmtpSink({ user: 'someone-else', password: 'x' });
    const core = await openTestCore({ clock: fakeClock(NOW) });
    const app = await ok<Application>(core, 'applications.create', { company: 'Contoso', role: 'Engineer', stageId: 'interviewing', contacts: [{ name: 'Lee', title: '', email: 'lee@contoso.test', phone: '', notes: '' }] });
    await ok<Interview>(core, 'interviews.create', { applicationId: app.id, round: 'Call', startsAt: '2026-03-10T09:00:00.000Z', timeZone: 'UTC' });
    const account = await ok<MailAccount>(core, 'mail.accounts.connect', {
      account: { label: '', preset: 'custom', host: imap.host, port: imap.port, tls: false, user: imap.user, address: imap.user, sentFolder: null, smtp: { host: strict.host, port: strict.port, tls: false } },
      password: imap.password,
    });
    const thankYou = core.store.readChildrenOf(app.id).followUps.find((f) => f.kind === 'thank-you')!;
    const refused = await core.dispatch('mail.send', { followUpId: thankYou.id, accountId: account.id, to: ['lee@contoso.test'], subject: 'Thanks', body: 'Thanks!' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/^Not sent: The server refused the user name or password/);
    expect(strict.received).toEqual([]);
    expect(core.store.readFollowUp(thankYou.id)?.status).toBe('pending');
    await core.close();
    await strict.close();
  }, 60_000);
});
