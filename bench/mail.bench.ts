/**
 * Mail benchmarks, against a real Dovecot started here (skipped, with the reason, without it):
 * - mail.idle_poll_scaling: median time of a timer poll that finds no new mail (connected, the
 *   inbox read and still selected) against a 20,000-message inbox ÷ the same against 200. The
 *   watcher asks `UID SEARCH UID <UIDNEXT>:*` and fetches nothing, so the target is ≤ 2. (A full
 *   look — every 15 minutes, on resume and "Check mail now" — re-opens the folder: Dovecot's
 *   EXAMINE of a maildir grows with its size; `mail.full_look_ms_20k` reports it.)
 * - mail.first_scan_10k_s: seconds for the first scan of a 10,000-message inbox whose 60-day
 *   look-back covers every message (envelopes and the listed headers of all of them, matching
 *   against 50 applications, the text of the ~1% that match).
 * - mail.idle_notice_ms: median ms from APPEND of a reply to the "Heard back?" proposal (the
 *   core's `mail.replies` event) while connected — half the replies delivered right after a look
 *   (`…_after_look_ms`), half after a quiet second (`…_quiet_ms`). Target ≤ 2,000.
 * Mailboxes are written as maildir files for speed; Dovecot indexes them on first open (part of
 * the first scan, as it would be for a real server's first sight of a mailbox).
 */
import { randomUUID } from 'node:crypto';
import { openCore, systemClock, type Core } from '../electron/core';
import { MailService } from '../electron/core/mail/mail-service';
import { memorySecretStore } from '../electron/core/secrets/secret-store';
import { tempDir } from '../test/support/core';
import { dovecotMissingReason, rawMessage, startDovecot, type DovecotServer } from '../test/support/dovecot';

const RUNS = 31;
const APPLICATIONS = 50;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** `count` messages from the last 50 days; one in a hundred from an application's contact. */
function* mailbox(count: number): Generator<string> {
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const fromContact = i % 100 === 7;
    const company = i % APPLICATIONS;
    yield rawMessage({
      from: fromContact ? `Recruiter <recruiter${company}@company${company}.test>` : `Sender ${i} <sender${i}@news${i % 300}.example>`,
      to: 'jo@example.test',
      subject: fromContact ? `Re: Interview at Company ${company}` : `Message ${i}`,
      date: new Date(now - ((i * 7919) % (50 * 86_400)) * 1000),
      messageId: `m${i}-${count}@bench.example`,
      extra: i % 10 === 0 ? ['List-Id: <news.example>'] : [],
      body: fromContact ? 'We would like to schedule a final interview.' : 'Hello there.',
    });
  }
}

async function openMailCore(): Promise<Core> {
  return openCore({
    dataDir: tempDir('hearback-mail-bench-'),
    mode: 'browser',
    version: 'bench',
    clock: systemClock,
    notifier: { show: () => {} },
    log: { info: () => {}, warn: () => {}, error: () => {} },
    secrets: memorySecretStore('bench'),
  });
}

async function call<T>(core: Core, method: string, payload: unknown): Promise<T> {
  const envelope = await core.dispatch(method, payload);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

async function seedApplications(core: Core): Promise<void> {
  const started = new Date(Date.now() - 55 * 86_400_000).toISOString();
  for (let i = 0; i < APPLICATIONS; i++) {
    const app = await call<{ id: string }>(core, 'applications.create', {
      company: `Company ${i}`,
      role: 'Engineer',
      stageId: 'interviewing',
      contacts: [{ name: 'Recruiter', title: '', email: `recruiter${i}@company${i}.test`, phone: '', notes: '' }],
    });
    await call(core, 'interviews.create', { applicationId: app.id, round: 'Onsite', startsAt: started, timeZone: 'UTC' });
  }
}

async function connect(core: Core, server: DovecotServer, inbox: string): Promise<void> {
  await call(core, 'mail.accounts.connect', { account: { label: inbox, preset: 'custom', host: server.host, port: server.port, tls: false, user: server.user, address: server.user, inbox, sentFolder: null }, password: server.password });
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** A mail service watching one inbox of the server, its first look done. */
async function watching(server: DovecotServer, inbox: string): Promise<MailService> {
  const service = new MailService({
    dataDir: tempDir('hearback-mail-bench-'),
    now: () => Date.now(),
    newId: () => randomUUID(),
    secrets: memorySecretStore('bench'),
    timers: { setTimeout: () => null, clearTimeout: () => undefined },
    records: () => ({ applications: [], interviews: [] }),
    onChanged: () => {},
    warn: () => {},
  });
  await service.connect({ label: inbox, preset: 'custom', host: server.host, port: server.port, tls: false, user: server.user, address: server.user, inbox, sentFolder: null }, server.password);
  await service.checkAll({ thorough: true });
  for (let i = 0; i < 3; i++) await service.checkAll({ thorough: false });
  if (service.accounts()[0]?.state !== 'watching') throw new Error(`the ${inbox} account is not watching: ${service.accounts()[0]?.problem?.message}`);
  return service;
}

/**
 * Median ms of a timer poll with nothing new (the inbox read and still selected) — what runs every
 * few minutes and on each IDLE wake-up — and of a full look, for each service. Runs alternate
 * between the services so a busy machine slows both alike.
 */
async function pollTimes(services: readonly MailService[]): Promise<{ pollMs: number; fullLookMs: number }[]> {
  const polls = services.map(() => [] as number[]);
  const full = services.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) for (const [k, s] of services.entries()) polls[k]!.push(await timed(() => s.checkAll({ thorough: false })));
  for (let i = 0; i < 5; i++) for (const [k, s] of services.entries()) full[k]!.push(await timed(() => s.checkAll({ thorough: true })));
  return services.map((_, k) => ({ pollMs: median(polls[k]!), fullLookMs: median(full[k]!) }));
}

const NOTICE_RUNS = 10;

/** ms from APPEND to the core telling the reply, for replies right after a look and after a quiet second. */
async function noticeTimes(server: DovecotServer): Promise<{ afterLook: number[]; quiet: number[] }> {
  const core = await openMailCore();
  const afterLook: number[] = [];
  const quiet: number[] = [];
  try {
    const app = await call<{ id: string }>(core, 'applications.create', { company: 'Northwind', role: 'Engineer', stageId: 'interviewing', contacts: [{ name: 'Dana', title: '', email: 'dana@northwind.test', phone: '', notes: '' }] });
    await call(core, 'interviews.create', { applicationId: app.id, round: 'Onsite', startsAt: new Date(Date.now() - 3 * 86_400_000).toISOString(), timeZone: 'UTC' });
    await server.appendMany('Notice', []);
    await connect(core, server, 'Notice');
    await call(core, 'mail.checkNow', {});
    for (let i = 0; i < NOTICE_RUNS; i++) {
      const rightAfterLook = i % 2 === 0;
      if (rightAfterLook) await call(core, 'mail.checkNow', {});
      else await new Promise((r) => setTimeout(r, 1000));
      let start = 0;
      const told = new Promise<number>((resolve) => {
        const off = core.onEvent((event) => {
          if (event !== 'mail.replies') return;
          off();
          resolve(performance.now() - start);
        });
      });
      start = performance.now();
      await server.append('Notice', rawMessage({ from: 'Dana <dana@northwind.test>', subject: `Re: update ${i}`, date: new Date(), messageId: `notice-${i}-${randomUUID()}@northwind.test` }));
      const ms = await Promise.race([told, new Promise<number>((r) => setTimeout(() => r(60_000), 60_000))]);
      (rightAfterLook ? afterLook : quiet).push(ms);
    }
  } finally {
    await core.close();
  }
  return { afterLook, quiet };
}

export async function run(): Promise<Record<string, number>> {
  const missing = dovecotMissingReason();
  if (missing) {
    console.log(`\n  mail bench skipped: ${missing}`);
    return {};
  }
  const server = await startDovecot({ user: 'jo@example.test' });
  try {
    server.writeMaildir('Big20k', mailbox(20_000));
    server.writeMaildir('Small200', mailbox(200));
    server.writeMaildir('First10k', mailbox(10_000));

    const services = [await watching(server, 'Big20k'), await watching(server, 'Small200')];
    const [big, small] = await pollTimes(services).finally(() => Promise.all(services.map((s) => s.stop())));
    if (!big || !small) throw new Error('no poll times');

    const core = await openMailCore();
    let firstScanMs: number;
    let replies: number;
    try {
      await seedApplications(core);
      firstScanMs = await timed(async () => {
        await connect(core, server, 'First10k');
        await call(core, 'mail.checkNow', {});
      });
      replies = (await call<{ replies: unknown[] }>(core, 'mail.status', {})).replies.length;
    } finally {
      await core.close();
    }
    if (replies === 0) throw new Error('the first scan found no replies: the bench mailbox is not what it should be');
    const notice = await noticeTimes(server);
    return {
      'mail.idle_notice_ms': median([...notice.afterLook, ...notice.quiet]),
      'mail.idle_notice_after_look_ms': median(notice.afterLook),
      'mail.idle_notice_quiet_ms': median(notice.quiet),
      'mail.idle_poll_scaling': big.pollMs / small.pollMs,
      'mail.idle_poll_ms_20k': big.pollMs,
      'mail.idle_poll_ms_200': small.pollMs,
      'mail.full_look_ms_20k': big.fullLookMs,
      'mail.full_look_ms_200': small.fullLookMs,
      'mail.first_scan_10k_s': firstScanMs / 1000,
      'mail.first_scan_10k_replies': replies,
    };
  } finally {
    await server.stop();
  }
}
