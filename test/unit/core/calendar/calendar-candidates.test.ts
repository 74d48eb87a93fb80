import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { CalendarState } from '../../../../shared/contract';
import type { Application } from '../../../../shared/domain';
import { fakeClock, ok, openTestCore } from '../../../support/core';
import type { Interview } from '../../../../shared/domain';

/**
 * A whole personal calendar dropped at once: only interviews are offered (rules table in
 * interview-candidates.ts), matched ones first and never cut, a series offered once and decided once.
 */

const NOW = '2026-12-01T12:00:00.000Z';
const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

const vevent = (lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20261130T120000Z', ...lines, 'END:VEVENT'];

/** After a Google Calendar export (Settings → Export): X-WR-CALNAME, a weekly private series, a dentist, interviews. */
function personalExport(): string {
  const dailyNoise = Array.from({ length: 200 }, (_, i) =>
    vevent([`UID:errand-${i}@google.com`, `DTSTART;TZID=Europe/Berlin:2026${String(12 + Math.floor(i / 28) > 12 ? 1 : 12).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}T180000`, 'DURATION:PT30M', `SUMMARY:Errand ${i}`]),
  ).flat();
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'X-WR-CALNAME:me@gmail.com',
    'X-WR-TIMEZONE:Europe/Berlin',
    ...vevent(['UID:gym@google.com', 'DTSTART;TZID=Europe/Berlin:20260105T070000', 'DTEND;TZID=Europe/Berlin:20260105T080000', 'RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR', 'SUMMARY:Gym']),
    ...vevent(['UID:dentist@google.com', 'DTSTART;TZID=Europe/Berlin:20261203T100000', 'DTEND;TZID=Europe/Berlin:20261203T103000', 'SUMMARY:Dentist', 'LOCATION:Praxis Dr. Weiß, Torstraße 1, Berlin']),
    ...dailyNoise,
    ...vevent(['UID:acme-late@google.com', 'DTSTART;TZID=Europe/Berlin:20270915T140000', 'DTEND;TZID=Europe/Berlin:20270915T150000', 'SUMMARY:Final round', 'ORGANIZER;CN=Priya Raman:mailto:priya.raman@acme.io']),
    ...vevent(['UID:onsite-day@google.com', 'DTSTART;VALUE=DATE:20261210', 'DTEND;VALUE=DATE:20261211', 'SUMMARY:Acme onsite', 'LOCATION:Acme HQ, 1 Market St, San Francisco']),
    ...vevent(['UID:unknown-co@google.com', 'DTSTART;TZID=Europe/Berlin:20261215T110000', 'DTEND;TZID=Europe/Berlin:20261215T114500', 'SUMMARY:Vorstellungsgespräch Initrode']),
    ...vevent(['UID:weekly-sync@google.com', 'DTSTART;TZID=Europe/Berlin:20261202T090000', 'DTEND;TZID=Europe/Berlin:20261202T093000', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Interview prep with coach']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

async function setup() {
  const core = await openTestCore({ clock: fakeClock(NOW) });
  cores.push(core);
  const app = await ok<Application>(core, 'applications.create', {
    company: 'Acme Inc.',
    role: 'Backend Engineer',
    stageId: 'interviewing',
    jobUrl: 'https://careers.acme.io/jobs/1',
    contacts: [{ name: 'Priya Raman', title: 'Recruiter', email: 'priya.raman@acme.io', phone: '', notes: '' }],
  });
  const state = await ok<CalendarState>(core, 'calendar.importFile', { fileName: 'me@gmail.com.ics', text: personalExport() });
  return { core, app, state };
}

describe('a personal calendar export dropped on the window', () => {
  it('offers interviews only: matched first (the one next September too), then ones that look like interviews; no gym, no dentist, no errands', async () => {
    const { app, state } = await setup();
    expect(state.candidates.map((c) => [c.event.uid, c.applicationIds])).toEqual([
      ['onsite-day@google.com', [app.id]],
      ['acme-late@google.com', [app.id]],
      ['weekly-sync@google.com', []],
      ['unknown-co@google.com', []],
    ]);
  });

  it('an all-day onsite day is offered as a date', async () => {
    const { state } = await setup();
    const onsite = state.candidates.find((c) => c.event.uid === 'onsite-day@google.com')!;
    expect(onsite.event).toMatchObject({ allDay: true, startsAt: '2026-12-09T23:00:00.000Z' });
    expect(onsite.format).toBe('onsite');
  });

  it('a series is offered once (its next occurrence), and "not an interview" covers the whole series', async () => {
    const { core, state } = await setup();
    const series = state.candidates.filter((c) => c.event.uid === 'weekly-sync@google.com');
    expect(series.map((c) => c.event.startsAt)).toEqual(['2026-12-02T08:00:00.000Z']);
    const after = await ok<CalendarState>(core, 'calendar.dismiss', { key: series[0]!.event.key });
    expect(after.candidates.filter((c) => c.event.uid === 'weekly-sync@google.com')).toEqual([]);
  });

  it('candidates are kept between asks, and follow each thing they read: a new application, a confirmed then undone interview, the clock', async () => {
    const clock = fakeClock(NOW);
    const core = await openTestCore({ clock });
    cores.push(core);
    await ok<Application>(core, 'applications.create', { company: 'Acme Inc.', role: 'Backend Engineer', jobUrl: 'https://careers.acme.io/jobs/1' });
    await ok<CalendarState>(core, 'calendar.importFile', { fileName: 'me@gmail.com.ics', text: personalExport() });
    const uids = async () => (await ok<CalendarState>(core, 'calendar.state', {})).candidates.map((c) => c.event.uid);
    expect(await uids()).toEqual(await uids());

    // A new application named in a title: that event becomes matched (listed first).
    const initrode = await ok<Application>(core, 'applications.create', { company: 'Initrode', role: 'Engineer' });
    const state = await ok<CalendarState>(core, 'calendar.state', {});
    expect(state.candidates.find((c) => c.event.uid === 'unknown-co@google.com')?.applicationIds).toEqual([initrode.id]);

    // Confirmed: no longer offered; undone: offered again.
    const key = state.candidates.find((c) => c.event.uid === 'unknown-co@google.com')!.event.key;
    await ok<Interview>(core, 'calendar.confirm', { key, applicationId: initrode.id });
    expect(await uids()).not.toContain('unknown-co@google.com');
    await ok(core, 'history.undo', {});
    expect(await uids()).toContain('unknown-co@google.com');

    // The clock: a series' next occurrence moves on once the current one has ended.
    const next = async () => (await ok<CalendarState>(core, 'calendar.state', {})).candidates.find((c) => c.event.uid === 'weekly-sync@google.com')!.event.startsAt;
    expect(await next()).toBe('2026-12-02T08:00:00.000Z');
    clock.set('2026-12-02T08:31:00.000Z');
    expect(await next()).toBe('2026-12-09T08:00:00.000Z');
  });

  it('an all-day onsite day is added on its day at the time the user picks, not at midnight; the follow-ups count from that time', async () => {
    const { core, app, state } = await setup();
    const onsite = state.candidates.find((c) => c.event.uid === 'onsite-day@google.com')!;
    // Without a time: refused, in plain words, nothing made.
    const refused = await core.dispatch('calendar.confirm', { key: onsite.event.key, applicationId: app.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request', message: 'This event lasts all day: pick the time the interview starts.', issues: [{ path: 'startTime' }] } });
    expect(await core.dispatch('calendar.confirm', { key: onsite.event.key, applicationId: app.id, startTime: '9:30' })).toMatchObject({ ok: false, error: { issues: [{ path: 'startTime' }] } });
    expect((await ok<CalendarState>(core, 'calendar.state', {})).candidates.map((c) => c.event.uid)).toContain('onsite-day@google.com');

    // 09:30 on Thursday 10 December in the calendar's zone (Berlin, UTC+1), for the length chosen.
    const interview = await ok<Interview>(core, 'calendar.confirm', { key: onsite.event.key, applicationId: app.id, startTime: '09:30', durationMinutes: 240 });
    expect(interview).toMatchObject({ startsAt: '2026-12-10T08:30:00.000Z', timeZone: 'Europe/Berlin', durationMinutes: 240, format: 'onsite' });
    // The thank-you counts from the end of the day's interviews (13:30), not from midnight.
    const workspace = await ok<{ followUps: { interviewId: string | null; kind: string; dueAt: string }[] }>(core, 'workspace.get', {});
    const thankYou = workspace.followUps.find((f) => f.interviewId === interview.id && f.kind === 'thank-you')!;
    expect(Date.parse(thankYou.dueAt)).toBeGreaterThan(Date.parse('2026-12-10T12:30:00.000Z'));

    // A timed event takes no picked time.
    const timed = state.candidates.find((c) => c.event.uid === 'acme-late@google.com')!;
    expect(await core.dispatch('calendar.confirm', { key: timed.event.key, applicationId: app.id, startTime: '09:00' })).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'startTime' }] } });
  });
});
