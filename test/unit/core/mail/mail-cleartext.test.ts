import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imapOptions, isLoopbackHost } from '../../../../electron/core/mail/imap-options';
import { MailService } from '../../../../electron/core/mail/mail-service';
import { startFakeImap } from '../../../support/fake-imap';
import { memorySecretStore } from '../../../../electron/core/secrets/secret-store';
import { tempDir } from '../../../support/core';

/**
 * IMAP never sends a password in the clear to another computer, and a server cannot make the app
 * swallow an answer of any size. The first is tried for real: a private network namespace (no
 * route anywhere) with a TEST-NET address (RFC 5737) on its own loopback device, a plaintext-only
 * server on it, and Hearback's connection code pointed at it.
 */
const PROBE = join(__dirname, '../../../support/plaintext-imap-probe.ts');
const TSX = join(__dirname, '../../../../node_modules/.bin/tsx');

function probe(address: string): { passwordSent: boolean; commands: string[]; problem: { code: string; message: string } | null } | { skipped: string } {
  const script = `ip link set lo up && ${address === '127.0.0.1' ? '' : `ip addr add ${address}/32 dev lo && `}PROBE_HOST=${address} exec ${TSX} ${PROBE}`;
  const run = spawnSync('unshare', ['-rn', 'sh', '-c', script], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0 && /unshare|Operation not permitted/.test(run.stderr)) return { skipped: run.stderr.trim() };
  if (run.status !== 0) throw new Error(`probe failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { passwordSent: boolean; commands: string[]; problem: { code: string; message: string } | null };
}

describe('IMAP credentials and TLS', () => {
  it('never sends LOGIN to a non-loopback host that offers no STARTTLS, and says why', (ctx) => {
    const result = probe('192.0.2.2');
    if ('skipped' in result) return ctx.skip(`network namespaces unavailable: ${result.skipped}`);
    expect(result.passwordSent).toBe(false);
    expect(result.commands).not.toContain('LOGIN');
    expect(result.problem?.code).toBe('tls');
    expect(result.problem?.message).toMatch(/did not send your password/);
  }, 60_000);

  it('allows plain IMAP to this computer (a local bridge): the same server on 127.0.0.1 gets the login', (ctx) => {
    const result = probe('127.0.0.1');
    if ('skipped' in result) return ctx.skip(`network namespaces unavailable: ${result.skipped}`);
    expect(result.passwordSent).toBe(true);
    expect(result.problem).toBeNull();
  }, 60_000);

  it('asks imapflow for STARTTLS off loopback and bounds every answer', () => {
    const remote = imapOptions({ host: 'mail.example.com', port: 143, tls: false, user: 'u' }, 'p', 1000);
    expect(remote.doSTARTTLS).toBe(true);
    expect(imapOptions({ host: 'mail.example.com', port: 993, tls: true, user: 'u' }, 'p', 1000).secure).toBe(true);
    expect(imapOptions({ host: '127.0.0.1', port: 143, tls: false, user: 'u' }, 'p', 1000).doSTARTTLS).toBeUndefined();
    for (const o of [remote, imapOptions({ host: '127.0.0.1', port: 143, tls: false, user: 'u' }, 'p', 1000)]) {
      expect(o.maxLiteralSize).toBeLessThanOrEqual(8 * 1024 * 1024);
      expect(o.maxResponseSize).toBeLessThanOrEqual(32 * 1024 * 1024);
      expect(o.maxLineLength).toBeLessThanOrEqual(16 * 1024 * 1024);
    }
  });

  it('counts loopback by address range, not by the look of a name', () => {
    for (const host of ['localhost', '127.0.0.1', '127.0.0.2', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['127.example.com', '192.0.2.2', '10.0.0.1', 'localhost.example.com', '0.0.0.0', 'imap.gmail.com']) expect(isLoopbackHost(host), host).toBe(false);
  });

  it('drops a server that announces a 400 MB literal, with a clear account error', async () => {
    const server = await startFakeImap({ host: '127.0.0.1', hugeListLiteral: 400_000_000 });
    const before = process.memoryUsage().rss;
    const service = new MailService({
      dataDir: tempDir('hearback-mail-huge-'),
      now: () => Date.now(),
      newId: () => 'a1',
      secrets: memorySecretStore('test'),
      timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
      records: () => ({ applications: [], interviews: [] }),
      onChanged: () => {},
      warn: () => {},
    });
    try {
      const tried = await service.test({ label: '', preset: 'custom', host: '127.0.0.1', port: server.port, tls: false, user: 'u', address: 'u@example.com', sentFolder: null }, 'secret');
      expect(tried.ok).toBe(false);
      expect(tried.problem?.code).toBe('server');
      expect(tried.problem?.message).toMatch(/larger than Hearback accepts/);
      // Nothing near the announced size was held (the literal is refused at its announcement).
      expect(process.memoryUsage().rss - before).toBeLessThan(100_000_000);
    } finally {
      await service.stop();
      await server.close();
    }
  });
});
