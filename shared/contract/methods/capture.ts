import { z } from 'zod';
import { IdSchema, InstantSchema, LocalDateSchema, POSTING_TEXT_MAX, PostingSourceSchema, SalaryRangeSchema, text, WebLinkSchema, WorkplaceSchema } from '../../domain';
import { method } from '../define';

const previewValue = <T extends z.ZodType>(value: T) => z.object({ value, source: PostingSourceSchema, certain: z.boolean() }).strict().optional();

/** What a capture found, field by field, each with where it came from. */
export const CapturedFieldsSchema = z
  .object({
    company: previewValue(text(200)),
    role: previewValue(text(200)),
    location: previewValue(text(200)),
    workplace: previewValue(WorkplaceSchema),
    salary: previewValue(SalaryRangeSchema),
    employmentType: previewValue(text(80)),
    postedOn: previewValue(LocalDateSchema),
    jobUrl: previewValue(WebLinkSchema),
    text: previewValue(text(POSTING_TEXT_MAX)),
  })
  .strict();
export type CapturedFields = z.infer<typeof CapturedFieldsSchema>;

export const CaptureDuplicateSchema = z.object({ id: IdSchema, company: z.string(), role: z.string(), archived: z.boolean(), reason: z.enum(['same-link', 'same-role']) }).strict();

export const CapturePreviewSchema = z
  .object({
    /** The link as given (kept as the posting's `sourceUrl`). */
    url: z.string().max(4096),
    fetchedAt: InstantSchema,
    fields: CapturedFieldsSchema,
    /** Why the page gave nothing (or not everything), in the user's words; null when it went well. */
    problem: z.string().nullable(),
    duplicates: z.array(CaptureDuplicateSchema),
  })
  .strict();
export type CapturePreview = z.infer<typeof CapturePreviewSchema>;

export const captureMethods = {
  /**
   * Fetches a posting's link and answers what it found. Writes nothing: the user confirms with
   * `applications.create` (its `posting`). A link that cannot be read still answers, with `problem`.
   */
  'capture.preview': method(z.object({ url: z.string().max(4096, 'must be at most 4096 characters') }).strict(), CapturePreviewSchema, { mutates: false }),
};
