import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { memorySecretStore } from '../../../../electron/core/secrets/secret-store';
import type { CalendarState } from '../../../../shared/contract';
import type { Application, Interview } from '../../../../shared/domain';
import { fakeClock, ok, openTestCore, tempDir } from '../../../support/core';
import { startFeedServer, type FeedServer } from '../../../support/feed-server';

/** Feeds served over HTTP with ETags, read by the real core: candidates, confirm, moves, cancellations, failures. */

const NOW = '2026-12-01T12:00:00.000Z';

function invitation(over: { start?: string; end?: string; sequence?: number; status?: string; extra?: string } = {}): string {
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'X-WR-TIMEZONE:America/New_York',
    'BEGIN:VEVENT',
    `DTSTART;TZID=America/New_York:${over.start ?? '20261208T140000'}`,
    `DTEND;TZID=America/New_York:${over.end ?? '20261208T150000'}`,
    'UID:acme-interview-1@google.com',
    'ORGANIZER;CN=Priya Raman:mailto:priya.raman@acme.io',
    'ATTENDEE;CN=Priya Raman:mailto:priya.raman@acme.io',
    'ATTENDEE;CN=Max Weber:mailto:max.weber@acme.io',
    'ATTENDEE;CN=Jordan:mailto:jordan@example.com',
    'SUMMARY:Acme — Backend Engineer interview',
    'DESCRIPTION:Join with Google Meet: https://meet.google.com/abc-defg-hij',
    `SEQUENCE:${over.sequence ?? 0}`,
    `STATUS:${over.status ?? 'CONFIRMED'}`,
    'END:VEVENT',
    'BEGIN:VEVENT',
    'DTSTART;TZID=America/New_York:20261209T100000',
    'DTEND;TZID=America/New_York:20261209T103000',
    'UID:dentist@google.com',
    'SUMMARY:Dentist',
    'END:VEVENT',
    over.extra ?? '',
    'END:VCALENDAR',
    '',
  ]
    .filter((l) => l !== '')
    .join('\r\n');
}

let server: FeedServer | null = null;
const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  await server?.close();
  server = null;
});

async function setup(body = invitation(), dataDir = tempDir(), secrets = memorySecretStore('test')) {
  server ??= await startFeedServer(body);
  const core = await openTestCore({ dataDir, clock: fakeClock(NOW), secrets });
  cores.push(core);
  const app = await ok<Application>(core, 'applications.create', {
    company: 'Acme Inc.',
    role: 'Backend Engineer',
    stageId: 'interviewing',
    jobUrl: 'https://careers.acme.io/jobs/1',
    contacts: [{ name: 'Priya Raman', title: 'Recruiter', email: 'priya.raman@acme.io', phone: '', notes: '' }],
  });
  return { core, app, dataDir, secrets };
}

/** The test feed is served on loopback: added with the user's "on my own network" choice. */
const addFeed = (core: Core) => ok<CalendarState>(core, 'calendar.addFeed', { name: 'Work (Google)', url: server!.url, ownNetwork: true });
const refresh = (core: Core) => ok<CalendarState>(core, 'calendar.refresh', { id: null });

describe('a feed in the core', () => {
  it('offers the matching invitation (not the dentist), and confirming creates the interview with its follow-ups', async () => {
    const { core, app } = await setup();
    const state = await addFeed(core);
    expect(state.sources).toMatchObject([{ name: 'Work (Google)', state: 'ok', problem: null, eventCount: 2 }]);
    expect(state.candidates).toHaveLength(1);
    const candidate = state.candidates[0]!;
    expect(candidate).toMatchObject({ applicationIds: [app.id], via: 'contact', format: 'video', location: 'https://meet.google.com/abc-defg-hij', interviewerNames: ['Priya Raman', 'Max Weber'] });

    const envelope = await core.dispatch('calendar.confirm', { key: candidate.event.key, applicationId: app.id });
    expect(envelope.ok && envelope.undo).toBeTruthy();
    const interview = (envelope as { value: Interview }).value;
    expect(interview).toMatchObject({ startsAt: '2026-12-08T19:00:00.000Z', timeZone: 'America/New_York', durationMinutes: 60, format: 'video', round: 'Acme — Backend Engineer interview' });
    const contacts = core.store.readApplication(app.id)!.contacts;
    expect(contacts.map((c) => c.email)).toEqual(['priya.raman@acme.io', 'max.weber@acme.io']);
    expect(interview.interviewerIds).toEqual(contacts.map((c) => c.id));
    expect(
      core.store
        .readChildrenOf(app.id)
        .followUps.map((f) => f.kind)
        .sort(),
    ).toEqual(['check-in', 'check-in', 'hear-back-prompt', 'thank-you']);
    expect((await refresh(core)).candidates).toEqual([]);
  });

  it('asks again with If-None-Match and costs a 304 when nothing changed', async () => {
    const { core } = await setup();
    await addFeed(core);
    await refresh(core);
    expect(server!.requests.map((r) => r.status)).toEqual([200, 304]);
    expect(server!.requests[1]!.ifNoneMatch).toMatch(/^"/);
  });

  it('remembers decisions per event across a restart ("not an interview" stays dismissed)', async () => {
    const first = await setup();
    const state = await addFeed(first.core);
    await ok(first.core, 'calendar.dismiss', { key: state.candidates[0]!.event.key });
    await first.core.close();
    cores.splice(cores.indexOf(first.core), 1);
    const again = await openTestCore({ dataDir: first.dataDir, clock: fakeClock(NOW), secrets: first.secrets });
    cores.push(again);
    const after = await refresh(again);
    expect(after.sources).toMatchObject([{ name: 'Work (Google)', state: 'ok' }]);
    expect(after.candidates).toEqual([]);
  });

  it('a moved all-day event moves the interview to its new day at the time the user picked', async () => {
    const allDay = (day: string, sequence: number) =>
      invitation({ sequence })
        .replace(/DTSTART;TZID=America\/New_York:20261208T140000/, `DTSTART;VALUE=DATE:${day}`)
        .replace(/DTEND;TZID=America\/New_York:20261208T150000/, `DTEND;VALUE=DATE:${day.slice(0, 6)}${String(Number(day.slice(6)) + 1).padStart(2, '0')}`);
    const { core, app } = await setup(allDay('20261208', 0));
    const state = await addFeed(core);
    const candidate = state.candidates.find((c) => c.event.uid === 'acme-interview-1@google.com')!;
    expect(candidate.event.allDay).toBe(true);
    // The user's zone in the test core is Europe/Berlin: a date is read there (RFC 5545 dates are floating).
    const interview = await ok<Interview>(core, 'calendar.confirm', { key: candidate.event.key, applicationId: app.id, startTime: '10:00', durationMinutes: 180 });
    expect(interview).toMatchObject({ startsAt: '2026-12-08T09:00:00.000Z', durationMinutes: 180 });
    server!.set(allDay('20261211', 1));
    await refresh(core);
    expect(core.store.readInterview(interview.id)).toMatchObject({ startsAt: '2026-12-11T09:00:00.000Z', durationMinutes: 180 });
  });

  it('a moved event moves the interview and re-plans its follow-ups in one undoable action', async () => {
    const { core, app } = await setup();
    const state = await addFeed(core);
    const interview = await ok<Interview>(core, 'calendar.confirm', { key: state.candidates[0]!.event.key, applicationId: app.id });
    const thankYouBefore = core.store.readChildrenOf(app.id).followUps.find((f) => f.kind === 'thank-you')!;
    const actionBefore = core.store.lastRecordedActionId;
    const seqBefore = Math.max(0, ...[...core.store.iterateHistory()].map((e) => e.seq));
    server!.set(invitation({ start: '20261210T110000', end: '20261210T114500', sequence: 1 }));
    await refresh(core);
    const moved = core.store.readInterview(interview.id)!;
    expect(moved).toMatchObject({ startsAt: '2026-12-10T16:00:00.000Z', durationMinutes: 45 });
    const thankYouAfter = core.store.readFollowUp(thankYouBefore.id)!;
    expect(Date.parse(thankYouAfter.dueAt)).toBeGreaterThan(Date.parse(thankYouBefore.dueAt));
    const newEvents = [...core.store.iterateHistory()].filter((e) => e.seq > seqBefore);
    expect(new Set(newEvents.map((e) => e.actionId)).size).toBe(1);
    expect(core.store.lastRecordedActionId).not.toBe(actionBefore);
    await ok(core, 'history.undo', {});
    expect(core.store.readInterview(interview.id)!.startsAt).toBe('2026-12-08T19:00:00.000Z');
    expect(core.store.readFollowUp(thankYouBefore.id)!.dueAt).toBe(thankYouBefore.dueAt);
  });

  it('an older SEQUENCE does not move the interview', async () => {
    const { core, app } = await setup(invitation({ sequence: 3 }));
    const state = await addFeed(core);
    const interview = await ok<Interview>(core, 'calendar.confirm', { key: state.candidates[0]!.event.key, applicationId: app.id });
    server!.set(invitation({ start: '20261210T110000', sequence: 2 }));
    await refresh(core);
    expect(core.store.readInterview(interview.id)!.startsAt).toBe(interview.startsAt);
  });

  it.each([
    ['cancelled', (s: FeedServer) => s.set(invitation({ status: 'CANCELLED', sequence: 1 }))],
    ['deleted', (s: FeedServer) => s.set(invitation().replace(/BEGIN:VEVENT\r\n[^]*?UID:acme-interview-1[^]*?END:VEVENT\r\n/, ''))],
  ])('a %s event asks; marking the interview cancelled stops its follow-ups, undoably', async (_name, change) => {
    const { core, app } = await setup();
    const state = await addFeed(core);
    const key = state.candidates[0]!.event.key;
    const interview = await ok<Interview>(core, 'calendar.confirm', { key, applicationId: app.id });
    change(server!);
    const asked = await refresh(core);
    expect(asked.cancellations).toEqual([{ key, interviewId: interview.id, applicationId: app.id, round: interview.round, startsAt: interview.startsAt }]);
    const done = await ok<CalendarState>(core, 'calendar.resolveCancellation', { key, cancelInterview: true });
    expect(done.cancellations).toEqual([]);
    expect(core.store.readInterview(interview.id)?.outcome).toBe('cancelled');
    const stopped = core.store.readChildrenOf(app.id).followUps;
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped.every((f) => f.status === 'cancelled' && f.statusReason === 'Interview cancelled')).toBe(true);
    // Undo brings the interview and its follow-ups back as they were.
    await ok(core, 'history.undo', {});
    expect(core.store.readInterview(interview.id)?.outcome).toBe('pending');
    expect(core.store.readChildrenOf(app.id).followUps.some((f) => f.status === 'pending')).toBe(true);
  });

  it('"keep it" leaves the interview and stops asking', async () => {
    const { core, app } = await setup();
    const state = await addFeed(core);
    const key = state.candidates[0]!.event.key;
    const interview = await ok<Interview>(core, 'calendar.confirm', { key, applicationId: app.id });
    server!.set(invitation({ status: 'CANCELLED', sequence: 1 }));
    await refresh(core);
    const kept = await ok<CalendarState>(core, 'calendar.resolveCancellation', { key, cancelInterview: false });
    expect(kept.cancellations).toEqual([]);
    expect(core.store.readInterview(interview.id)).toBeDefined();
  });
});

describe('a failing feed says why, keeps what it had, writes nothing', () => {
  it.each<[string, number | 'html', string]>([
    ['a login page', 'html', 'html'],
    ['401', 401, 'unauthorized'],
    ['404', 404, 'not-found'],
    ['500', 500, 'http'],
  ])('%s', async (_name, mode, problem) => {
    const { core, app } = await setup();
    const state = await addFeed(core);
    const interview = await ok<Interview>(core, 'calendar.confirm', { key: state.candidates[0]!.event.key, applicationId: app.id });
    const revision = core.store.revision;
    server!.fail(mode);
    const after = await refresh(core);
    expect(after.sources[0]).toMatchObject({ state: 'failing', problem, eventCount: 2 });
    expect(after.sources[0]!.message).not.toContain('private-abc123');
    expect(after.cancellations).toEqual([]);
    expect(core.store.revision).toBe(revision);
    expect(core.store.readInterview(interview.id)).toBeDefined();
  });

  it('a broken calendar and not-a-calendar', async () => {
    const { core } = await setup('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n');
    expect((await addFeed(core)).sources[0]).toMatchObject({ state: 'failing', problem: 'broken' });
    server!.set('Hello, this is plain text');
    expect((await refresh(core)).sources[0]).toMatchObject({ state: 'failing', problem: 'not-a-calendar' });
  });

  it('an address kept only for the last run (browser mode) asks to add it again', async () => {
    const first = await setup();
    await addFeed(first.core);
    await first.core.close();
    cores.splice(cores.indexOf(first.core), 1);
    const again = await openTestCore({ dataDir: first.dataDir, clock: fakeClock(NOW), secrets: memorySecretStore('test') });
    cores.push(again);
    expect((await refresh(again)).sources[0]).toMatchObject({ state: 'failing', problem: 'address-forgotten' });
  });

  it('never writes the address into the data folder', async () => {
    const { core, dataDir } = await setup();
    await addFeed(core);
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    await core.close();
    cores.splice(cores.indexOf(core), 1);
    for (const file of walk(dataDir)) expect(readFileSync(file, 'utf8')).not.toContain('private-abc123');
  });
});

describe('a dropped invitation file', () => {
  it('offers the interview in it, not the dentist beside it (two events, not an invitation), and refuses a non-calendar with nothing written', async () => {
    const { core, app } = await setup();
    const state = await ok<CalendarState>(core, 'calendar.importFile', { fileName: 'invite.ics', text: invitation() });
    expect(state.candidates.map((c) => [c.event.summary, c.applicationIds])).toEqual([['Acme — Backend Engineer interview', [app.id]]]);
    // The same two events as an invitation (METHOD:REQUEST): the user dropped it to be asked about each.
    const asked = await ok<CalendarState>(core, 'calendar.importFile', { fileName: 'request.ics', text: invitation().replace('VERSION:2.0', 'VERSION:2.0\r\nMETHOD:REQUEST') });
    expect(asked.candidates.map((c) => [c.event.summary, c.applicationIds])).toEqual([
      ['Acme — Backend Engineer interview', [app.id]],
      ['Dentist', []],
    ]);
    const bad = await core.dispatch('calendar.importFile', { fileName: 'x.ics', text: '<html>' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect((await ok<CalendarState>(core, 'calendar.state', {})).sources).toHaveLength(2);
  });
});

describe('an invitation dropped on an application', () => {
  const reopen = async (dataDir: string, secrets: ReturnType<typeof memorySecretStore>, at = NOW) => {
    const core = await openTestCore({ dataDir, clock: fakeClock(at), secrets });
    cores.push(core);
    return core;
  };
  const closeCore = async (core: Core) => {
    await core.close();
    cores.splice(cores.indexOf(core), 1);
  };

  it('preselects that application even when nothing in the event names it, and is still offered after a restart', async () => {
    const { core, dataDir, secrets } = await setup();
    const other = await ok<Application>(core, 'applications.create', { company: 'Initech', role: 'SRE', stageId: 'interviewing', contacts: [] });
    const state = await ok<CalendarState>(core, 'calendar.importFile', { fileName: 'invite.ics', text: invitation(), applicationId: other.id });
    expect(state.candidates.map((c) => [c.event.summary, c.applicationIds, c.via])).toEqual([
      ['Acme — Backend Engineer interview', [other.id], 'dropped'],
      ['Dentist', [other.id], 'dropped'],
    ]);
    expect(state.sources).toMatchObject([{ kind: 'file', name: 'invite.ics', eventCount: 2 }]);
    await closeCore(core);

    const again = await reopen(dataDir, secrets);
    const after = await ok<CalendarState>(again, 'calendar.state', {});
    expect(after.sources).toMatchObject([{ kind: 'file', name: 'invite.ics', state: 'ok', eventCount: 2 }]);
    expect(after.candidates.map((c) => [c.event.summary, c.applicationIds])).toEqual([
      ['Acme — Backend Engineer interview', [other.id]],
      ['Dentist', [other.id]],
    ]);
    // Confirmed after the restart: the interview lands on the application it was dropped on.
    const interview = await ok<Interview>(again, 'calendar.confirm', { key: after.candidates[0]!.event.key, applicationId: other.id });
    expect(interview.applicationId).toBe(other.id);
  });

  it('the same file dropped again is one source; on an unknown application nothing is written', async () => {
    const { core, app, dataDir } = await setup();
    await ok(core, 'calendar.importFile', { fileName: 'invite.ics', text: invitation() });
    const twice = await ok<CalendarState>(core, 'calendar.importFile', { fileName: 'Invitation.ics', text: invitation(), applicationId: app.id });
    expect(twice.sources).toMatchObject([{ kind: 'file', name: 'Invitation.ics' }]);
    expect(twice.candidates[1]).toMatchObject({ event: { summary: 'Dentist' }, applicationIds: [app.id], via: 'dropped' });

    const unknown = await core.dispatch('calendar.importFile', { fileName: 'other.ics', text: invitation({ start: '20261210T090000', end: '20261210T100000' }), applicationId: '01J00000000000000000000000' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const { readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    expect(readdirSync(join(dataDir, 'calendar-files'))).toHaveLength(1);
    expect((await ok<CalendarState>(core, 'calendar.state', {})).sources).toHaveLength(1);
  });

  it('removing it deletes Hearback’s copy; one whose events have all passed goes by itself', async () => {
    const { core, dataDir, secrets } = await setup();
    const { existsSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const first = await ok<CalendarState>(core, 'calendar.importFile', { fileName: 'a.ics', text: invitation() });
    await ok(core, 'calendar.importFile', { fileName: 'b.ics', text: invitation({ start: '20261210T090000', end: '20261210T100000' }) });
    await ok(core, 'calendar.removeSource', { id: first.sources[0]!.id });
    expect(existsSync(join(dataDir, 'calendar-files', `${first.sources[0]!.id}.ics`))).toBe(false);
    expect(readdirSync(join(dataDir, 'calendar-files'))).toHaveLength(1);
    await closeCore(core);

    // Ten days on, the events are recent: still offered. A month on, they have left the window.
    const soon = await reopen(dataDir, secrets, '2026-12-20T12:00:00.000Z');
    expect((await ok<CalendarState>(soon, 'calendar.state', {})).sources).toHaveLength(1);
    await closeCore(soon);
    const later = await reopen(dataDir, secrets, '2027-01-05T12:00:00.000Z');
    expect((await ok<CalendarState>(later, 'calendar.state', {})).sources).toEqual([]);
    expect(readdirSync(join(dataDir, 'calendar-files'))).toEqual([]);
  });

  it('a kept copy that went missing says so instead of vanishing', async () => {
    const { core, dataDir, secrets } = await setup();
    const state = await ok<CalendarState>(core, 'calendar.importFile', { fileName: 'a.ics', text: invitation() });
    await closeCore(core);
    const { rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    rmSync(join(dataDir, 'calendar-files', `${state.sources[0]!.id}.ics`));
    const again = await reopen(dataDir, secrets);
    expect((await ok<CalendarState>(again, 'calendar.state', {})).sources).toMatchObject([{ kind: 'file', state: 'failing', message: expect.stringContaining('Drop it again') }]);
  });
});

describe('bad feeds through the core: a clear status, nothing hangs', () => {
  it('a 50 MB feed is refused as too large, before it is read', async () => {
    const { core } = await setup('BEGIN:VCALENDAR\r\n' + 'X'.repeat(50 * 1024 * 1024));
    const state = await addFeed(core);
    expect(state.sources[0]).toMatchObject({ state: 'failing', problem: 'too-large', eventCount: 0 });
  });

  it('an endless RRULE is read around; an undefined TZID is read in the calendar’s zone and proposed; both named on the source', async () => {
    const extra = [
      'BEGIN:VEVENT',
      'UID:endless@example.com',
      'DTSTART:19700101T000000Z',
      'RRULE:FREQ=SECONDLY',
      'SUMMARY:Tick',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:mars@example.com',
      'DTSTART;TZID=Mars/Olympus_Mons:20261210T100000',
      'SUMMARY:Acme on Mars',
      'END:VEVENT',
    ].join('\r\n');
    const { core } = await setup(invitation({ extra }));
    const state = await addFeed(core);
    expect(state.sources[0]).toMatchObject({ state: 'ok' });
    expect(state.sources[0]!.warnings.join('\n')).toContain('The time zone “Mars/Olympus_Mons” is not defined in this calendar: its times were read in America/New_York');
    expect(state.sources[0]!.warnings.join('\n')).toContain('“Tick” was read only up to');
    expect(state.candidates.map((c) => [c.event.uid, c.event.startsAt, c.event.unknownZone])).toEqual([
      ['acme-interview-1@google.com', '2026-12-08T19:00:00.000Z', null],
      ['mars@example.com', '2026-12-10T15:00:00.000Z', 'Mars/Olympus_Mons'],
    ]);
  });
});

describe('calendar.json', () => {
  it('a damaged file is kept aside, never overwritten, and calendars start empty', async () => {
    const { mkdirSync, readdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dataDir = tempDir();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'calendar.json'), '{"version":1,"sources":[{"id":');
    const { core } = await setup(invitation(), dataDir);
    expect((await ok<CalendarState>(core, 'calendar.state', {})).sources).toEqual([]);
    await addFeed(core);
    const aside = readdirSync(dataDir).filter((n) => n.startsWith('calendar.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]!), 'utf8')).toBe('{"version":1,"sources":[{"id":');
  });
});

describe('when calendars are checked', () => {
  it('every 15 minutes and on resume, without being asked', async () => {
    const timers: { fn: () => void; ms: number }[] = [];
    const clock = { ...fakeClock(NOW), setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }), clearTimeout: () => undefined };
    server = await startFeedServer(invitation());
    const core = await openTestCore({ clock, secrets: memorySecretStore('test') });
    cores.push(core);
    const app = await ok<Application>(core, 'applications.create', { company: 'Acme', role: 'Engineer', stageId: 'interviewing', contacts: [] });
    const state = await addFeed(core);
    const interview = await ok<Interview>(core, 'calendar.confirm', { key: state.candidates[0]!.event.key, applicationId: app.id });
    const requests = server.requests.length;

    server.set(invitation({ start: '20261210T110000', sequence: 1 }));
    const poll = timers.filter((t) => t.ms === 15 * 60_000).at(-1)!;
    poll.fn();
    await core.settled();
    expect(server.requests.length).toBe(requests + 1);
    expect(core.store.readInterview(interview.id)!.startsAt).toBe('2026-12-10T16:00:00.000Z');

    server.set(invitation({ start: '20261211T110000', sequence: 2 }));
    core.hint('resume');
    await core.settled();
    expect(core.store.readInterview(interview.id)!.startsAt).toBe('2026-12-11T16:00:00.000Z');
  });
});

describe('undoing a confirmation', () => {
  it('offers the event again; redo links it again', async () => {
    const { core, app } = await setup();
    const state = await addFeed(core);
    const key = state.candidates[0]!.event.key;
    await ok<Interview>(core, 'calendar.confirm', { key, applicationId: app.id });
    expect((await ok<CalendarState>(core, 'calendar.state', {})).candidates).toEqual([]);
    await ok(core, 'history.undo', {});
    expect(core.store.readChildrenOf(app.id).interviews).toEqual([]);
    expect(core.store.readApplication(app.id)!.contacts.map((c) => c.email)).toEqual(['priya.raman@acme.io']);
    expect((await ok<CalendarState>(core, 'calendar.state', {})).candidates.map((c) => c.event.key)).toEqual([key]);
    await ok(core, 'history.redo', {});
    expect((await ok<CalendarState>(core, 'calendar.state', {})).candidates).toEqual([]);
  });
});
