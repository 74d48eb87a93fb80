import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { MailReplyNotice, MailStatus } from '../../../../shared/contract';
import type { Application, FollowUp, Interview } from '../../../../shared/domain';
import { urgencies } from '../../../../shared/followup';
import type { MailAccount, MailMatch } from '../../../../shared/mail';
import { memorySecretStore } from '../../../../electron/core/secrets/secret-store';
import { fakeClock, ok, openTestCore, tempDir } from '../../../support/core';
import { dovecotMissingReason, rawMessage, startDovecot, type DovecotServer } from '../../../support/dovecot';

/**
 * The mail watcher against a real Dovecot (started here on a loopback port, stopped after):
 * connect, a reply lands, it holds the check-ins, "Heard back" records the message's date and
 * cancels them; auto-replies and newsletters never count; a second look fetches nothing new.
 */
const missing = dovecotMissingReason();
const NOW = '2026-03-20T10:00:00.000Z';

let server: DovecotServer;
beforeAll(async () => {
  if (!missing) server = await startDovecot();
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

async function seed(core: Core) {
  const app = await ok<Application>(core, 'applications.create', {
    company: 'Northwind',
    role: 'Staff Engineer',
    stageId: 'interviewing',
    jobUrl: 'https://careers.northwind.test/jobs/1',
    contacts: [{ name: 'Dana Reyes', title: 'Recruiter', email: 'dana@northwind.test', phone: '', notes: '' }],
  });
  const interview = await ok<Interview>(core, 'interviews.create', {
    applicationId: app.id,
    round: 'Onsite',
    startsAt: '2026-03-10T09:00:00.000Z',
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    hearBack: { status: 'date', date: '2026-03-13', channel: 'email', asked: true },
  });
  return { app, interview };
}

const account = (over: Partial<MailAccount> = {}) => ({
  label: 'Test',
  preset: 'custom' as const,
  host: server.host,
  port: server.port,
  tls: false,
  user: server.user,
  address: server.user,
  sentFolder: 'Sent',
  ...over,
});

const checkInStates = (core: Core, status: MailStatus, applicationId: string): string[] => {
  const followUps: FollowUp[] = core.store.readChildrenOf(applicationId).followUps.filter((f) => f.kind === 'check-in');
  const u = urgencies(followUps, Date.parse(NOW), 'Europe/Berlin', new Set(status.heldApplicationIds));
  return followUps.filter((f) => f.sequence === 1).map((f) => u.get(f.id)!.state);
};

describe.skipIf(missing !== null)(`mail watcher against Dovecot${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('test connection names the problem: wrong password, folder missing, unreachable, TLS', async () => {
    const core = await openTestCore({ clock: fakeClock(NOW) });
    const wrong = await ok<{ ok: boolean; problem: { code: string } | null }>(core, 'mail.accounts.test', { account: account(), password: 'nope' });
    expect(wrong.problem?.code).toBe('wrong-password');
    const folder = await ok<{ ok: boolean; problem: { code: string; message: string } | null }>(core, 'mail.accounts.test', { account: account({ sentFolder: 'Gesendet' }), password: server.password });
    expect(folder.problem).toMatchObject({ code: 'folder-missing' });
    expect(folder.problem?.message).toContain('Gesendet');
    const closedPort = await ok<{ problem: { code: string } | null }>(core, 'mail.accounts.test', { account: account({ port: 1 }), password: server.password });
    expect(closedPort.problem?.code).toBe('unreachable');
    const tls = await ok<{ problem: { code: string } | null }>(core, 'mail.accounts.test', { account: account({ tls: true }), password: server.password });
    expect(tls.problem?.code).toBe('tls');
    const good = await ok<{ ok: boolean; folders: string[] }>(core, 'mail.accounts.test', { account: account(), password: server.password });
    expect(good.ok).toBe(true);
    expect(good.folders).toContain('INBOX');
    // A refused connect keeps nothing.
    expect((await core.dispatch('mail.accounts.connect', { account: account(), password: 'nope' })).ok).toBe(false);
    expect((await ok<MailStatus>(core, 'mail.status', {})).accounts).toEqual([]);
    await core.close();
  }, 60_000);

  it('a reply holds the check-ins; Heard back records the message date and cancels them; auto-replies and lists never count', async () => {
    const dataDir = tempDir();
    const told: MailReplyNotice[][] = [];
    const core = await openTestCore({ clock: fakeClock(NOW), dataDir, notifier: { show: () => {}, showReplies: (replies) => told.push(replies) } });
    const { app, interview } = await seed(core);
    // Old mail (before the interview) and noise land first.
    await server.append('INBOX', rawMessage({ from: 'Dana <dana@northwind.test>', subject: 'Interview invitation', date: new Date('2026-03-01T09:00:00Z') }), new Date('2026-03-01T09:00:00Z'));
    await server.append('INBOX', rawMessage({ from: 'Dana <dana@northwind.test>', subject: 'Out of office', date: new Date('2026-03-16T09:00:00Z'), extra: ['Auto-Submitted: auto-replied'] }), new Date('2026-03-16T09:00:00Z'));
    await server.append('INBOX', rawMessage({ from: 'News <news@northwind.test>', subject: 'Our newsletter', date: new Date('2026-03-16T09:00:00Z'), extra: ['List-Id: <news.northwind.test>'] }), new Date('2026-03-16T09:00:00Z'));
    await server.append('INBOX', rawMessage({ from: 'Ads <ads@elsewhere.test>', subject: 'Buy now', date: new Date('2026-03-16T09:00:00Z') }), new Date('2026-03-16T09:00:00Z'));

    const connected = await ok<MailAccount>(core, 'mail.accounts.connect', { account: account(), password: server.password });
    await ok(core, 'mail.checkNow', {});
    let status = await ok<MailStatus>(core, 'mail.status', {});
    expect(status.accounts).toMatchObject([{ account: { id: connected.id }, state: 'watching', problem: null }]);
    expect(status.replies).toEqual([]);
    expect(checkInStates(core, status, app.id)).toEqual(['overdue']);
    // The password is in the secret store, never in the mail file.
    expect(JSON.stringify(status)).not.toContain(server.password);

    const replyDate = new Date('2026-03-18T15:30:00Z');
    await server.append(
      'INBOX',
      rawMessage({ from: 'Dana Reyes <dana@northwind.test>', subject: 'Re: Thank you', date: replyDate, messageId: 'reply-1@northwind.test', body: 'We would like to schedule a final interview with the team.' }),
      replyDate,
    );
    // Resume from sleep looks at every account.
    core.hint('resume');
    await core.settled();
    status = await ok<MailStatus>(core, 'mail.status', {});
    expect(status.replies).toHaveLength(1);
    expect(status.replies[0]).toMatchObject({ subject: 'Re: Thank you', via: 'contact', applicationIds: [app.id], outcome: 'next-round', companies: [{ company: 'Northwind' }] });
    expect(status.heldApplicationIds).toEqual([app.id]);
    // The notification: "<Company> replied: '<subject>'" (notifications on, not quiet hours).
    expect(told).toEqual([[{ id: status.replies[0]!.id, applicationId: app.id, company: 'Northwind', subject: 'Re: Thank you' }]]);
    expect(checkInStates(core, status, app.id)).toEqual(['waiting']);
    expect(core.dueCount()).toBe(0 + core.store.readChildrenOf(app.id).followUps.filter((f) => f.kind === 'thank-you' && f.status === 'pending').length);

    // Looking again (here: the computer woke up) finds nothing new and never repeats the reply.
    core.hint('resume');
    await core.settled();
    await ok(core, 'mail.checkNow', {});
    expect((await ok<MailStatus>(core, 'mail.status', {})).replies).toHaveLength(1);

    const answered = await ok<MailMatch>(core, 'mail.replies.answer', { id: status.replies[0]!.id, answer: 'heard-back' });
    expect(answered.status).toBe('heard-back');
    expect(core.store.readInterview(interview.id)?.heardBackAt).toBe(replyDate.toISOString());
    // Insights: promised 13 March, answered 18 March — late.
    const insights = await ok<{ promises: { kept: number; late: number } }>(core, 'insights.get', {});
    expect(insights.promises).toMatchObject({ kept: 0, late: 1 });
    const checkIns = core.store.readChildrenOf(app.id).followUps.filter((f) => f.kind === 'check-in');
    expect(checkIns.every((f) => f.status === 'cancelled' && f.statusReason === 'Heard back')).toBe(true);
    status = await ok<MailStatus>(core, 'mail.status', {});
    expect(status.replies).toEqual([]);
    expect(status.heldApplicationIds).toEqual([]);
    await core.close();

    // Reopened: the cursor is kept, the reply is not asked again.
    const again = await openTestCore({ clock: fakeClock(NOW), dataDir });
    expect((await ok<MailStatus>(again, 'mail.status', {})).accounts[0]?.account.id).toBe(connected.id);
    await again.close();
  }, 60_000);

  it('"Not about this" releases the hold; disconnect deletes the password and the account', async () => {
    const secrets = memorySecretStore('for this test');
    const core = await openTestCore({ clock: fakeClock(NOW), secrets });
    const { app } = await seed(core);
    const connected = await ok<MailAccount>(core, 'mail.accounts.connect', { account: account({ address: 'someone-else@example.test' }), password: server.password });
    expect(secrets.keys('mail:')).toEqual([`mail:${connected.id}:password`]);
    await ok(core, 'mail.checkNow', {});
    const date = new Date('2026-03-19T08:00:00Z');
    await server.append('INBOX', rawMessage({ from: 'hr@northwind.test', subject: 'Benefits enrolment', date, messageId: 'other-2@northwind.test' }), date);
    await ok(core, 'mail.checkNow', {});
    let status = await ok<MailStatus>(core, 'mail.status', {});
    const reply = status.replies.find((r) => r.messageId === 'other-2@northwind.test')!;
    expect(reply.via).toBe('domain');
    // (The earlier test's reply is in this mailbox too: a new data folder sees it as new.)
    for (const r of status.replies) await ok(core, 'mail.replies.answer', { id: r.id, answer: 'not-about-this' });
    status = await ok<MailStatus>(core, 'mail.status', {});
    expect(status.heldApplicationIds).not.toContain(app.id);
    expect(core.store.readChildrenOf(app.id).followUps.some((f) => f.status === 'cancelled')).toBe(false);

    await ok(core, 'mail.accounts.disconnect', { id: connected.id });
    status = await ok<MailStatus>(core, 'mail.status', {});
    expect(status.accounts).toEqual([]);
    expect(secrets.keys('mail:')).toEqual([]);
    await core.close();
  }, 60_000);

  it('a thank-you found in Sent marks the follow-up sent at the message time, once, with a history line and an Undo', async () => {
    const core = await openTestCore({ clock: fakeClock(NOW) });
    const { app } = await seed(core);
    const thankYou = () => core.store.readChildrenOf(app.id).followUps.find((f) => f.kind === 'thank-you')!;
    expect(thankYou().status).toBe('pending');
    const sentAt = new Date('2026-03-10T17:45:00Z');
    await server.append('Sent', rawMessage({ from: server.user, to: 'Dana Reyes <dana@northwind.test>', subject: 'Thank you for today', date: sentAt, messageId: 'thanks-1@example.test' }), sentAt);
    await ok(core, 'mail.accounts.connect', { account: account(), password: server.password });
    await ok(core, 'mail.checkNow', {});
    expect(thankYou()).toMatchObject({ status: 'done', statusReason: 'Marked sent', updatedAt: sentAt.toISOString() });
    const status = await ok<MailStatus>(core, 'mail.status', {});
    expect(status.sentSeen).toMatchObject([{ followUpId: thankYou().id, at: sentAt.toISOString() }]);
    const history = await ok<{ events: { summary: string }[] }>(core, 'history.list', { applicationId: app.id });
    expect(history.events.some((e) => e.summary.includes('in Sent mail: marked sent'))).toBe(true);

    await ok(core, 'history.undo', { actionId: status.sentSeen[0]!.actionId });
    expect(thankYou().status).toBe('pending');
    // Looked at again, the same message never marks anything a second time.
    await ok(core, 'mail.checkNow', {});
    expect(thankYou().status).toBe('pending');
    await core.close();
  }, 60_000);

  it('during quiet hours a reply is told in the app only, never by an OS notification', async () => {
    const told: MailReplyNotice[][] = [];
    const events: MailReplyNotice[][] = [];
    const core = await openTestCore({ clock: fakeClock('2026-03-20T21:30:00.000Z'), notifier: { show: () => {}, showReplies: (replies) => told.push(replies) } });
    core.onEvent((event, payload) => {
      if (event === 'mail.replies') events.push((payload as { replies: MailReplyNotice[] }).replies);
    });
    await seed(core);
    const at = new Date('2026-03-20T20:00:00Z');
    await server.append('INBOX', rawMessage({ from: 'Dana Reyes <dana@northwind.test>', subject: 'Re: late news', date: at, messageId: 'late-1@northwind.test' }), at);
    await ok(core, 'mail.accounts.connect', { account: account(), password: server.password });
    await ok(core, 'mail.checkNow', {});
    expect(events.flat().map((r) => r.subject)).toContain('Re: late news');
    expect(told).toEqual([]);
    await core.close();
  }, 60_000);

  it('several accounts are looked at together: what each finds is kept, a message seen in both counts once', async () => {
    const told: MailReplyNotice[][] = [];
    const core = await openTestCore({ clock: fakeClock(NOW), notifier: { show: () => {}, showReplies: (replies) => told.push(replies) } });
    await seed(core);
    const at = new Date('2026-03-19T09:00:00Z');
    const both = rawMessage({ from: 'Dana Reyes <dana@northwind.test>', subject: 'Re: both boxes', date: at, messageId: 'both-1@northwind.test' });
    await server.appendMany('BoxA', [both, rawMessage({ from: 'dana@northwind.test', subject: 'Re: only in A', date: at, messageId: 'only-a@northwind.test' })], at);
    await server.appendMany('BoxB', [both, rawMessage({ from: 'dana@northwind.test', subject: 'Re: only in B', date: at, messageId: 'only-b@northwind.test' })], at);
    for (const [label, inbox] of [
      ['Work', 'BoxA'],
      ['Forwarded copy', 'BoxB'],
    ] as const) {
      await ok(core, 'mail.accounts.connect', { account: account({ label, inbox, sentFolder: null }), password: server.password });
    }
    await ok(core, 'mail.checkNow', {});
    await ok(core, 'mail.checkNow', {});
    const status = await ok<MailStatus>(core, 'mail.status', {});
    expect(status.accounts.map((a) => [a.account.label, a.state])).toEqual([
      ['Work', 'watching'],
      ['Forwarded copy', 'watching'],
    ]);
    expect(status.replies.map((r) => r.subject).sort()).toEqual(['Re: both boxes', 'Re: only in A', 'Re: only in B']);
    // Each reply was told once, whichever account found it first.
    expect(
      told
        .flat()
        .map((r) => r.subject)
        .sort(),
    ).toEqual(['Re: both boxes', 'Re: only in A', 'Re: only in B']);
    await core.close();
  }, 60_000);
});
