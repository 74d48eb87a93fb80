import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MailStatus } from '../../../../shared/contract';
import type { Application, Interview } from '../../../../shared/domain';
import type { MailMatch } from '../../../../shared/mail';
import { fakeClock, ok, openTestCore, tempDir } from '../../../support/core';

/**
 * The mail methods' boundaries, without a server: invalid input names the field and keeps
 * nothing; a reply that matches two applications asks which before recording anything.
 */
const NOW = '2026-03-20T10:00:00.000Z';

describe('mail contract', () => {
  it.each([
    [{ port: 0 }, 'account.port'],
    [{ host: 'not a host!' }, 'account.host'],
    [{ address: 'nobody' }, 'account.address'],
    [{ lookBackDays: 1000 }, 'account.lookBackDays'],
    [{ smtp: { host: '', port: 465, tls: true } }, 'account.smtp.host'],
  ])('refuses %o naming %s, and keeps nothing', async (patch, path) => {
    const core = await openTestCore({ clock: fakeClock(NOW) });
    const account = { label: '', preset: 'custom', host: 'imap.example.test', port: 993, tls: true, user: 'jo', address: 'jo@example.test', ...patch };
    const answer = await core.dispatch('mail.accounts.connect', { account, password: 'secret' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('invalid_request');
      expect(answer.error.issues.map((i) => i.path)).toContain(path);
    }
    expect((await ok<MailStatus>(core, 'mail.status', {})).accounts).toEqual([]);
    await core.close();
  });

  it('an empty password is refused before anything is tried', async () => {
    const core = await openTestCore({ clock: fakeClock(NOW) });
    const answer = await core.dispatch('mail.accounts.test', { account: { label: '', preset: 'custom', host: 'imap.example.test', port: 993, tls: true, user: 'jo', address: 'jo@example.test' }, password: '' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.issues.map((i) => i.path)).toContain('password');
    await core.close();
  });

  it('a reply matching two applications asks which; the answer records heard back on that one only', async () => {
    const dataDir = tempDir();
    let core = await openTestCore({ clock: fakeClock(NOW), dataDir });
    const apps: Application[] = [];
    const interviews: Interview[] = [];
    for (const company of ['Northwind Traders', 'Northwind Labs']) {
      const app = await ok<Application>(core, 'applications.create', { company, role: 'Engineer', stageId: 'interviewing' });
      apps.push(app);
      interviews.push(await ok<Interview>(core, 'interviews.create', { applicationId: app.id, round: 'Onsite', startsAt: '2026-03-10T09:00:00.000Z', timeZone: 'UTC' }));
    }
    await core.close();
    const match: MailMatch = {
      id: 'mid:r@northwind.test',
      accountId: 'acc',
      messageId: 'r@northwind.test',
      date: '2026-03-18T12:00:00.000Z',
      sender: 'hr@northwind.test',
      subject: 'Re: Onsite',
      applicationIds: apps.map((a) => a.id),
      via: 'domain',
      outcome: null,
      status: 'open',
      answeredApplicationId: null,
    };
    writeFileSync(join(dataDir, 'mail.json'), JSON.stringify({ version: 1, accounts: [], cursors: {}, matches: [match], threads: {} }));
    core = await openTestCore({ clock: fakeClock(NOW), dataDir });
    const status = await ok<MailStatus>(core, 'mail.status', {});
    expect(status.replies[0]?.companies.map((c) => c.company)).toEqual(['Northwind Labs', 'Northwind Traders']); // by name
    expect(status.heldApplicationIds).toEqual(apps.map((a) => a.id).sort());

    const unsure = await core.dispatch('mail.replies.answer', { id: match.id, answer: 'heard-back' });
    expect(unsure.ok).toBe(false);
    if (!unsure.ok) expect(unsure.error.issues.map((i) => i.path)).toEqual(['applicationId']);
    expect(core.store.readInterview(interviews[0]!.id)?.heardBackAt).toBeNull();

    await ok(core, 'mail.replies.answer', { id: match.id, answer: 'heard-back', applicationId: apps[1]!.id });
    expect(core.store.readInterview(interviews[1]!.id)?.heardBackAt).toBe(match.date);
    expect(core.store.readInterview(interviews[0]!.id)?.heardBackAt).toBeNull();
    expect((await ok<MailStatus>(core, 'mail.status', {})).heldApplicationIds).toEqual([]);
    const again = await core.dispatch('mail.replies.answer', { id: match.id, answer: 'not-about-this' });
    expect(again.ok ? null : again.error.code).toBe('conflict');
    await core.close();
  });

  it('a proposed outcome is recorded only when the user confirms it', async () => {
    const dataDir = tempDir();
    let core = await openTestCore({ clock: fakeClock(NOW), dataDir });
    const app = await ok<Application>(core, 'applications.create', { company: 'Fabrikam', role: 'Engineer', stageId: 'interviewing' });
    const interview = await ok<Interview>(core, 'interviews.create', { applicationId: app.id, round: 'Final', startsAt: '2026-03-10T09:00:00.000Z', timeZone: 'UTC' });
    await core.close();
    const base: Omit<MailMatch, 'id' | 'messageId' | 'subject' | 'outcome'> = {
      accountId: 'acc',
      date: '2026-03-18T12:00:00.000Z',
      sender: 'hr@fabrikam.test',
      applicationIds: [app.id],
      via: 'domain',
      status: 'open',
      answeredApplicationId: null,
    };
    const offer: MailMatch = { ...base, id: 'mid:offer@f', messageId: 'offer@f', subject: 'Your offer', outcome: 'offer' };
    const plain: MailMatch = { ...base, id: 'mid:plain@f', messageId: 'plain@f', subject: 'Hello', outcome: null };
    writeFileSync(join(dataDir, 'mail.json'), JSON.stringify({ version: 1, accounts: [], cursors: {}, matches: [plain, offer], threads: {} }));
    core = await openTestCore({ clock: fakeClock(NOW), dataDir });
    const refused = await core.dispatch('mail.replies.answer', { id: plain.id, answer: 'heard-back', confirmOutcome: true });
    expect(refused.ok ? [] : refused.error.issues.map((i) => i.path)).toEqual(['confirmOutcome']);
    expect(core.store.readInterview(interview.id)).toMatchObject({ heardBackAt: null, outcome: 'pending' });
    await ok(core, 'mail.replies.answer', { id: offer.id, answer: 'heard-back', confirmOutcome: true });
    expect(core.store.readInterview(interview.id)).toMatchObject({ heardBackAt: offer.date, outcome: 'offer' });
    await core.close();
  });

  it('heard back never takes a date in the future', async () => {
    const core = await openTestCore({ clock: fakeClock(NOW) });
    const app = await ok<Application>(core, 'applications.create', { company: 'Contoso', role: 'Engineer', stageId: 'interviewing' });
    const interview = await ok<Interview>(core, 'interviews.create', { applicationId: app.id, round: 'Call', startsAt: '2026-03-10T09:00:00.000Z', timeZone: 'UTC' });
    await ok(core, 'interviews.heardBack', { id: interview.id, heardBack: true, at: '2030-01-01T00:00:00.000Z' });
    expect(core.store.readInterview(interview.id)?.heardBackAt).toBe(NOW);
    await core.close();
  });
});
