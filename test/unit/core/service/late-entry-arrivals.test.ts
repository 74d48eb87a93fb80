import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { CalendarState } from '../../../../shared/contract';
import type { Application, Interview } from '../../../../shared/domain';
import { toEpochMs } from '../../../../shared/followup/zoned-time';
import { fakeClock, ok, openTestCore } from '../../../support/core';

/**
 * Every way an interview arrives gets the same after-the-fact rule: entered by hand, confirmed from
 * a calendar source, or confirmed from a dropped .ics file. One whose thank-you moment had passed
 * is marked as entered late (LIFECYCLE.md, "Interview entered after the fact"): planned as usual,
 * none of its passed moments is notified, and Today asks once, planning from the answer.
 */

const NOW = '2026-12-01T12:00:00.000Z';

/** A Google-Calendar-shaped invitation (RFC 5545 §3.6.1 VEVENT with TZID) on `start` wall time in New York. */
function invitation(uid: string, start: string, end: string): string {
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `DTSTART;TZID=America/New_York:${start}`,
    `DTEND;TZID=America/New_York:${end}`,
    `UID:${uid}`,
    'ORGANIZER;CN=Priya Raman:mailto:priya.raman@acme.io',
    'ATTENDEE;CN=Priya Raman:mailto:priya.raman@acme.io',
    'SUMMARY:Acme — Backend Engineer interview',
    'SEQUENCE:0',
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

const cores: Core[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

async function setup() {
  const core = await openTestCore({ clock: fakeClock(NOW) });
  cores.push(core);
  const app = await ok<Application>(core, 'applications.create', {
    company: 'Acme Inc.',
    role: 'Backend Engineer',
    stageId: 'interviewing',
    contacts: [{ name: 'Priya Raman', title: 'Recruiter', email: 'priya.raman@acme.io', phone: '', notes: '' }],
  });
  return { core, app };
}

/** Confirms the one candidate of a dropped .ics file for `app`. */
async function confirmFromFile(core: Core & { shown: unknown[] }, app: Application, ics: string): Promise<Interview> {
  const state = await ok<CalendarState>(core, 'calendar.importFile', { fileName: 'invite.ics', text: ics, applicationId: app.id });
  expect(state.candidates, 'the invitation is offered').toHaveLength(1);
  return ok<Interview>(core, 'calendar.confirm', { key: state.candidates[0]!.event.key, applicationId: app.id });
}

/** Reminders shown for moments that had passed before the interview arrived. */
async function staleReminders(core: Core & { shown: { occurrence: string }[][] }, interview: Interview) {
  core.hint('resume');
  await core.settled();
  return core.shown.flat().filter((r) => toEpochMs(r.occurrence) < toEpochMs(interview.createdAt));
}

describe('an interview arriving after its thank-you moment', () => {
  it('confirmed from a calendar file, two weeks after it took place: entered late, nothing stale notified, Today asks', async () => {
    const { core, app } = await setup();
    const interview = await confirmFromFile(core, app, invitation('past-1@google.com', '20261117T100000', '20261117T110000'));
    expect(interview.lateEntry).toEqual({ answer: null });
    expect(await staleReminders(core, interview)).toEqual([]);
    // Today's question can be answered (refused as "entered in time" for an interview without the mark).
    await ok(core, 'interviews.answerLate', { id: interview.id, thankYouSent: true, answered: false });
    expect(core.store.readInterview(interview.id)!.lateEntry?.answer).toMatchObject({ thankYouSent: true, answered: false });
    expect(core.store.readChildrenOf(app.id).followUps.find((f) => f.kind === 'thank-you')).toMatchObject({ status: 'done', statusReason: 'Marked sent' });
  });

  it('confirmed from a calendar file before it takes place: planned as usual, no question', async () => {
    const { core, app } = await setup();
    const interview = await confirmFromFile(core, app, invitation('soon-1@google.com', '20261208T140000', '20261208T150000'));
    expect(interview.lateEntry).toBeUndefined();
    expect(
      core.store
        .readChildrenOf(app.id)
        .followUps.map((f) => f.kind)
        .sort(),
    ).toEqual(['check-in', 'check-in', 'hear-back-prompt', 'thank-you']);
  });

  it('entered by hand and confirmed from a calendar, the same past interview is marked the same way', async () => {
    const byHand = await setup();
    const typed = await ok<Interview>(byHand.core, 'interviews.create', { applicationId: byHand.app.id, round: 'Onsite', startsAt: '2026-11-17T15:00:00.000Z', timeZone: 'America/New_York', durationMinutes: 60 });
    const fromCalendar = await setup();
    const confirmed = await confirmFromFile(fromCalendar.core, fromCalendar.app, invitation('past-2@google.com', '20261117T100000', '20261117T110000'));
    expect(confirmed.startsAt).toBe(typed.startsAt);
    expect(confirmed.lateEntry).toEqual(typed.lateEntry);
    const kindsAndStates = (core: Core, id: string) =>
      core.store
        .readChildrenOf(id)
        .followUps.map((f) => `${f.kind}:${f.status}`)
        .sort();
    expect(kindsAndStates(fromCalendar.core, fromCalendar.app.id)).toEqual(kindsAndStates(byHand.core, byHand.app.id));
  });
});
