import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../../shared/calendar/calendar-event';
import { looksLikeInterview } from '../../../../shared/calendar/interview-candidates';
import { indexApplications, matchEvent } from '../../../../shared/calendar/match-event';
import { occurrenceReader } from '../../../../shared/calendar/series-match';
import { application } from '../followup/fixtures';

/**
 * Reading a calendar's occurrences series by series (series-match.ts) gives, for every occurrence,
 * exactly what `matchEvent` and `looksLikeInterview` give it alone — whatever the overrides changed,
 * in whatever order the occurrences come, across the recent-past boundary.
 */
const NOW = Date.parse('2026-12-01T12:00:00Z');
const contact = (id: string, email: string) => ({ id, name: 'Someone', title: '', email, phone: '', notes: '' });
const apps = [application({ id: 'acme', company: 'Acme Inc.', jobUrl: 'https://careers.acme.io/jobs/1', contacts: [contact('c1', 'priya@acme.io')] }), application({ id: 'globex', company: 'Globex', jobUrl: '', contacts: [] })];
const index = indexApplications(apps);

const person = fc.constantFrom({ email: 'priya@acme.io', name: 'Priya' }, { email: 'me@gmail.com', name: '' }, { email: 'no-reply@greenhouse.io', name: '' }, { email: 'x@globex.com', name: 'X' });
const occurrence = fc.record({
  uid: fc.constantFrom('series-a', 'series-b', 'single'),
  summary: fc.constantFrom('Gym', 'Interview', 'Globex onsite', 'Phone screen with Acme', 'Dentist'),
  description: fc.constantFrom('', 'https://calendly.com/acme/30min Globex', 'Agenda'),
  location: fc.constantFrom('', 'Microsoft Teams Meeting', 'Room 1'),
  url: fc.constantFrom('', 'https://calendly.com/x'),
  organizer: fc.option(person, { nil: null }),
  attendees: fc.array(person, { maxLength: 3 }),
  status: fc.constantFrom<CalendarEvent['status']>('confirmed', 'confirmed', 'cancelled', 'tentative'),
  dayOffset: fc.integer({ min: -40, max: 60 }),
});

type Occurrence = typeof occurrence extends fc.Arbitrary<infer T> ? T : never;

function toEvent(o: Occurrence, i: number): CalendarEvent {
  const start = new Date(NOW + o.dayOffset * 86_400_000).toISOString();
  const end = new Date(NOW + o.dayOffset * 86_400_000 + 3_600_000).toISOString();
  return {
    key: `${o.uid}#${i}`,
    uid: o.uid,
    recurrenceId: o.uid === 'single' ? null : start,
    summary: o.summary,
    description: o.description,
    location: o.location,
    url: o.url,
    conferenceUrl: '',
    startsAt: start,
    endsAt: end,
    timeZone: 'Europe/Berlin',
    allDay: false,
    floating: false,
    unknownZone: null,
    status: o.status,
    sequence: 0,
    organizer: o.organizer,
    attendees: o.attendees,
  };
}

describe('series-match: one reading per series gives every occurrence its own answer', () => {
  it('equals matchEvent and looksLikeInterview for each occurrence', () => {
    fc.assert(
      fc.property(fc.array(occurrence, { maxLength: 60 }), (occurrences) => {
        const read = occurrenceReader(index, NOW);
        occurrences.map(toEvent).forEach((event) => {
          const alone = matchEvent(event, index, NOW);
          const reading = read(event);
          expect(reading.match).toEqual(alone);
          if (alone.kind !== 'not-considered') expect(reading.looksLikeInterview).toBe(looksLikeInterview(event));
        });
      }),
      { numRuns: 300 },
    );
  });
});
