import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { feedHttpUrl, fetchFeed } from '../../../../electron/core/calendar/fetch-feed';
import { startFeedServer, type FeedServer } from '../../../support/feed-server';

const none = { etag: null, lastModified: null };
let server: FeedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('fetching a feed (rules table in fetch-feed.ts)', () => {
  it('a server that never answers is a timeout, not a hang', async () => {
    server = await startFeedServer('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    server.fail('hang');
    expect(await fetchFeed(server.url, none, { timeoutMs: 300, maxBytes: 1000, reach: 'own-network' })).toEqual({ kind: 'failed', problem: 'timeout', status: null });
  });

  it('a declared body over the limit is refused before reading', async () => {
    server = await startFeedServer('BEGIN:VCALENDAR\r\n' + 'X'.repeat(5000));
    expect(await fetchFeed(server.url, none, { timeoutMs: 5000, maxBytes: 1000, reach: 'own-network' })).toMatchObject({ kind: 'failed', problem: 'too-large' });
  });

  it('a streamed (chunked) body stops being read once over the limit', async () => {
    let written = 0;
    const endless = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      const chunk = 'X'.repeat(64 * 1024);
      const pump = () => {
        while (written < 200 * 1024 * 1024 && res.write(chunk)) written += chunk.length;
        if (written < 200 * 1024 * 1024) res.once('drain', pump);
        else res.end();
      };
      res.on('close', () => {
        written = Number.POSITIVE_INFINITY;
      });
      pump();
    });
    await new Promise<void>((r) => endless.listen(0, '127.0.0.1', r));
    const { port } = endless.address() as AddressInfo;
    const result = await fetchFeed(`http://127.0.0.1:${port}/big.ics`, none, { timeoutMs: 10_000, maxBytes: 1024 * 1024, reach: 'own-network' });
    expect(result).toMatchObject({ kind: 'failed', problem: 'too-large' });
    endless.closeAllConnections();
    await new Promise<void>((r) => endless.close(() => r()));
  });

  it.skipIf(spawnSync('openssl', ['version']).status !== 0)('a certificate that cannot be verified is a TLS problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearback-tls-'));
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1']);
    expect(made.status).toBe(0);
    const tls = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.end('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'));
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
    const { port } = tls.address() as AddressInfo;
    expect(await fetchFeed(`https://127.0.0.1:${port}/x.ics`, none, { timeoutMs: 5000, maxBytes: 1000, reach: 'own-network' })).toEqual({ kind: 'failed', problem: 'tls', status: null });
    tls.closeAllConnections();
    await new Promise<void>((r) => tls.close(() => r()));
  });

  it('nothing listening is a network problem', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));
    expect(await fetchFeed(`http://127.0.0.1:${port}/x.ics`, none, { timeoutMs: 5000, maxBytes: 1000, reach: 'own-network' })).toEqual({ kind: 'failed', problem: 'network', status: null });
  });

  it('sends the validators it was given and reads a 304 as unchanged', async () => {
    server = await startFeedServer('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const own = { timeoutMs: 5000, maxBytes: 1024 * 1024, reach: 'own-network' as const };
    const first = await fetchFeed(server.url, none, own);
    if (first.kind !== 'changed') throw new Error('expected a body');
    expect(first.validators.etag).toMatch(/^"/);
    expect(await fetchFeed(server.url, first.validators, own)).toEqual({ kind: 'unchanged' });
  });

  it('by default (public reach) a feed on this computer is refused before any request', async () => {
    server = await startFeedServer('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(await fetchFeed(server.url, none)).toEqual({ kind: 'failed', problem: 'own-network', status: null });
    expect(server.requests).toEqual([]);
  });

  it.each([
    ['webcal://p01-caldav.icloud.com/published/2/abc', 'https://p01-caldav.icloud.com/published/2/abc'],
    ['WEBCAL://calendar.google.com/x/basic.ics', 'https://calendar.google.com/x/basic.ics'],
    ['https://outlook.office365.com/owa/calendar/a/b/calendar.ics', 'https://outlook.office365.com/owa/calendar/a/b/calendar.ics'],
  ])('%s is fetched as %s', (given, fetched) => {
    expect(feedHttpUrl(given)).toBe(fetched);
  });
});
