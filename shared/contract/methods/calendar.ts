import { z } from 'zod';
import { CalendarEventSchema } from '../../calendar/calendar-event';
import { IdSchema, InstantSchema, InterviewFormatSchema, InterviewSchema, requiredText, TimeOfDaySchema } from '../../domain';
import { method } from '../define';

/** Why a source is failing, as a code the UI words (calendar-source-text) and tests check. */
export const SourceProblemSchema = z.enum(['unauthorized', 'not-found', 'tls', 'timeout', 'network', 'http', 'html', 'not-a-calendar', 'too-large', 'broken', 'address-forgotten', 'own-network']);
export type SourceProblem = z.infer<typeof SourceProblemSchema>;

export const CalendarSourceStatusSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(['feed', 'caldav', 'file']),
    name: z.string().max(200),
    state: z.enum(['ok', 'failing', 'not-checked']),
    problem: SourceProblemSchema.nullable(),
    /** The sentence the user reads: what is wrong and what to do. Never contains the address. */
    message: z.string().max(500).nullable(),
    checkedAt: InstantSchema.nullable(),
    eventCount: z.number().int().min(0),
    /** Things read around (an event with an unknown zone, a repeating event cut short). */
    warnings: z.array(z.string().max(300)).max(20),
    /** The user said the server is on their own network (feeds and CalDAV; always false for a dropped file). */
    ownNetwork: z.boolean(),
  })
  .strict();
export type CalendarSourceStatus = z.infer<typeof CalendarSourceStatusSchema>;

export const CalendarCandidateSchema = z
  .object({
    event: CalendarEventSchema,
    /** The applications it matched at the strongest rule (one: suggested; several or none: "choose…"). */
    applicationIds: z.array(IdSchema).max(50),
    /** Why it is suggested; `dropped`: the user dropped the invitation on that application. */
    via: z.enum(['contact', 'domain', 'title', 'scheduling', 'dropped']).nullable(),
    /** One of a repeating series, offered once: the answer covers the whole series. */
    repeats: z.boolean(),
    format: InterviewFormatSchema,
    location: z.string().max(2048),
    interviewerNames: z.array(z.string().max(200)).max(30),
  })
  .strict();
export type CalendarCandidate = z.infer<typeof CalendarCandidateSchema>;

/** A linked event that was cancelled or deleted: the user says what happens to the interview. */
export const CalendarCancellationSchema = z
  .object({
    key: z.string().max(1200),
    interviewId: IdSchema,
    applicationId: IdSchema,
    round: z.string().max(200),
    startsAt: InstantSchema,
  })
  .strict();
export type CalendarCancellation = z.infer<typeof CalendarCancellationSchema>;

export const CalendarStateSchema = z
  .object({
    sources: z.array(CalendarSourceStatusSchema),
    candidates: z.array(CalendarCandidateSchema),
    cancellations: z.array(CalendarCancellationSchema),
  })
  .strict();
export type CalendarState = z.infer<typeof CalendarStateSchema>;

const EventKeySchema = z.string().min(1, 'must not be empty').max(1200, 'must be at most 1200 characters');

/** webcal:// is how providers hand out feeds; it is fetched as https://. */
export const FeedUrlSchema = z
  .string()
  .trim()
  .max(4096, 'must be at most 4096 characters')
  .refine((v) => /^(https?|webcal):\/\/[^\s]+$/i.test(v), { message: 'must be an https://, http:// or webcal:// address' });

export const CalDavAccountSchema = z
  .object({
    serverUrl: z
      .string()
      .trim()
      .max(2048, 'must be at most 2048 characters')
      .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), { message: 'must be an https:// or http:// address' }),
    username: requiredText(320),
    /** An app-specific password (iCloud, Fastmail) or the account's password. */
    password: z.string().min(1, 'is required').max(1024, 'must be at most 1024 characters'),
    /** The user said "this server is on my own network": this computer and private addresses may be reached. */
    ownNetwork: z.boolean().optional(),
  })
  .strict();

export const CalDavCalendarSchema = z
  .object({
    url: z
      .string()
      .max(2048)
      .refine((v) => /^https?:\/\//i.test(v), { message: 'must be an http(s) address' }),
    name: z.string().max(200),
  })
  .strict();
export type CalDavCalendar = z.infer<typeof CalDavCalendarSchema>;

export const calendarMethods = {
  'calendar.state': method(z.object({}).strict(), CalendarStateSchema, { mutates: false }),
  /**
   * Adds an ICS feed; the address is a secret (kept like a password, never logged). A server on this
   * computer or a private network is refused (issue path `ownNetwork`) unless `ownNetwork` says it is the user's.
   */
  'calendar.addFeed': method(z.object({ name: requiredText(100), url: FeedUrlSchema, ownNetwork: z.boolean().optional() }).strict(), CalendarStateSchema, { mutates: false }),
  /** The calendars of a CalDAV account (iCloud, Fastmail, Nextcloud…), to choose from; nothing is saved. */
  'calendar.listCalDav': method(CalDavAccountSchema, z.object({ calendars: z.array(CalDavCalendarSchema).max(200) }).strict(), { mutates: false }),
  /** Adds the chosen calendars of a CalDAV account; the password is a secret. */
  'calendar.addCalDav': method(CalDavAccountSchema.extend({ calendars: z.array(CalDavCalendarSchema).min(1, 'choose at least one calendar').max(20) }).strict(), CalendarStateSchema, { mutates: false }),
  /**
   * "This server is on my own network", changed on a source already added (one saved before the
   * choice existed counts as public); the source is checked again with it. Not for a dropped file.
   */
  'calendar.setOwnNetwork': method(z.object({ id: IdSchema, ownNetwork: z.boolean() }).strict(), CalendarStateSchema, { mutates: false }),
  'calendar.removeSource': method(z.object({ id: IdSchema }).strict(), CalendarStateSchema, { mutates: false }),
  /** Checks one source (or all, `id: null`) now. */
  'calendar.refresh': method(z.object({ id: IdSchema.nullable() }).strict(), CalendarStateSchema, { mutates: false }),
  /** A dropped .ics file (an invitation attachment), kept until removed. */
  'calendar.importFile': method(
    z
      .object({
        fileName: requiredText(255),
        text: z.string().max(20 * 1024 * 1024, 'must be at most 20 MB'),
        /** The application it was dropped on (then preselected), or null for the window. */
        applicationId: IdSchema.nullable().optional(),
      })
      .strict(),
    CalendarStateSchema,
    { mutates: false },
  ),
  /**
   * Creates the interview from the event (undoable) and links them. An all-day event gives only a
   * day: the user picks when the interview starts on it (`startTime`, wall time in the event's zone,
   * required then and refused otherwise) and, if they like, how long it lasts (else an hour).
   */
  'calendar.confirm': method(
    z
      .object({
        key: EventKeySchema,
        applicationId: IdSchema,
        startTime: TimeOfDaySchema.optional(),
        durationMinutes: z
          .number()
          .int('must be whole minutes')
          .min(5, 'must be at least 5 minutes')
          .max(24 * 60, 'must be at most 24 hours')
          .optional(),
      })
      .strict(),
    InterviewSchema,
    { mutates: true },
  ),
  /** "Not an interview": the event is not offered again. */
  'calendar.dismiss': method(z.object({ key: EventKeySchema }).strict(), CalendarStateSchema, { mutates: false }),
  /** A linked event went away: mark its interview cancelled (its follow-ups stop; undoable) or keep it. */
  'calendar.resolveCancellation': method(z.object({ key: EventKeySchema, cancelInterview: z.boolean() }).strict(), CalendarStateSchema, { mutates: true }),
};
