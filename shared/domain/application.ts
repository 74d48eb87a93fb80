import { z } from 'zod';
import { PostingSchema } from './posting';
import { WorkplaceSchema } from './workplace';
import { EmailSchema, IdSchema, InstantSchema, requiredText, text, WebLinkSchema } from './primitives';

export const ContactSchema = z
  .object({
    id: IdSchema,
    name: requiredText(120),
    title: text(120),
    email: EmailSchema,
    phone: text(40),
    notes: text(2000),
  })
  .strict();
export type Contact = z.infer<typeof ContactSchema>;

export const SalaryRangeSchema = z
  .object({
    min: z.number().nonnegative().max(1e9).nullable(),
    max: z.number().nonnegative().max(1e9).nullable(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code like EUR'),
    period: z.enum(['year', 'month', 'hour']),
  })
  .strict()
  .refine((s) => s.min === null || s.max === null || s.min <= s.max, {
    message: 'minimum must not exceed maximum',
    path: ['min'],
  });
export type SalaryRange = z.infer<typeof SalaryRangeSchema>;

export const TagSchema = requiredText(40);

/** How many contacts an application keeps; one limit for stored records and for edits. */
export const ContactsSchema = <T extends z.ZodType>(contact: T) => z.array(contact).max(100, 'must have at most 100 contacts');

/**
 * One job the user applied for (or wants to), with the people they talk to there.
 * `position` orders cards inside a stage; moves pick a number between the neighbours so a move
 * changes one record only.
 */
export const ApplicationSchema = z
  .object({
    id: IdSchema,
    company: requiredText(200),
    role: requiredText(200),
    jobUrl: WebLinkSchema,
    location: text(200),
    /** Remote, hybrid or on site; null or absent (data from before it existed): not stated. */
    workplace: WorkplaceSchema.nullable().optional(),
    salary: SalaryRangeSchema.nullable(),
    source: text(200),
    notes: text(20_000),
    tags: z.array(TagSchema).max(30, 'must have at most 30 tags'),
    /** "Why I'm a good fit", one line used by thank-you and check-in drafts. */
    fitLine: text(500),
    contacts: ContactsSchema(ContactSchema),
    stageId: IdSchema,
    position: z.number().finite(),
    /** When the application entered each stage it has reached (stage id → instant). */
    stageReachedAt: z.record(IdSchema, InstantSchema),
    archived: z.boolean(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
    /**
     * Set on applications imported from another tracker's CSV: the row's fingerprint
     * (shared/import/row-fingerprint.ts), so importing the same file again can skip it.
     */
    importFingerprint: z
      .string()
      .regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits')
      .optional(),
    /** The captured posting (see posting.ts); absent in data from before capture existed. */
    posting: PostingSchema.nullable().optional(),
  })
  .strict();
export type Application = z.infer<typeof ApplicationSchema>;
