import { z } from 'zod';
import { ChannelSchema, IdSchema, InstantSchema, LocalDateSchema, requiredText, text, TimeZoneSchema } from './primitives';

export const InterviewFormatSchema = z.enum(['phone', 'video', 'onsite', 'other']);
export type InterviewFormat = z.infer<typeof InterviewFormatSchema>;

/**
 * What the interviewer said about when and how the user will hear back — the first rule of the
 * advice is to always ask. `status: 'unknown'` means not recorded yet (the app nudges);
 * `not_given` means the user asked and got no date.
 */
export const HearBackPromiseSchema = z
  .object({
    status: z.enum(['unknown', 'date', 'not_given']),
    /** The promised date, in the interview's zone, when `status` is `date`. */
    date: LocalDateSchema.nullable(),
    channel: ChannelSchema.nullable(),
    /** Whether the user asked the question at all. */
    asked: z.boolean(),
  })
  .strict()
  .refine((p) => (p.status === 'date') === (p.date !== null), {
    message: 'a promised date is required exactly when status is "date"',
    path: ['date'],
  });
export type HearBackPromise = z.infer<typeof HearBackPromiseSchema>;

export const UNKNOWN_PROMISE: HearBackPromise = { status: 'unknown', date: null, channel: null, asked: false };

/** `cancelled`: the interview did not take place (e.g. its calendar event was cancelled): no follow-ups. */
export const InterviewOutcomeSchema = z.enum(['pending', 'advanced', 'offer', 'rejected', 'withdrawn', 'cancelled']);
export type InterviewOutcome = z.infer<typeof InterviewOutcomeSchema>;

/**
 * An interview entered after its thank-you moment had passed (e.g. one from months ago). Reminders
 * whose moment passed before they were planned are never notified; Today asks once "Did you send a
 * thank-you? Did they answer?" and the answer re-plans (shared/followup/LIFECYCLE.md). Absent on
 * every other interview and in data from before this existed.
 */
export const LateEntrySchema = z
  .object({
    answer: z.object({ thankYouSent: z.boolean(), answered: z.boolean(), at: InstantSchema }).strict().nullable(),
  })
  .strict();
export type LateEntry = z.infer<typeof LateEntrySchema>;

export const InterviewSchema = z
  .object({
    id: IdSchema,
    applicationId: IdSchema,
    round: requiredText(200),
    startsAt: InstantSchema,
    /** The zone the interview was arranged in; drafts and reminders speak its wall time. */
    timeZone: TimeZoneSchema,
    durationMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60),
    format: InterviewFormatSchema,
    /** An address, a meeting link or a phone number. */
    location: text(2048),
    /** Contact ids of the application's contacts who interviewed. */
    interviewerIds: z.array(IdSchema).max(30),
    notes: text(20_000),
    /** Something memorable from the conversation, quoted in the thank-you note. */
    memorableDetail: text(1000),
    hearBack: HearBackPromiseSchema,
    outcome: InterviewOutcomeSchema,
    /** When the user recorded that the company answered. Stops the check-in cadence. */
    heardBackAt: InstantSchema.nullable(),
    lateEntry: LateEntrySchema.optional(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .strict();
export type Interview = z.infer<typeof InterviewSchema>;
