import { z } from 'zod';
import { InstantSchema, LocalDateSchema, text, WebLinkSchema } from './primitives';

/**
 * A job posting captured from its link and kept with the application, because postings disappear
 * before the interviews they lead to. Optional on Application: data written before capture existed
 * has no `posting` key and loads unchanged (absent and `null` both mean "no posting kept").
 */

/** Where a captured field came from, best first. `you` = typed or corrected by the user. */
export const POSTING_SOURCES = ['greenhouse', 'lever', 'ashby', 'workday', 'json-ld', 'opengraph', 'page', 'you'] as const;
export const PostingSourceSchema = z.enum(POSTING_SOURCES);
export type PostingSource = z.infer<typeof PostingSourceSchema>;

/**
 * The fields a capture fills; each one records its source. `remote` is only in data written
 * before `workplace` replaced it (see workplace.ts).
 */
export const POSTING_FIELDS = ['company', 'role', 'location', 'workplace', 'remote', 'salary', 'employmentType', 'postedOn', 'jobUrl', 'text'] as const;
export const PostingFieldSchema = z.enum(POSTING_FIELDS);
export type PostingField = z.infer<typeof PostingFieldSchema>;

/** 200,000 characters: the longest real postings are ~30 KB of text; the rest is a hostile page. */
export const POSTING_TEXT_MAX = 200_000;

export const PostingSchema = z
  .object({
    /** The posting's text, plain (HTML and entities already turned into text). */
    text: text(POSTING_TEXT_MAX),
    /** The link the user gave (the canonical one is the application's `jobUrl`). */
    sourceUrl: WebLinkSchema,
    fetchedAt: InstantSchema,
    employmentType: text(80),
    /** The day the posting was published, when the page said so. */
    postedOn: z.union([LocalDateSchema, z.literal('')]),
    /**
     * Only in data written before the application's `workplace` existed (true: remote, false: on
     * site, null: not said); new postings leave it out and the application keeps the workplace.
     */
    remote: z.boolean().nullable().optional(),
    /** Where each kept field came from (fields not captured are absent). */
    sources: z.partialRecord(PostingFieldSchema, PostingSourceSchema),
  })
  .strict();
export type Posting = z.infer<typeof PostingSchema>;
