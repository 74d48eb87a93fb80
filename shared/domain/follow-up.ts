import { z } from 'zod';
import { IdSchema, InstantSchema, text, TimeZoneSchema } from './primitives';

export const FollowUpKindSchema = z.enum(['hear-back-prompt', 'thank-you', 'check-in', 'custom']);
export type FollowUpKind = z.infer<typeof FollowUpKindSchema>;

export const FollowUpStatusSchema = z.enum(['pending', 'done', 'snoozed', 'skipped', 'cancelled']);
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

export const FollowUpChannelSchema = z.enum(['email', 'phone', 'other']);
export type FollowUpChannel = z.infer<typeof FollowUpChannelSchema>;

/** One time a reminder was handed to the user (recorded before it is shown). */
export const DeliverySchema = z
  .object({
    /** The occurrence this delivery was for (the due instant, or a recurrence's instance). */
    occurrence: InstantSchema,
    at: InstantSchema,
    via: z.enum(['notification', 'digest', 'in-app']),
  })
  .strict();
export type Delivery = z.infer<typeof DeliverySchema>;

export const DraftSchema = z
  .object({
    subject: text(300),
    body: text(10_000),
  })
  .strict();
export type Draft = z.infer<typeof DraftSchema>;

/**
 * Something the user should do at a given moment: thank, check in, or a reminder of their own.
 * Recurring ones carry an RFC 5545 RRULE body (no DTSTART; `dueAt` in `timeZone` is the start).
 */
export const FollowUpSchema = z
  .object({
    id: IdSchema,
    applicationId: IdSchema,
    interviewId: IdSchema.nullable(),
    kind: FollowUpKindSchema,
    title: text(300),
    dueAt: InstantSchema,
    timeZone: TimeZoneSchema,
    recurrence: text(500).nullable(),
    /** For check-ins: 1 for the first, 2 for the second… */
    sequence: z.number().int().min(0).max(1000),
    channel: FollowUpChannelSchema,
    status: FollowUpStatusSchema,
    statusReason: text(500),
    /** When snoozed: the moment it comes back (one occurrence only for recurring reminders). */
    snoozedUntil: InstantSchema.nullable(),
    draft: DraftSchema.nullable(),
    deliveries: z.array(DeliverySchema).max(1000),
    /** `policy` follow-ups are planned by the engine and re-planned; `user` ones are the user's. */
    origin: z.enum(['policy', 'user']),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .strict();
export type FollowUp = z.infer<typeof FollowUpSchema>;
