import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { Resolver } from '../../../../electron/core/net/address-rule';
import type { CalendarState } from '../../../../shared/contract';
import { fakeClock, ok, openTestCore, tempDir } from '../../../support/core';
import { startFeedServer, type FeedServer } from '../../../support/feed-server';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { memorySecretStore } from '../../../../electron/core/secrets/secret-store';
import { join } from 'node:path';

/**
 * Feeds and CalDAV go through the one address rule (electron/core/net): a server on this computer
 * or a private network is reached only when the user said it is on their own network; every
 * request and every redirect hop is checked when connecting.
 */

const NOW = '2026-12-01T12:00:00.000Z';
const FEED = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a@example.com', 'DTSTAMP:20261130T120000Z', 'DTSTART:20261208T140000Z', 'SUMMARY:Interview', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
/** A name that looks public and resolves to this computer (a rebinding name, or a home server's). */
const toLoopback: Resolver = (_name, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]);

let feed: FeedServer | null = null;
let redirector: Server | null = null;
const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  await feed?.close();
  feed = null;
  await new Promise<void>((done) => (redirector ? redirector.close(() => done()) : done()));
  redirector = null;
});

async function open(resolve?: Resolver) {
  const dataDir = tempDir();
  const core = await openTestCore({ dataDir, clock: fakeClock(NOW), ...(resolve ? { calendar: { resolve } } : {}) });
  cores.push(core);
  return { core, dataDir };
}

describe('a calendar on this computer or a private network', () => {
  it('is refused without the "on my own network" choice, naming it, with nothing saved', async () => {
    feed = await startFeedServer(FEED);
    const { core, dataDir } = await open();
    const refused = await core.dispatch('calendar.addFeed', { name: 'Home', url: feed.url });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'ownNetwork', message: 'own-network' }] } });
    expect(!refused.ok && refused.error.message).toContain('127.0.0.1 is on this computer or a private network');
    expect(feed.requests.length).toBe(0);
    expect((await ok<CalendarState>(core, 'calendar.state', {})).sources).toEqual([]);
    const files = readdirSync(dataDir).filter((n) => n.startsWith('calendar'));
    for (const name of files) expect(readFileSync(join(dataDir, name), 'utf8')).not.toContain('"feed"');
  });

  it('is read with the choice, and the choice is kept with the source', async () => {
    feed = await startFeedServer(FEED);
    const { core } = await open();
    const state = await ok<CalendarState>(core, 'calendar.addFeed', { name: 'Home', url: feed.url, ownNetwork: true });
    expect(state.sources).toMatchObject([{ state: 'ok', eventCount: 1 }]);
    const again = await ok<CalendarState>(core, 'calendar.refresh', { id: null });
    expect(again.sources).toMatchObject([{ state: 'ok' }]);
  });

  it('a public-looking name that resolves here is refused too (asked when added)', async () => {
    feed = await startFeedServer(FEED);
    const { core } = await open(toLoopback);
    const url = feed.url.replace('127.0.0.1', 'calendar.example.com');
    const refused = await core.dispatch('calendar.addFeed', { name: 'Rebinding', url });
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: 'ownNetwork' }] } });
    expect(feed.requests.length).toBe(0);
  });

  it('a redirect is checked too: an own-network feed sent on to an address never reached is refused, named, and nothing read', async () => {
    feed = await startFeedServer(FEED);
    redirector = createServer((_req, res) => {
      // To the feed, written as an IPv4-mapped IPv6 literal: never reached, whatever the choice.
      res.writeHead(302, { location: `http://[::ffff:127.0.0.1]:${new URL(feed!.url).port}/` }).end();
    });
    await new Promise<void>((done) => redirector!.listen(0, '127.0.0.1', done));
    const { core } = await open();
    const state = await ok<CalendarState>(core, 'calendar.addFeed', { name: 'Moved', url: `http://127.0.0.1:${(redirector.address() as AddressInfo).port}/`, ownNetwork: true });
    expect(state.sources).toMatchObject([{ state: 'failing', problem: 'own-network', eventCount: 0 }]);
    expect(state.sources[0]!.message).toContain('is on this computer or a private network');
    expect(feed.requests.length).toBe(0);
  });

  it('CalDAV: listing an account on this computer without the choice is refused the same way', async () => {
    const { core } = await open();
    const refused = await core.dispatch('calendar.listCalDav', { serverUrl: 'http://127.0.0.1:5232/', username: 'jordan', password: 'secret' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'ownNetwork', message: 'own-network' }] } });
    const local = await core.dispatch('calendar.listCalDav', { serverUrl: 'http://nas.local:5232/', username: 'jordan', password: 'secret' });
    expect(local).toMatchObject({ ok: false, error: { issues: [{ path: 'ownNetwork' }] } });
  });

  it('a source saved before the choice existed (public) gets the choice on the source itself, kept, and is read', async () => {
    feed = await startFeedServer(FEED);
    const dataDir = tempDir();
    const secrets = memorySecretStore('test');
    const first = await openTestCore({ dataDir, clock: fakeClock(NOW), secrets });
    await ok<CalendarState>(first, 'calendar.addFeed', { name: 'Home', url: feed.url, ownNetwork: true });
    await first.close();
    // As an older Hearback wrote it: no reach on the source.
    const file = join(dataDir, 'calendar.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/,"reach":"own-network"/, ''));
    const core = await openTestCore({ dataDir, clock: fakeClock(NOW), secrets });
    cores.push(core);
    const failing = await ok<CalendarState>(core, 'calendar.refresh', { id: null });
    const id = failing.sources[0]!.id;
    expect(failing.sources).toMatchObject([{ state: 'failing', problem: 'own-network', ownNetwork: false }]);
    expect(failing.sources[0]!.message).toContain('tick “This server is on my own network” on this calendar');
    const requestsBefore = feed.requests.length;

    const fixed = await ok<CalendarState>(core, 'calendar.setOwnNetwork', { id, ownNetwork: true });
    expect(fixed.sources).toMatchObject([{ id, state: 'ok', problem: null, ownNetwork: true, eventCount: 1 }]);
    expect(feed.requests.length).toBe(requestsBefore + 1);
    expect(JSON.parse(readFileSync(file, 'utf8')).sources).toMatchObject([{ id, reach: 'own-network' }]);

    // Taken back: nothing more is sent there, and the source says why.
    const back = await ok<CalendarState>(core, 'calendar.setOwnNetwork', { id, ownNetwork: false });
    expect(back.sources).toMatchObject([{ id, state: 'failing', problem: 'own-network', ownNetwork: false }]);
    expect(feed.requests.length).toBe(requestsBefore + 1);
  });

  it('setOwnNetwork refuses a dropped file, an unknown source and a malformed request, changing nothing', async () => {
    const { core, dataDir } = await open();
    await ok<CalendarState>(core, 'calendar.importFile', { fileName: 'invite.ics', text: FEED });
    const before = readFileSync(join(dataDir, 'calendar.json'), 'utf8');
    const fileId = (await ok<CalendarState>(core, 'calendar.state', {})).sources[0]!.id;
    expect(await core.dispatch('calendar.setOwnNetwork', { id: fileId, ownNetwork: true })).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'id' }] } });
    expect(await core.dispatch('calendar.setOwnNetwork', { id: 'nope', ownNetwork: true })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.dispatch('calendar.setOwnNetwork', { id: fileId, ownNetwork: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'ownNetwork' }] } });
    expect(await core.dispatch('calendar.setOwnNetwork', { id: fileId })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(readFileSync(join(dataDir, 'calendar.json'), 'utf8')).toBe(before);
  });
});
