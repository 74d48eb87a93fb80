import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectImap } from '../../../../electron/core/mail/imap-session';
import { DEFAULT_POLL_MS, MailService, RETRY_DELAYS_MS, type MailServiceDeps } from '../../../../electron/core/mail/mail-service';
import { memorySecretStore } from '../../../../electron/core/secrets/secret-store';
import type { Application, Interview } from '../../../../shared/domain';
import { makeApplication, makeInterview } from '../../shared/export/fixtures';
import { tempDir } from '../../../support/core';
import { dovecotMissingReason, rawMessage, startDovecot, type DovecotServer } from '../../../support/dovecot';

/**
 * The watcher's rhythm, with the timers in the test's hands: a poll after each look, a backoff
 * after each failure (30 s, 1 min, 2 min, 5 min, then every 15 min), the quick poll finding new
 * mail on the still-selected inbox, and an account whose password is not kept saying so.
 */
const missing = dovecotMissingReason();
let server: DovecotServer;
beforeAll(async () => {
  if (!missing) server = await startDovecot();
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

function harness(over: Partial<MailServiceDeps> = {}) {
  let now = Date.parse('2026-03-20T10:00:00.000Z');
  const timers: { fn: () => void; ms: number }[] = [];
  const app: Application = makeApplication({ id: 'app1', company: 'Northwind', contacts: [{ id: 'c1', name: 'Dana', title: '', email: 'dana@northwind.test', phone: '', notes: '' }] });
  const interview: Interview = makeInterview({ id: 'i1', applicationId: 'app1', startsAt: '2026-03-10T09:00:00.000Z', heardBackAt: null });
  const secrets = over.secrets ?? memorySecretStore('test');
  const deps: MailServiceDeps = {
    dataDir: tempDir(),
    now: () => now,
    newId: () => randomUUID(),
    secrets,
    timers: {
      setTimeout: (fn, ms) => timers.push({ fn, ms }) - 1,
      clearTimeout: (handle) => {
        const t = timers[handle as number];
        if (t) t.fn = () => {};
      },
    },
    records: () => ({ applications: [app], interviews: [interview] }),
    onChanged: () => {},
    warn: () => {},
    ...over,
  };
  return { deps, service: new MailService(deps), timers, advance: (ms: number) => (now += ms), lastTimer: () => timers[timers.length - 1]! };
}

const account = (inbox: string) => ({ label: '', preset: 'custom' as const, host: server.host, port: server.port, tls: false, user: server.user, address: server.user, inbox, sentFolder: null });

describe.skipIf(missing !== null)(`mail watcher rhythm${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('after a look the next poll is armed; the poll (quick, inbox still selected) finds new mail', async () => {
    const h = harness();
    await server.appendMany('Rhythm', []);
    await h.service.connect(account('Rhythm'), server.password);
    await h.service.checkAll();
    expect(h.lastTimer().ms).toBe(DEFAULT_POLL_MS);
    expect(h.service.replies()).toEqual([]);
    const at = new Date('2026-03-19T10:00:00Z');
    await server.append('Rhythm', rawMessage({ from: 'Dana <dana@northwind.test>', subject: 'Re: next steps', date: at }), at);
    h.advance(DEFAULT_POLL_MS);
    h.lastTimer().fn();
    await h.service.checkAll({ thorough: false });
    expect(h.service.replies().map((r) => r.subject)).toEqual(['Re: next steps']);
    expect(h.service.accounts()[0]).toMatchObject({ state: 'watching', lastCheckedAt: new Date(Date.parse('2026-03-20T10:00:00.000Z') + DEFAULT_POLL_MS).toISOString() });
    await h.service.stop();
  }, 30_000);

  it('IDLE: mail arriving while the connection idles is looked at without waiting for the poll', async () => {
    let found: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (found = resolve));
    const h = harness({ connect: (target, password) => connectImap(target, password, { autoIdleDelayMs: 50 }) });
    h.deps.onChanged = () => {
      if (h.service.replies().length > 0) found();
    };
    await server.appendMany('Idle', []);
    await h.service.connect(account('Idle'), server.password);
    await h.service.checkAll();
    const at = new Date('2026-03-19T11:00:00Z');
    await server.append('Idle', rawMessage({ from: 'Dana <dana@northwind.test>', subject: 'Re: while idling', date: at }), at);
    // No timer fires here: the server's EXISTS during IDLE starts the look.
    await arrived;
    expect(h.service.replies().map((r) => r.subject)).toEqual(['Re: while idling']);
    await h.service.stop();
  }, 30_000);

  it('backs off after failures, says why, and goes back to watching when the server answers', async () => {
    let failing = true;
    const h = harness({
      connect: async (target, password) => {
        if (failing) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
        return connectImap(target, password);
      },
    });
    failing = false;
    await server.appendMany('Backoff', []);
    await h.service.connect(account('Backoff'), server.password);
    failing = true;
    await h.service.stop();
    const again = new MailService(h.deps);
    const firstTimer = h.timers.length;
    // start() looks at once; each checkAll() is one more failed look.
    again.start();
    for (let i = 0; i < RETRY_DELAYS_MS.length; i++) {
      await again.checkAll();
      expect(again.accounts()[0]).toMatchObject({ state: 'retrying', problem: { code: 'unreachable' } });
    }
    expect(h.timers.slice(firstTimer).map((t) => t.ms)).toEqual([...RETRY_DELAYS_MS, RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1]]);
    expect(again.accounts()[0]?.retryAt).not.toBeNull();
    failing = false;
    await again.checkAll();
    expect(again.accounts()[0]).toMatchObject({ state: 'watching', problem: null, retryAt: null });
    expect(h.lastTimer().ms).toBe(DEFAULT_POLL_MS);
    await again.stop();
  }, 30_000);
});

describe('an account whose password is not kept', () => {
  it('says so (browser mode after a restart) instead of stopping silently', async () => {
    const first = harness({ connect: async () => Promise.reject(new Error('unused')) });
    // Written by an earlier run: the account without its password in this run's secret store.
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    writeFileSync(
      join(first.deps.dataDir, 'mail.json'),
      JSON.stringify({
        version: 1,
        accounts: [{ id: 'acc1', label: '', preset: 'custom', host: 'imap.example.test', port: 993, tls: true, user: 'jo', address: 'jo@example.test', inbox: 'INBOX', sentFolder: null, lookBackDays: 60, smtp: null }],
        cursors: {},
        matches: [],
        threads: {},
      }),
    );
    const service = new MailService(first.deps);
    service.start();
    await service.checkAll();
    expect(service.accounts()[0]).toMatchObject({ state: 'needs-password', problem: { code: 'no-password' } });
    await service.stop();
  });
});
