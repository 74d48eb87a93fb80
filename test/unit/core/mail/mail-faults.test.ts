import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { connectImap } from '../../../../electron/core/mail/imap-session';
import type { MailStatus } from '../../../../shared/contract';
import type { Application } from '../../../../shared/domain';
import { fakeClock, ok, openTestCore } from '../../../support/core';
import { northwindAfterOnsite } from '../../../support/mail-scenario';
import { dovecotMissingReason, rawMessage, startDovecot, startDroppingProxy, type DovecotServer, type DroppingProxy } from '../../../support/dovecot';

/**
 * Bad input and faults against a real Dovecot: a malformed message, a huge one, a wrong charset,
 * a connection dropped mid-fetch, a UIDVALIDITY change — none stops the watcher or counts a reply twice.
 * Each test watches its own folder, so they share one server.
 */
const missing = dovecotMissingReason();
const NOW = '2026-03-20T10:00:00.000Z';
const REPLY_DAY = new Date('2026-03-18T12:00:00Z');

let server: DovecotServer;
let proxy: DroppingProxy;
beforeAll(async () => {
  if (missing) return;
  server = await startDovecot();
  proxy = await startDroppingProxy({ host: server.host, port: server.port });
}, 30_000);
afterAll(async () => {
  await proxy?.close();
  await server?.stop();
});

type Connect = (target: Parameters<typeof connectImap>[0], password: string) => Promise<ImapFlow>;

async function setUp(folder: string, viaProxy = false, connect?: Connect): Promise<{ core: Core; app: Application }> {
  const core = await openTestCore({
    clock: fakeClock(NOW),
    mail: viaProxy ? { connect: (target, password) => connectImap({ ...target, port: proxy.port }, password) } : connect ? { connect } : undefined,
  });
  const { app } = await northwindAfterOnsite(core);
  await server.appendMany(folder, [], REPLY_DAY);
  await ok(core, 'mail.accounts.connect', { account: { label: '', preset: 'custom', host: server.host, port: server.port, tls: false, user: server.user, address: server.user, inbox: folder, sentFolder: null }, password: server.password });
  return { core, app };
}

const status = (core: Core) => ok<MailStatus>(core, 'mail.status', {});
const reply = (n: number, extra: Partial<Parameters<typeof rawMessage>[0]> = {}) =>
  rawMessage({ from: 'Dana <dana@northwind.test>', subject: `Re: update ${n}`, date: REPLY_DAY, messageId: `r${n}-${Math.random().toString(36).slice(2)}@northwind.test`, ...extra });

describe.skipIf(missing !== null)(`mail faults against Dovecot${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('a malformed message, a huge one and a wrong charset neither crash the watcher nor hide the next reply', async () => {
    const { core } = await setUp('Faults');
    const malformed = Buffer.from('From: <<<@@@>>> "unterminated\r\nSubject: =?bogus?Q?broken?=\r\nDate: not a date at all\r\nIn-Reply-To: <<<>>>\r\nReferences: garbage <also garbage\r\n\r\nbody without headers end');
    const huge = reply(1, { body: 'x'.repeat(3 * 1024 * 1024) });
    const latin1 = Buffer.concat([
      Buffer.from('From: Dana <dana@northwind.test>\r\nSubject: =?x-no-such-charset?B?w6l0w6k=?=\r\nDate: Wed, 18 Mar 2026 12:00:00 +0000\r\nMessage-ID: <latin1@northwind.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x0a]),
    ]);
    for (const raw of [malformed, huge, latin1]) await server.append('Faults', raw, REPLY_DAY);
    await ok(core, 'mail.checkNow', {});
    let s = await status(core);
    expect(s.accounts[0]).toMatchObject({ state: 'watching', problem: null });
    // The huge and the wrongly-encoded replies are from the contact: both count, once each.
    expect(s.replies.map((r) => r.via)).toEqual(['contact', 'contact']);
    await server.append('Faults', reply(2), REPLY_DAY);
    await ok(core, 'mail.checkNow', {});
    s = await status(core);
    expect(s.replies).toHaveLength(3);
    expect(new Set(s.replies.map((r) => r.id)).size).toBe(3);
    await core.close();
  }, 60_000);

  it('a connection dropped mid-fetch is retried from the same place and counts each reply once', async () => {
    const { core } = await setUp('Dropped', true);
    await ok(core, 'mail.checkNow', {});
    // Armed before the mail lands: IDLE tells the watcher at once, and that look must be cut too.
    proxy.dropAfter(3000);
    await server.appendMany(
      'Dropped',
      Array.from({ length: 40 }, (_, i) => reply(100 + i)),
      REPLY_DAY,
    );
    await ok(core, 'mail.checkNow', {});
    let s = await status(core);
    expect(proxy.drops()).toBeGreaterThan(0);
    expect(s.accounts[0]).toMatchObject({ state: 'retrying', problem: { code: 'unreachable' } });
    expect(s.accounts[0]?.retryAt).not.toBeNull();
    proxy.disarm();
    await ok(core, 'mail.checkNow', {});
    s = await status(core);
    expect(s.accounts[0]).toMatchObject({ state: 'watching', problem: null });
    expect(s.replies).toHaveLength(40);
    await ok(core, 'mail.checkNow', {});
    expect((await status(core)).replies).toHaveLength(40);
    await core.close();
  }, 60_000);

  it('a kept connection that died unnoticed is replaced before anything is reported: Check now tells what is true now', async () => {
    const opened: ImapFlow[] = [];
    const { core } = await setUp('Unnoticed', false, async (target, password) => {
      const client = await connectImap(target, password);
      opened.push(client);
      return client;
    });
    await ok(core, 'mail.checkNow', {});
    expect(opened).toHaveLength(1);
    // The kept connection still looks usable, but the server behind it answers like one shutting down.
    const dying = opened[0]!;
    const internalError = () => Promise.reject(Object.assign(new Error('Command failed'), { responseText: 'Internal error occurred. Refer to server log for more information.' }));
    Object.assign(dying, { status: internalError, getMailboxLock: internalError, mailboxOpen: internalError, search: internalError });
    await server.append('Unnoticed', reply(300), REPLY_DAY);
    await ok(core, 'mail.checkNow', {});
    const s = await status(core);
    expect(opened).toHaveLength(2);
    expect(s.accounts[0]).toMatchObject({ state: 'watching', problem: null });
    expect(s.replies).toHaveLength(1);
    await core.close();
  }, 60_000);

  it('a UIDVALIDITY change starts over within the look-back without counting a reply twice', async () => {
    const { core } = await setUp('Renumbered');
    const first = reply(200, { messageId: 'stable-200@northwind.test' });
    await server.append('Renumbered', first, REPLY_DAY);
    await ok(core, 'mail.checkNow', {});
    expect((await status(core)).replies).toHaveLength(1);
    await server.recreateFolder('Renumbered');
    await server.append('Renumbered', first, REPLY_DAY);
    await server.append('Renumbered', reply(201), REPLY_DAY);
    await ok(core, 'mail.checkNow', {});
    const s = await status(core);
    expect(s.replies.map((r) => r.subject).sort()).toEqual(['Re: update 200', 'Re: update 201']);
    await core.close();
  }, 60_000);

  it('a missing folder is reported as such, and the watcher keeps trying', async () => {
    const { core } = await setUp('WillVanish');
    await ok(core, 'mail.checkNow', {});
    const c = await connectImap({ host: server.host, port: server.port, tls: false, user: server.user }, server.password);
    await c.mailboxDelete('WillVanish');
    await c.logout();
    await ok(core, 'mail.checkNow', {});
    const s = await status(core);
    expect(s.accounts[0]).toMatchObject({ state: 'retrying', problem: { code: 'folder-missing' } });
    expect(s.accounts[0]?.problem?.message).toContain('WillVanish');
    await core.close();
  }, 60_000);

  it('a server whose certificate is not trusted is a TLS problem, and nothing is kept', async () => {
    const tlsServer = await startDovecot({ tlsPort: true });
    try {
      const core = await openTestCore({ clock: fakeClock(NOW) });
      const account = { label: '', preset: 'custom', host: tlsServer.host, port: tlsServer.tlsPort, tls: true, user: tlsServer.user, address: tlsServer.user, sentFolder: null };
      const tried = await ok<{ ok: boolean; problem: { code: string; message: string } | null }>(core, 'mail.accounts.test', { account, password: tlsServer.password });
      expect(tried.problem?.code).toBe('tls');
      expect(tried.problem?.message).toContain(`${tlsServer.host}:${tlsServer.tlsPort}`);
      const refused = await core.dispatch('mail.accounts.connect', { account, password: tlsServer.password });
      expect(refused.ok).toBe(false);
      expect((await status(core)).accounts).toEqual([]);
      await core.close();
      // The listener itself works: only the untrusted certificate stood in the way.
      const trusting = new ImapFlow({ host: tlsServer.host, port: tlsServer.tlsPort, secure: true, tls: { rejectUnauthorized: false }, auth: { user: tlsServer.user, pass: tlsServer.password }, logger: false });
      await trusting.connect();
      expect(trusting.secureConnection).toBe(true);
      await trusting.logout();
    } finally {
      await tlsServer.stop();
    }
  }, 60_000);
});
