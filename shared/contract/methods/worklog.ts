import { z } from 'zod';
import { IdSchema, LocalDateSchema, text, WorkSearchActivitySchema, WorkSearchMethodSchema, WorkSearchSourceSchema, WorkSearchTypeSchema } from '../../domain';
import { addDays } from '../../followup/zoned-time';
import { WORK_LOG_PRESETS } from '../../worklog/presets';
import { method } from '../define';
import { ExportResultSchema } from './data';

/**
 * The work-search log: the activities of a range of days (a week by default), the user's manual
 * entries and edits, and its exports. Rows are computed by the core from every record, archived
 * applications included (shared/worklog/derive.ts decides what counts).
 */

/** The longest range one call reads or exports: a year and a week. */
export const MAX_WORK_LOG_DAYS = 372;

/** Whether the range is short enough; a malformed date is left to its own field's message. */
function withinLimit(r: { from: string; to: string }): boolean {
  try {
    return r.to < addDays(r.from, MAX_WORK_LOG_DAYS);
  } catch {
    return true;
  }
}

export const WorkLogRangeSchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'must not be before the start date', path: ['to'] })
  .refine(withinLimit, { message: `must be at most ${MAX_WORK_LOG_DAYS} days after the start date`, path: ['to'] });

export const WorkLogRowSchema = z
  .object({
    key: z.string(),
    type: WorkSearchTypeSchema,
    date: LocalDateSchema,
    employer: z.string(),
    position: z.string(),
    method: WorkSearchMethodSchema,
    contact: z.string(),
    result: z.string(),
    note: z.string(),
    excluded: z.boolean(),
    applicationId: IdSchema.nullable(),
    link: z.object({ entity: z.enum(['application', 'interview', 'followUp', 'workSearchActivity']), id: IdSchema }).strict(),
    recordId: IdSchema.nullable(),
  })
  .strict();

export const WorkLogPresetSchema = z.enum(WORK_LOG_PRESETS as unknown as ['generic', 'us-state', 'de-eigen']);

/** The fields the user writes; all optional in an edit (absent: unchanged). */
const EditableFields = {
  type: WorkSearchTypeSchema,
  date: LocalDateSchema,
  employer: text(200).trim(),
  position: text(200).trim(),
  method: WorkSearchMethodSchema,
  contact: text(300).trim(),
  result: text(500).trim(),
  note: text(2000).trim(),
};

export const WorkLogAddSchema = z
  .object({
    type: z.enum(['networking', 'job-fair', 'workshop', 'application', 'interview', 'follow-up', 'other']),
    date: LocalDateSchema,
    employer: text(200).trim().min(1, 'must name the employer or organiser'),
    position: EditableFields.position.default(''),
    method: WorkSearchMethodSchema,
    contact: EditableFields.contact.default(''),
    result: EditableFields.result.default(''),
    note: EditableFields.note.default(''),
    applicationId: IdSchema.nullable().default(null),
  })
  .strict();

export const WorkLogEditSchema = z
  .object({
    /** A derived row's source (`interview:<id>`…), or a manual entry as `manual:<id>`. */
    key: z.union([WorkSearchSourceSchema, z.string().regex(/^manual:[A-Za-z0-9_-]{1,64}$/, 'must name a row of the log')]),
    patch: z
      .object({ ...Object.fromEntries(Object.entries(EditableFields).map(([k, v]) => [k, v.optional()])), excluded: z.boolean().optional() } as {
        [K in keyof typeof EditableFields]: z.ZodOptional<(typeof EditableFields)[K]>;
      } & { excluded: z.ZodOptional<z.ZodBoolean> })
      .strict()
      .refine((p) => Object.keys(p).length > 0, { message: 'must change at least one field' }),
  })
  .strict();

export const workLogMethods = {
  /** The log of a range (inclusive local dates in the user's zone); without one, this week. */
  'worklog.get': method(
    z.object({ range: WorkLogRangeSchema.optional() }).strict(),
    z.object({ range: z.object({ from: LocalDateSchema, to: LocalDateSchema }).strict(), weekStartDay: z.number().int().min(1).max(7), rows: z.array(WorkLogRowSchema) }).strict(),
    { mutates: false },
  ),
  /** A manual activity (a job fair, a workshop, a call): a record in the journal, undoable. */
  'worklog.add': method(WorkLogAddSchema, WorkSearchActivitySchema, { mutates: true }),
  /** Edits a row's fields or leaves it out (`excluded`); undoable. */
  'worklog.edit': method(WorkLogEditSchema, WorkSearchActivitySchema, { mutates: true }),
  /** Deletes a manual entry; undoable. */
  'worklog.remove': method(z.object({ id: IdSchema }).strict(), z.object({}).strict(), { mutates: true }),
  /** The range's log as CSV or the printable report (PDF needs the desktop app). */
  'worklog.export': method(z.object({ range: WorkLogRangeSchema, preset: WorkLogPresetSchema, format: z.enum(['csv', 'report-html', 'report-pdf']) }).strict(), ExportResultSchema, { mutates: false }),
};
