import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { CalDavConnection } from '../../../../electron/core/calendar/caldav';
import type { CalendarState } from '../../../../shared/contract';
import type { Application, Interview } from '../../../../shared/domain';
import { fakeClock, ok, openTestCore } from '../../../support/core';
import { radicaleAvailable, startRadicale, type RadicaleServer } from '../../../support/radicale';

/** A real CalDAV server (Radicale, started here) read by the real core through tsdav. */

const NOW = '2026-12-01T12:00:00.000Z';
const available = radicaleAvailable();
if (!available) console.warn('radicale is not installed (apt-get install -y radicale): the CalDAV suite is skipped');

function event(uid: string, start: string, sequence = 0, summary = 'Interview: Globex — Platform Engineer', organizer = 'ORGANIZER;CN=Lena Vogel:mailto:lena.vogel@globex.de'): string {
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 15.1//EN',
    'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261130T120000Z', `DTSTART;TZID=Europe/Berlin:${start}`, `DTEND;TZID=Europe/Berlin:${start.slice(0, 9)}${String(Number(start.slice(9, 11)) + 1).padStart(2, '0')}${start.slice(11)}`,
    `SUMMARY:${summary}`, 'LOCATION:Globex HQ\\, Friedrichstraße 12\\, Berlin', organizer, `SEQUENCE:${sequence}`,
    'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n');
}

describe.skipIf(!available)('CalDAV against Radicale', () => {
  let radicale: RadicaleServer;
  let work: string;
  let core: Core;
  let app: Application;

  beforeAll(async () => {
    radicale = await startRadicale();
    work = await radicale.makeCalendar('work', 'Work');
    await radicale.makeCalendar('personal', 'Personal');
    await radicale.put(work, 'globex', event('globex-1@example.com', '20261209T100000'));
    await radicale.put(work, 'lunch', event('lunch@example.com', '20261209T130000', 0, 'Lunch', 'ORGANIZER;CN=Sam:mailto:sam@gmail.com'));
    core = await openTestCore({ clock: fakeClock(NOW) });
    app = await ok<Application>(core, 'applications.create', { company: 'Globex', role: 'Platform Engineer', stageId: 'interviewing', jobUrl: 'https://www.globex.de/jobs/42', contacts: [] });
  });
  afterAll(async () => {
    await core?.close();
    await radicale?.stop();
  });

  const account = () => ({ serverUrl: radicale.url, username: radicale.username, password: radicale.password });

  it('a wrong app password is refused naming the password; the right one lists the calendars', async () => {
    const wrong = await core.dispatch('calendar.listCalDav', { ...account(), password: 'nope' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'password', message: 'unauthorized' }] } });
    const listed = await ok<{ calendars: { url: string; name: string }[] }>(core, 'calendar.listCalDav', account());
    expect(listed.calendars.map((c) => c.name).sort()).toEqual(['Personal', 'Work']);
  });

  it('a chosen calendar offers its invitation; confirming, moving and deleting it on the server follow', async () => {
    const state = await ok<CalendarState>(core, 'calendar.addCalDav', { ...account(), calendars: [{ url: work, name: 'Work' }] });
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
    await radicale.put(work, 'globex', event('globex-1@example.com', '20261211T150000', 1));
    await ok(core, 'calendar.refresh', { id: null });
    expect(core.store.readInterview(interview.id)!.startsAt).toBe('2026-12-11T14:00:00.000Z');

    // Deleted on the server: asked.
    await radicale.remove(work, 'globex');
    const asked = await ok<CalendarState>(core, 'calendar.refresh', { id: null });
    expect(asked.cancellations.map((c) => c.interviewId)).toEqual([interview.id]);
  });

  it('a collection that is not a calendar says so', async () => {
    const read = await new CalDavConnection(account()).read(`${radicale.url}${radicale.username}/`, null);
    expect(read).toMatchObject({ kind: 'failed', problem: 'not-a-calendar' });
  });
});

describe('a CalDAV server that never answers', () => {
  it('times out with a clear problem instead of hanging', async () => {
    const silent = createServer(() => {
      // never answers
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as AddressInfo;
    const connection = new CalDavConnection({ serverUrl: `http://127.0.0.1:${port}/`, username: 'u', password: 'p' }, 300);
    expect(await connection.calendars()).toEqual({ ok: false, problem: 'timeout', status: null });
    expect(await connection.read(`http://127.0.0.1:${port}/u/work/`, 'x')).toEqual({ kind: 'failed', problem: 'timeout', status: null });
    silent.closeAllConnections();
    await new Promise<void>((r) => silent.close(() => r()));
  });
});
