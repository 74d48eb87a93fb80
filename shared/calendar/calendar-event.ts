import { z } from 'zod';
import { InstantSchema, TimeZoneSchema } from '../domain/primitives';

/** One person on an invitation: the organizer or an attendee. */
export const EventPersonSchema = z
  .object({
    email: z.string().max(320),
    name: z.string().max(200),
  })
  .strict();
export type EventPerson = z.infer<typeof EventPersonSchema>;

export const EventStatusSchema = z.enum(['confirmed', 'tentative', 'cancelled']);
export type EventStatus = z.infer<typeof EventStatusSchema>;

/**
 * One occurrence of a calendar event, as every source (feed, CalDAV, dropped file) hands it on:
 * an instant plus the IANA zone it was arranged in, whatever the provider wrote.
 * `key` names the occurrence: the UID, plus `#<recurrence instant>` for one of a series.
 */
export const CalendarEventSchema = z
  .object({
    key: z.string().min(1).max(1200),
    uid: z.string().min(1).max(1000),
    recurrenceId: InstantSchema.nullable(),
    summary: z.string().max(1000),
    description: z.string().max(20_000),
    location: z.string().max(2048),
    url: z.string().max(2048),
    /** The join address the provider set apart (Teams' own property, CONFERENCE, a link in the HTML description); '' if none. */
    conferenceUrl: z.string().max(2048),
    startsAt: InstantSchema,
    endsAt: InstantSchema,
    timeZone: TimeZoneSchema,
    allDay: z.boolean(),
    /** No zone in the feed: the wall time was read in the user's zone. */
    floating: z.boolean(),
    /** A TZID the calendar never defined: the time was read in `timeZone` instead (said to the user). */
    unknownZone: z.string().max(200).nullable(),
    status: EventStatusSchema,
    sequence: z.number().int().min(0),
    organizer: EventPersonSchema.nullable(),
    attendees: z.array(EventPersonSchema).max(200),
  })
  .strict();
export type CalendarEvent = z.infer<typeof CalendarEventSchema>;
