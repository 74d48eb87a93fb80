import { z } from 'zod';
import { IdSchema, InstantSchema, LocalDateSchema, text } from './primitives';

/** How the user reached the employer, in the words work-search forms use. */
export const WorkSearchMethodSchema = z.enum(['online', 'email', 'phone', 'video', 'in-person', 'mail', 'other']);
export type WorkSearchMethod = z.infer<typeof WorkSearchMethodSchema>;

/** What the activity was. The first three come from Hearback's records; the rest are the user's own. */
export const WorkSearchTypeSchema = z.enum(['application', 'interview', 'follow-up', 'networking', 'job-fair', 'workshop', 'other']);
export type WorkSearchType = z.infer<typeof WorkSearchTypeSchema>;

/**
 * A derived activity named by the record it comes from: `application:<id>`, `interview:<id>` or
 * `followUp:<id>` (shared/worklog/derive.ts decides which records count).
 */
export const WorkSearchSourceSchema = z.string().regex(/^(application|interview|followUp):[A-Za-z0-9_-]{1,64}$/, 'must name a record like "interview:abc"');

/**
 * One record of the work-search log the user wrote: either a manual activity (`source` null: a job
 * fair, a workshop, a call) or the user's edits to an activity Hearback derived (`source` set):
 * the fields Hearback cannot know, or that it is left out. A null field on an edit means "as
 * Hearback knows it". Kept in the journal like every record, so adding, editing and excluding undo.
 */
export const WorkSearchActivitySchema = z
  .object({
    id: IdSchema,
    source: WorkSearchSourceSchema.nullable(),
    /** The application it is about, if any (a manual entry may name one). */
    applicationId: IdSchema.nullable(),
    type: WorkSearchTypeSchema.nullable(),
    date: LocalDateSchema.nullable(),
    employer: text(200).nullable(),
    position: text(200).nullable(),
    method: WorkSearchMethodSchema.nullable(),
    /** The person or address contacted (a name, an email, a phone number, a job board). */
    contact: text(300).nullable(),
    result: text(500).nullable(),
    note: text(2000).nullable(),
    excluded: z.boolean(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .strict()
  .refine((a) => a.source !== null || (a.date !== null && a.type !== null && (a.employer ?? '').trim() !== ''), {
    message: 'a manual activity needs a date, a kind and an employer or organiser',
    path: ['employer'],
  });
export type WorkSearchActivity = z.infer<typeof WorkSearchActivitySchema>;
