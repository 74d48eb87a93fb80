import type { CalendarEvent } from '../../shared/calendar/calendar-event';

/**
 * A calendar event as the parser gives it — an hour-long confirmed "Catch-up" in New York, with no
 * organizer, guests, place or link — so that each test writes only what it is about.
 */
export function calendarEvent(over: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    key: 'uid-1',
    uid: 'uid-1',
    recurrenceId: null,
    summary: 'Catch-up',
    description: '',
    location: '',
    url: '',
    conferenceUrl: '',
    unknownZone: null,
    startsAt: '2026-12-08T19:00:00.000Z',
    endsAt: '2026-12-08T20:00:00.000Z',
    timeZone: 'America/New_York',
    allDay: false,
    floating: false,
    status: 'confirmed',
    sequence: 0,
    organizer: null,
    attendees: [],
    ...over,
  };
}
