import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../../shared/calendar/calendar-event';
import { meetingDetails } from '../../../../shared/calendar/meeting-details';
import { parseIcs } from '../../../../shared/calendar/parse-ics';
import { calendarEvent as event } from '../../../support/calendar-event';

/** How an interview happens, as invitations from each provider and language write it (rules table in meeting-details.ts). */

const TEAMS = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1%40thread.v2/0?context=%7b%22Tid%22%3a%22a1%22%7d';

describe('format words and placeholders', () => {
  it.each<[string, Partial<CalendarEvent>, ReturnType<typeof meetingDetails>]>([
    ['"(phone)" in the title', { summary: 'Globex — Recruiter intro (phone)' }, { format: 'phone', location: '' }],
    ['"phone screen" with a number in the description', { summary: 'Phone screen: Globex', description: 'We will call you on +49 30 1234567.' }, { format: 'phone', location: '+49 30 1234567' }],
    ['"Call with …" and nothing else', { summary: 'Call with Priya (Acme)' }, { format: 'phone', location: '' }],
    ['"Call with …" and a Zoom link is a video call', { summary: 'Call with Priya', description: 'https://acme.zoom.us/j/81234567890' }, { format: 'video', location: 'https://acme.zoom.us/j/81234567890' }],
    ['German Teams placeholder, no link in the text', { location: 'Microsoft Teams-Besprechung' }, { format: 'video', location: '' }],
    ['French Teams placeholder', { location: 'Réunion Microsoft Teams' }, { format: 'video', location: '' }],
    ['Spanish Teams placeholder', { location: 'Reunión de Microsoft Teams' }, { format: 'video', location: '' }],
    ['Zoom placeholder (German)', { location: 'Zoom-Meeting' }, { format: 'video', location: '' }],
    ['the provider’s join link (Teams property) with the placeholder', { location: 'Microsoft Teams-Besprechung', conferenceUrl: TEAMS }, { format: 'video', location: TEAMS }],
    ['Google’s conferencing block', { conferenceUrl: 'https://meet.google.com/abc-defg-hij' }, { format: 'video', location: 'https://meet.google.com/abc-defg-hij' }],
    ['"Videocall" in a German title', { summary: 'Videocall mit Globex' }, { format: 'video', location: '' }],
    [
      '"onsite" with an address and a Teams link Outlook added by itself',
      { summary: 'Onsite interview — Globex', location: 'Friedrichstraße 12, 10117 Berlin', conferenceUrl: TEAMS },
      { format: 'onsite', location: 'Friedrichstraße 12, 10117 Berlin' },
    ],
    ['"Vorstellungsgespräch vor Ort"', { summary: 'Vorstellungsgespräch vor Ort', location: 'Globex GmbH, Raum 4.12' }, { format: 'onsite', location: 'Globex GmbH, Raum 4.12' }],
    ['"entrevista telefónica"', { summary: 'Entrevista telefónica — Initech' }, { format: 'phone', location: '' }],
    ['"entretien téléphonique"', { summary: 'Entretien téléphonique avec Globex' }, { format: 'phone', location: '' }],
  ])('%s', (_name, over, expected) => {
    expect(meetingDetails(event(over))).toEqual(expected);
  });
});

describe('a Teams invitation whose link is only in the HTML description', () => {
  const ics = [
    // After Outlook's Teams invitations as quoted in public parser issues (ical.js, python-icalendar):
    // a placeholder LOCATION, a plain DESCRIPTION without the link, the link in X-ALT-DESC's anchor.
    'BEGIN:VCALENDAR',
    'METHOD:REQUEST',
    'PRODID:Microsoft Exchange Server 2010',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'ORGANIZER;CN=Lena Vogel:mailto:lena.vogel@globex.de',
    'DESCRIPTION;LANGUAGE=de-DE:Hallo\\, wir freuen uns auf das Gespräch.\\n',
    'UID:040000008200E00074C5B7101A82E008000000001',
    'SUMMARY;LANGUAGE=de-DE:Interview Globex',
    'DTSTART:20261210T090000Z',
    'DTEND:20261210T100000Z',
    'LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung',
    `X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hallo\\, wir freuen uns.</p><a href="${TEAMS}" target="_blank">Jetzt an der Besprechung teilnehmen</a></body></html>`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  it('finds the link and calls it video, not an onsite address', () => {
    const result = parseIcs(ics, { fallbackZone: 'Europe/Berlin', windowStartMs: Date.parse('2026-12-01T00:00:00Z'), windowEndMs: Date.parse('2027-12-01T00:00:00Z') });
    if (!result.ok) throw new Error(result.message);
    expect(result.events[0]!.conferenceUrl).toBe(TEAMS);
    expect(meetingDetails(result.events[0]!)).toEqual({ format: 'video', location: TEAMS });
  });
});
