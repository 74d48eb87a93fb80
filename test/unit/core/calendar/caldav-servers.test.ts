import fc from 'fast-check';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { CalDavConnection, type CalDavSnapshot } from '../../../../electron/core/calendar/caldav';
import { reachFetch } from '../../../../electron/core/calendar/caldav-failure';
import type { CalendarState } from '../../../../shared/contract';
import type { Application, Interview } from '../../../../shared/domain';
import type { CalDavTestServer } from '../../../support/caldav-server';
import { fakeClock, ok, openTestCore } from '../../../support/core';
import { radicaleAvailable, startRadicale } from '../../../support/radicale';
import { sabreDavMissingReason, startSabreDav } from '../../../support/sabredav';

/**
 * Real CalDAV servers, started here, read by the real core through tsdav: Radicale (answers
 * RFC 6578 sync-collection) and Sabre/DAV (the engine of Nextcloud and Baïkal; ctag + etags only).
 */

const NOW = '2026-12-01T12:00:00.000Z';
const radicaleMissing = radicaleAvailable() ? null : 'radicale is not installed (apt-get install -y radicale)';
const sabreMissing = sabreDavMissingReason();
for (const reason of [radicaleMissing, sabreMissing]) if (reason) console.warn(`${reason}: its CalDAV suite is skipped`);

const SERVERS = [
  { name: 'Radicale', start: startRadicale, missing: radicaleMissing, speaksSyncCollection: true },
  { name: 'Sabre/DAV', start: startSabreDav, missing: sabreMissing, speaksSyncCollection: false },
] as const;

function event(uid: string, start: string, sequence = 0, summary = 'Interview: Globex — Platform Engineer', organizer = 'ORGANIZER;CN=Lena Vogel:mailto:lena.vogel@globex.de'): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Apple Inc.//macOS 15.1//EN',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20261130T120000Z',
    `DTSTART;TZID=Europe/Berlin:${start}`,
    `DTEND;TZID=Europe/Berlin:${start.slice(0, 9)}${String(Number(start.slice(9, 11)) + 1).padStart(2, '0')}${start.slice(11)}`,
    `SUMMARY:${summary}`,
    'LOCATION:Globex HQ\\, Friedrichstraße 12\\, Berlin',
    organizer,
    `SEQUENCE:${sequence}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** The servers run on loopback: every connection here is made with the user's "on my own network" choice. */
const ownNetworkFetch = reachFetch('own-network');
let recording: string[] | null = null;
const recordingFetch: typeof fetch = (input, init) => {
  const body = typeof init?.body === 'string' ? init.body : '';
  const root = /<(?:[a-z]+:)?(sync-collection|calendar-query|calendar-multiget|propfind)\b/i.exec(body)?.[1] ?? '';
  recording?.push(`${init?.method ?? 'GET'} ${root}`.trim());
  return ownNetworkFetch(input, init);
};
const connect = (account: { serverUrl: string; username: string; password: string }, timeoutMs?: number) => new CalDavConnection(account, timeoutMs, { reach: 'own-network', fetch: recordingFetch });

/** The CalDAV requests made while `fn` runs, as `METHOD report-name` (REPORTs by their body's root). */
async function requestsDuring<T>(fn: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
  const requests: string[] = [];
  recording = requests;
  try {
    return { result: await fn(), requests };
  } finally {
    recording = null;
  }
}

/** The texts of a snapshot by event name, order-free: what two reads must agree on. */
function contents(snapshot: CalDavSnapshot): Record<string, string> {
  return Object.fromEntries([...snapshot.items].map(([url, item]) => [decodeURIComponent(url.split('/').pop()!), item.text.replace(/\r\n/g, '\n').trim()]));
}

for (const server of SERVERS) {
  describe.skipIf(server.missing !== null)(`CalDAV against ${server.name}`, () => {
    let dav: CalDavTestServer;
    let work: string;
    let core: Core;
    let app: Application;

    beforeAll(async () => {
      dav = await server.start();
      work = await dav.makeCalendar('work', 'Work');
      await dav.makeCalendar('personal', 'Personal');
      await dav.put(work, 'globex', event('globex-1@example.com', '20261209T100000'));
      await dav.put(work, 'lunch', event('lunch@example.com', '20261209T130000', 0, 'Lunch', 'ORGANIZER;CN=Sam:mailto:sam@gmail.com'));
      core = await openTestCore({ clock: fakeClock(NOW) });
      app = await ok<Application>(core, 'applications.create', { company: 'Globex', role: 'Platform Engineer', stageId: 'interviewing', jobUrl: 'https://www.globex.de/jobs/42', contacts: [] });
    });
    afterAll(async () => {
      await core?.close();
      await dav?.stop();
    });

    const account = () => ({ serverUrl: dav.url, username: dav.username, password: dav.password });
    const ownAccount = () => ({ ...account(), ownNetwork: true });

    it('a wrong app password is refused naming the password; the right one lists the calendars', async () => {
      const wrong = await core.dispatch('calendar.listCalDav', { ...ownAccount(), password: 'nope' });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'password', message: 'unauthorized' }] } });
      const listed = await ok<{ calendars: { url: string; name: string }[] }>(core, 'calendar.listCalDav', ownAccount());
      expect(listed.calendars.map((c) => c.name).sort()).toEqual(['Personal', 'Work']);
    });

    it('a chosen calendar offers its invitation; confirming, moving and deleting it on the server follow', async () => {
      const state = await ok<CalendarState>(core, 'calendar.addCalDav', { ...ownAccount(), calendars: [{ url: work, name: 'Work' }] });
      expect(state.sources).toMatchObject([{ kind: 'caldav', name: 'Work (jordan)', state: 'ok', eventCount: 2 }]);
      expect(state.candidates.map((c) => [c.event.summary, c.applicationIds, c.format])).toEqual([['Interview: Globex — Platform Engineer', [app.id], 'onsite']]);
      const key = state.candidates[0]!.event.key;
      const interview = await ok<Interview>(core, 'calendar.confirm', { key, applicationId: app.id });
      expect(interview).toMatchObject({ startsAt: '2026-12-09T09:00:00.000Z', timeZone: 'Europe/Berlin', location: 'Globex HQ, Friedrichstraße 12, Berlin' });
      expect(core.store.readApplication(app.id)!.contacts.map((c) => c.name)).toEqual(['Lena Vogel']);

      // Unchanged: nothing moves.
      await ok(core, 'calendar.refresh', { id: null });
      expect(core.store.readInterview(interview.id)!.startsAt).toBe(interview.startsAt);

      // Moved on the server (a CalDAV PUT of the same UID, SEQUENCE bumped).
      await dav.put(work, 'globex', event('globex-1@example.com', '20261211T150000', 1));
      await ok(core, 'calendar.refresh', { id: null });
      expect(core.store.readInterview(interview.id)!.startsAt).toBe('2026-12-11T14:00:00.000Z');

      // Deleted on the server: asked.
      await dav.remove(work, 'globex');
      const asked = await ok<CalendarState>(core, 'calendar.refresh', { id: null });
      expect(asked.cancellations.map((c) => c.interviewId)).toEqual([interview.id]);
      expect(asked.sources[0]).toMatchObject({ state: 'ok', eventCount: 1 });
    });

    it('a collection that is not a calendar says so', async () => {
      const read = await connect(account()).read(dav.homeUrl, null);
      expect(read).toMatchObject({ kind: 'failed', problem: 'not-a-calendar' });
    });

    it(`a poll fetches only what changed (${server.speaksSyncCollection ? 'sync-collection' : 'ctag, then etags'})`, async () => {
      const calendar = await dav.makeCalendar('many', 'Many');
      for (let i = 0; i < 30; i++) await dav.put(calendar, `e${i}`, event(`e${i}@example.com`, `202612${String(10 + (i % 15)).padStart(2, '0')}T100000`, 0, `Event ${i}`));
      const connection = connect(account());
      const first = await connection.read(calendar, null);
      if (first.kind !== 'changed') throw new Error(JSON.stringify(first));
      expect(first.fetched).toBe(30);
      expect(first.snapshot.syncToken !== null).toBe(server.speaksSyncCollection);
      expect(first.snapshot.ctag).not.toBeNull();

      const unchanged = await requestsDuring(() => connection.read(calendar, first.snapshot));
      expect(unchanged.result).toMatchObject({ kind: 'unchanged' });
      expect(unchanged.requests).toEqual(['PROPFIND propfind']);

      await dav.put(calendar, 'e7', event('e7@example.com', '20261224T180000', 1, 'Event 7, moved'));
      await dav.remove(calendar, 'e8');
      await dav.put(calendar, 'new', event('new@example.com', '20261225T090000', 0, 'New event'));
      const { result: second, requests } = await requestsDuring(() => connection.read(calendar, first.snapshot));
      expect(requests).toEqual(server.speaksSyncCollection ? ['PROPFIND propfind', 'REPORT sync-collection', 'REPORT calendar-multiget'] : ['PROPFIND propfind', 'REPORT calendar-query', 'REPORT calendar-multiget']);
      if (second.kind !== 'changed') throw new Error(JSON.stringify(second));
      expect(second.fetched).toBe(2);
      expect(second.snapshot.items.size).toBe(30);
      expect(contents(second.snapshot)).toEqual(contents(((await connect(account()).read(calendar, null)) as { snapshot: CalDavSnapshot }).snapshot));
      expect(await connection.read(calendar, second.snapshot)).toMatchObject({ kind: 'unchanged' });
    });

    it('after any run of changes on the server, the incremental read equals a fresh full read', async () => {
      let round = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(fc.record({ op: fc.constantFrom('put', 'put', 'remove'), name: fc.integer({ min: 0, max: 5 }), day: fc.integer({ min: 10, max: 28 }) }), { minLength: 1, maxLength: 8 }), async (steps) => {
          const calendar = await dav.makeCalendar(`prop${round++}`, 'Property');
          const present = new Set<number>();
          const connection = connect(account());
          const first = await connection.read(calendar, null);
          if (first.kind !== 'changed') throw new Error(JSON.stringify(first));
          let snapshot = first.snapshot;
          for (const [index, step] of steps.entries()) {
            if (step.op === 'put') {
              await dav.put(calendar, `n${step.name}`, event(`n${step.name}@example.com`, `202612${step.day}T100000`, index, `Event ${step.name} v${index}`));
              present.add(step.name);
            } else if (present.has(step.name)) {
              await dav.remove(calendar, `n${step.name}`);
              present.delete(step.name);
            }
            const read = await connection.read(calendar, snapshot);
            if (read.kind === 'failed') throw new Error(JSON.stringify(read));
            snapshot = read.snapshot;
            const fresh = await connect(account()).read(calendar, null);
            if (fresh.kind !== 'changed') throw new Error(JSON.stringify(fresh));
            expect(contents(snapshot)).toEqual(contents(fresh.snapshot));
            expect(snapshot.items.size).toBe(present.size);
          }
        }),
        { numRuns: 6 },
      );
    });

    // Only a server that hands out sync tokens can forget one.
    if (server.speaksSyncCollection)
      it('a sync token the server no longer knows falls back to comparing etags, and gets a new token', async () => {
        const calendar = await dav.makeCalendar('forgotten', 'Forgotten');
        await dav.put(calendar, 'a', event('a@example.com', '20261210T100000'));
        const connection = connect(account());
        const first = await connection.read(calendar, null);
        if (first.kind !== 'changed') throw new Error(JSON.stringify(first));
        await dav.put(calendar, 'b', event('b@example.com', '20261211T100000'));
        const stale = { ...first.snapshot, syncToken: `${first.snapshot.syncToken!.replace(/[0-9a-f]{64}$/, '')}${'0'.repeat(64)}` };
        const read = await connection.read(calendar, stale);
        if (read.kind !== 'changed') throw new Error(JSON.stringify(read));
        expect(read.fetched).toBe(1);
        expect(Object.keys(contents(read.snapshot)).sort()).toEqual(['a.ics', 'b.ics']);
        expect(read.snapshot.syncToken).not.toBe(stale.syncToken);
        expect(await connection.read(calendar, read.snapshot)).toMatchObject({ kind: 'unchanged' });
      });
  });
}

describe('a CalDAV server that never answers', () => {
  it('times out with a clear problem instead of hanging', async () => {
    const silent = createServer(() => {
      // never answers
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as AddressInfo;
    const connection = connect({ serverUrl: `http://127.0.0.1:${port}/`, username: 'u', password: 'p' }, 300);
    expect(await connection.calendars()).toEqual({ ok: false, problem: 'timeout', status: null });
    const snapshot: CalDavSnapshot = { ctag: 'x', syncToken: null, items: new Map() };
    expect(await connection.read(`http://127.0.0.1:${port}/u/work/`, snapshot)).toEqual({ kind: 'failed', problem: 'timeout', status: null });
    silent.closeAllConnections();
    await new Promise<void>((r) => silent.close(() => r()));
  });
});
