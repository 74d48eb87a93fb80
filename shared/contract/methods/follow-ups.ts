import { z } from 'zod';
import { DraftSchema, FollowUpSchema, IdSchema, InstantSchema, requiredText, text } from '../../domain';
import { SNOOZE_PRESETS } from '../../followup/snooze';
import { method } from '../define';

/** What the user can do with a reminder — the same five actions everywhere it appears (shared/followup/LIFECYCLE.md). */
export const FollowUpActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('markSent') }).strict(),
  z
    .object({
      action: z.literal('snooze'),
      /**
       * Due already: `hour` (now + 1 h), `tomorrow` (09:00 tomorrow). Not due yet: `dayAfterDue`,
       * `weekAfterDue` (its due time 1 or 7 days later). `until`: the picked instant.
       */
      preset: z.enum(SNOOZE_PRESETS),
      until: InstantSchema.optional(),
      /** The user saw that the picked time is before the promise and chose it anyway. */
      beforePromise: z.literal(true).optional(),
    })
    .strict()
    .refine((a) => a.preset !== 'until' || a.until !== undefined, { message: 'needs a time', path: ['until'] })
    .refine((a) => a.preset === 'until' || a.until === undefined, { message: 'only with preset "until"', path: ['until'] })
    .refine((a) => a.preset === 'until' || a.beforePromise === undefined, { message: 'only with preset "until"', path: ['beforePromise'] }),
  z.object({ action: z.literal('heardBack') }).strict(),
  z
    .object({
      action: z.literal('skip'),
      reason: z.enum(['bombed', 'not-interested', 'other']),
      note: text(500).optional(),
      /** `this`: only the named reminder; `interview`: every remaining reminder of its interview. */
      scope: z.enum(['this', 'interview']).default('this'),
    })
    .strict(),
  z.object({ action: z.literal('reopen') }).strict(),
]);
export type FollowUpAction = z.infer<typeof FollowUpActionSchema>;

/** The act's answer: the follow-up it named, and every other follow-up its cascade changed. */
export const FollowUpActResultSchema = z
  .object({
    followUp: FollowUpSchema,
    /** Other follow-ups the action changed (skipped, cancelled, revived, re-planned), as stored now. */
    cascade: z.array(FollowUpSchema),
  })
  .strict();
export type FollowUpActResult = z.infer<typeof FollowUpActResultSchema>;

export const ComposedDraftSchema = z
  .object({
    /** What the composer shows: the user's saved edits, or the generated draft. */
    email: DraftSchema,
    /** The draft as generated now from the interview and settings ("Reset to the generated draft"). */
    generated: DraftSchema,
    /** Whether `email` is the user's saved edit rather than the generated draft. */
    edited: z.boolean(),
    phoneScript: z.string(),
    /** A `mailto:` link with subject and body encoded, to the interviewer when known. */
    mailto: z.string(),
    to: z.string(),
  })
  .strict();
export type ComposedDraft = z.infer<typeof ComposedDraftSchema>;

export const followUpMethods = {
  'followUps.create': method(
    // The stored follow-up's rules; a reminder of the user's own must have a title.
    FollowUpSchema.pick({ applicationId: true, dueAt: true, timeZone: true })
      .extend({
        title: requiredText(300),
        recurrence: FollowUpSchema.shape.recurrence.default(null),
        channel: FollowUpSchema.shape.channel.default('email'),
      })
      .strict(),
    FollowUpSchema,
    { mutates: true },
  ),
  'followUps.act': method(z.object({ id: IdSchema, act: FollowUpActionSchema }).strict(), FollowUpActResultSchema, { mutates: true }),
  /** Saves the user's edits to the draft text; `null` drops them (back to the generated draft). */
  'followUps.saveDraft': method(z.object({ id: IdSchema, draft: DraftSchema.nullable() }).strict(), FollowUpSchema, {
    mutates: true,
  }),
  /** The draft for a follow-up, filled from its interview and application. */
  'followUps.compose': method(z.object({ id: IdSchema }).strict(), ComposedDraftSchema, { mutates: false }),
};
