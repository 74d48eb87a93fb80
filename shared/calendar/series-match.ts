import type { CalendarEvent, EventPerson } from './calendar-event';
import { looksLikeInterview } from './interview-candidates';
import { matchEvent, notConsidered, recentPastStart, type ApplicationIndex, type EventMatch } from './match-event';

/**
 * Matching a calendar's occurrences without repeating the work for each one of a series: a weekly
 * series read a year ahead, or a hostile file's 10,000 occurrences, are mostly copies.
 *
 * | occurrence                                                   | how it is read                                 |
 * | ------------------------------------------------------------ | ---------------------------------------------- |
 * | cancelled, or ended before the recent past                   | `matchEvent` itself (cheap: it stops there)    |
 * | the same UID and the same words and people as the one before | that one's match and interview look, reused    |
 * | anything else (the first, an override that changed a detail) | `matchEvent` and `looksLikeInterview`          |
 *
 * "The same" compares every field `matchEvent` and `looksLikeInterview` read besides status and
 * time (title, description, location, URL, organizer's and attendees' addresses), so a reused
 * answer is the answer those rules would give.
 */
export interface OccurrenceReading {
  match: EventMatch;
  looksLikeInterview: boolean;
}

export function occurrenceReader(index: ApplicationIndex, nowMs: number): (event: CalendarEvent) => OccurrenceReading {
  const lastBySeries = new Map<string, { event: CalendarEvent; reading: OccurrenceReading }>();
  const recentPast = recentPastStart(nowMs);
  return (event) => {
    const skipped = notConsidered(event, nowMs, recentPast);
    if (skipped) return { match: skipped, looksLikeInterview: false };
    const held = lastBySeries.get(event.uid);
    if (held && sameContent(held.event, event)) return held.reading;
    const reading = { match: matchEvent(event, index, nowMs), looksLikeInterview: looksLikeInterview(event) };
    lastBySeries.set(event.uid, { event, reading });
    return reading;
  };
}

function sameContent(a: CalendarEvent, b: CalendarEvent): boolean {
  return (
    a.summary === b.summary &&
    a.description === b.description &&
    a.location === b.location &&
    a.url === b.url &&
    samePerson(a.organizer, b.organizer) &&
    (a.attendees === b.attendees || (a.attendees.length === b.attendees.length && a.attendees.every((p, i) => samePerson(p, b.attendees[i]!))))
  );
}

function samePerson(a: EventPerson | null, b: EventPerson | null): boolean {
  return a === b || (a !== null && b !== null && a.email === b.email);
}
