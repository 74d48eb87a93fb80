import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../../shared/calendar/calendar-event';
import { matchEvent } from '../../../../shared/calendar/match-event';
import { meetingDetails } from '../../../../shared/calendar/meeting-details';
import { proposeInterview } from '../../../../shared/calendar/interview-proposal';
import { application } from '../followup/fixtures';
import { calendarEvent as event } from '../../../support/calendar-event';

const NOW = Date.parse('2026-12-01T12:00:00Z');

const contact = (id: string, email: string, name = 'Someone') => ({ id, name, title: '', email, phone: '', notes: '' });
const acme = application({ id: 'acme', company: 'Acme Inc.', jobUrl: 'https://careers.acme.io/jobs/1', contacts: [contact('c1', 'priya.raman@acme.io', 'Priya Raman')] });
const globex = application({ id: 'globex', company: 'Globex', jobUrl: 'https://boards.greenhouse.io/globex/1', contacts: [] });
const initech = application({ id: 'initech', company: 'Initech', jobUrl: '', contacts: [contact('c2', 'bill@gmail.com')] });
const archived = application({ id: 'old', company: 'Acme', archived: true, contacts: [contact('c3', 'priya.raman@acme.io')] });
const apps = [acme, globex, initech, archived];
const person = (email: string, name = '') => ({ email, name });

describe('matching an event to an application (rules table in match-event.ts)', () => {
  it.each<[string, Partial<CalendarEvent>, ReturnType<typeof matchEvent>]>([
    ['a contact as organizer', { organizer: person('priya.raman@acme.io') }, { kind: 'match', via: 'contact', applicationIds: ['acme'] }],
    ['a contact as attendee, any case', { attendees: [person('me@example.com'), person('Priya.Raman@ACME.io')] }, { kind: 'match', via: 'contact', applicationIds: ['acme'] }],
    ['a free-mail contact still counts as a contact', { attendees: [person('bill@gmail.com')] }, { kind: 'match', via: 'contact', applicationIds: ['initech'] }],
    ['the company domain (job link host)', { organizer: person('recruiting@acme.io') }, { kind: 'match', via: 'domain', applicationIds: ['acme'] }],
    ['a free-mail domain is nobody’s company', { organizer: person('someone@gmail.com') }, { kind: 'none' }],
    ['a greenhouse job link names no domain', { organizer: person('no-reply@greenhouse.io') }, { kind: 'none' }],
    ['the company in the title', { summary: 'Interview: Globex — Platform Engineer' }, { kind: 'match', via: 'title', applicationIds: ['globex'] }],
    ['the legal suffix is optional', { summary: 'Acme onsite' }, { kind: 'match', via: 'title', applicationIds: ['acme'] }],
    ['a word inside another word is not the company', { summary: 'Globexpress sync' }, { kind: 'none' }],
    ['Calendly naming the company in the description', { summary: '30 Minute Phone Screen', url: 'https://calendly.com/events/x', description: 'Initech will call you' }, { kind: 'match', via: 'scheduling', applicationIds: ['initech'] }],
    ['GoodTime organizer', { summary: 'Your interview', organizer: person('scheduling@goodtime.io'), description: 'Interview with Globex' }, { kind: 'match', via: 'scheduling', applicationIds: ['globex'] }],
    ['Google appointment page', { summary: 'Booked', description: 'https://calendar.google.com/calendar/appointments/schedules/AcZ — Globex' }, { kind: 'match', via: 'scheduling', applicationIds: ['globex'] }],
    ['Microsoft Bookings', { summary: 'Booked', description: 'https://outlook.office365.com/owa/calendar/Globex@globex.com/bookings/ Globex' }, { kind: 'match', via: 'scheduling', applicationIds: ['globex'] }],
    ['Ashby, without naming a company', { summary: 'Interview', description: 'Scheduled with ashbyhq.com' }, { kind: 'none' }],
    ['a stronger rule wins over a weaker one', { summary: 'Globex prep', organizer: person('priya.raman@acme.io') }, { kind: 'match', via: 'contact', applicationIds: ['acme'] }],
    ['two applications at the same level → both, to choose', { summary: 'Acme and Globex joint session' }, { kind: 'match', via: 'title', applicationIds: ['acme', 'globex'] }],
    ['cancelled events are not considered', { summary: 'Acme', status: 'cancelled' }, { kind: 'not-considered', reason: 'cancelled' }],
    ['an all-day event (an onsite day) is considered', { summary: 'Acme', allDay: true }, { kind: 'match', via: 'title', applicationIds: ['acme'] }],
    ['ended 15 days ago: not considered', { summary: 'Acme', startsAt: '2026-11-16T10:00:00.000Z', endsAt: '2026-11-16T11:00:00.000Z' }, { kind: 'not-considered', reason: 'past' }],
    ['ended 13 days ago: still considered', { summary: 'Acme', startsAt: '2026-11-18T10:00:00.000Z', endsAt: '2026-11-18T11:00:00.000Z' }, { kind: 'match', via: 'title', applicationIds: ['acme'] }],
    ['nothing in common', { summary: 'Dentist' }, { kind: 'none' }],
  ])('%s', (_name, over, expected) => {
    expect(matchEvent(event(over), apps, NOW)).toEqual(expected);
  });

  it('never matches an archived application', () => {
    expect(matchEvent(event({ organizer: person('priya.raman@acme.io') }), [archived], NOW)).toEqual({ kind: 'none' });
  });
});

describe('format and location of the meeting (rules table in meeting-details.ts)', () => {
  it.each<[string, Partial<CalendarEvent>, ReturnType<typeof meetingDetails>]>([
    ['Zoom in LOCATION', { location: 'https://acme.zoom.us/j/81234567890?pwd=abc' }, { format: 'video', location: 'https://acme.zoom.us/j/81234567890?pwd=abc' }],
    ['Meet in the description (Google)', { description: 'Join with Google Meet: https://meet.google.com/abc-defg-hij\n\nMore' }, { format: 'video', location: 'https://meet.google.com/abc-defg-hij' }],
    [
      'Teams placeholder in LOCATION, link in description (Outlook)',
      { location: 'Microsoft Teams Meeting', description: 'Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d\n' },
      { format: 'video', location: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d' },
    ],
    ['Webex', { url: 'https://acme.webex.com/meet/priya' }, { format: 'video', location: 'https://acme.webex.com/meet/priya' }],
    ['Webex j.php', { description: 'https://acme.webex.com/acme/j.php?MTID=m123' }, { format: 'video', location: 'https://acme.webex.com/acme/j.php?MTID=m123' }],
    ['a tel: link', { location: 'tel:+1-415-555-0100' }, { format: 'phone', location: '+1-415-555-0100' }],
    ['a bare phone number', { location: '+44 20 7946 0000' }, { format: 'phone', location: '+44 20 7946 0000' }],
    ['Calendly phone screen', { description: 'Initech will call you at +44 20 7946 0000.' }, { format: 'phone', location: '+44 20 7946 0000' }],
    ['an address', { location: 'Globex HQ, Friedrichstraße 12, 10117 Berlin' }, { format: 'onsite', location: 'Globex HQ, Friedrichstraße 12, 10117 Berlin' }],
    ['a placeholder and no link is still a video meeting', { location: 'Microsoft Teams Meeting' }, { format: 'video', location: '' }],
    ['nothing', {}, { format: 'other', location: '' }],
  ])('%s', (_name, over, expected) => {
    expect(meetingDetails(event(over))).toEqual(expected);
  });
});

describe('the interview an event becomes', () => {
  it('takes time, zone, duration, format and interviewers (contacts, company addresses; never the user)', () => {
    const proposal = proposeInterview(
      event({
        summary: 'Acme — Backend Engineer interview',
        organizer: person('priya.raman@acme.io', 'P. Raman'),
        attendees: [person('priya.raman@acme.io'), person('jordan@example.com', 'Jordan'), person('max.weber@acme.io'), person('room-4@resource.calendar.google.com')],
        description: 'https://meet.google.com/abc-defg-hij',
      }),
      acme,
    );
    expect(proposal).toEqual({
      round: 'Acme — Backend Engineer interview',
      startsAt: '2026-12-08T19:00:00.000Z',
      timeZone: 'America/New_York',
      durationMinutes: 60,
      format: 'video',
      location: 'https://meet.google.com/abc-defg-hij',
      interviewers: [
        { email: 'priya.raman@acme.io', name: 'Priya Raman', contactId: 'c1' },
        { email: 'max.weber@acme.io', name: 'Max Weber', contactId: null },
      ],
    });
  });
  it('an event without an end gets an hour; one without a title is "Interview"', () => {
    const proposal = proposeInterview(event({ summary: '  ', endsAt: '2026-12-08T19:00:00.000Z' }), acme);
    expect(proposal.durationMinutes).toBe(60);
    expect(proposal.round).toBe('Interview');
  });
});
