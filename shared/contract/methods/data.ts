import { z } from 'zod';
import { IdSchema, InstantSchema, StageKindSchema, WorkplaceSchema } from '../../domain';
import { IMPORT_FIELDS } from '../../import/csv-mapping';
import { method } from '../define';

/**
 * Export, import and insights. Exports are written by the main process (streamed to a file the
 * user picks, or offered as a download in browser mode); imports are validated as a whole first.
 */

/** `report-pdf` needs the desktop app (Chromium's printToPDF); browser mode answers `unavailable`. */
export const ExportFormatSchema = z.enum(['csv-history', 'csv-applications', 'json', 'ics', 'report-html', 'report-pdf']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

const RangeFields = {
  /** Inclusive; omitted = from the beginning. Ignored by the JSON backup, which is always whole. */
  from: InstantSchema.optional(),
  to: InstantSchema.optional(),
};
const rangeIsOrdered = (r: { from?: string; to?: string }) => r.from === undefined || r.to === undefined || r.from <= r.to;

export const ExportRequestSchema = z
  .object({ format: ExportFormatSchema, ...RangeFields })
  .strict()
  .refine(rangeIsOrdered, { message: 'must not be before "from"', path: ['to'] });
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

export const ExportResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), path: z.string(), bytes: z.number().int().min(0) }).strict(),
  z.object({ kind: z.literal('download'), url: z.string(), fileName: z.string() }).strict(),
  z.object({ kind: z.literal('cancelled') }).strict(),
]);
export type ExportResult = z.infer<typeof ExportResultSchema>;

/** Largest CSV or backup text accepted over IPC (characters). */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;

export const CsvPresetSchema = z.enum(['generic', 'huntr', 'teal', 'simplify']);

/** The fields a CSV column can feed (the list lives with the import logic). */
export const ImportFieldSchema = z.enum(IMPORT_FIELDS);

/** Field → 0-based column index. */
export const ColumnMappingSchema = z.partialRecord(ImportFieldSchema, z.number().int().min(0).max(1000));
export type ColumnMappingRequest = z.infer<typeof ColumnMappingSchema>;

export const DayOrderSchema = z.enum(['mdy', 'dmy']);

/** Stage value as written in the file → the board stage its rows go to. */
export const StageMapSchema = z.record(z.string().max(200, 'must be at most 200 characters'), IdSchema).refine((map) => Object.keys(map).length <= 1000, { message: 'must have at most 1000 stage values' });

export const CsvImportRequestSchema = z
  .object({
    csv: z.string().max(MAX_IMPORT_CHARS, 'must be at most 20 MB'),
    preset: CsvPresetSchema,
    mapping: ColumnMappingSchema.optional(),
    /** How `11/10/2026` reads; detected from the file when omitted. */
    dayOrder: DayOrderSchema.optional(),
    /** The user's stage choices; values not listed are matched by name and meaning. */
    stageMap: StageMapSchema.optional(),
    /** Leave out rows already on the board (imported before, same link, or same company and role). Commit only; default true. */
    skipDuplicates: z.boolean().optional(),
    /** Rows (as the spreadsheet numbers them) to import although they repeat the board. Commit only. */
    includeRows: z.array(z.number().int().min(1)).max(10_000, 'must list at most 10,000 rows').optional(),
  })
  .strict();
export type CsvImportRequest = z.infer<typeof CsvImportRequestSchema>;

export const ImportProblemSchema = z
  .object({
    /** The row a spreadsheet shows it in (header = row 1). */
    row: z.number().int().min(1),
    field: ImportFieldSchema.nullable(),
    /** The column's name in the user's file ('' when not about one column). */
    column: z.string(),
    /** What it costs: the row, one cell, or nothing. */
    effect: z.enum(['row-skipped', 'cell-left-out', 'note']),
    message: z.string(),
  })
  .strict();

/** How much of a row's posting text the preview carries. */
export const PREVIEW_POSTING_CHARS = 300;

export const BoardDuplicateSchema = z
  .object({
    /** Imported from the same row before, the same job link, or the same company and role. */
    reason: z.enum(['imported-before', 'same-link', 'same-role']),
    applicationId: IdSchema,
    company: z.string(),
    role: z.string(),
  })
  .strict();

export const ImportRowSchema = z
  .object({
    /** The row a spreadsheet shows it in (header = row 1). */
    row: z.number().int().min(1),
    company: z.string(),
    role: z.string(),
    stage: z.string(),
    stageId: IdSchema,
    jobUrl: z.string(),
    location: z.string(),
    workplace: WorkplaceSchema.nullable(),
    source: z.string(),
    notes: z.string(),
    /** The start of the posting's text (the whole text is read again when the import is committed). */
    postingText: z.string().max(PREVIEW_POSTING_CHARS),
    tags: z.array(z.string()),
    salaryMin: z.number().nullable(),
    salaryMax: z.number().nullable(),
    salaryCurrency: z.string(),
    salaryPeriod: z.enum(['year', 'month', 'hour']).nullable(),
    createdAt: z.string().nullable(),
    appliedAt: z.string().nullable(),
    contactName: z.string(),
    contactEmail: z.string(),
    fingerprint: z.string(),
    /** The application already on the board that this row repeats, or null. */
    duplicate: BoardDuplicateSchema.nullable(),
  })
  .strict();

export const StageValueSchema = z.object({ value: z.string(), rows: z.number().int().min(0), stageId: IdSchema, how: z.enum(['name', 'meaning', 'unknown', 'chosen']) }).strict();

export const CsvPreviewSchema = z
  .object({
    headers: z.array(z.string()),
    delimiter: z.enum([',', ';', '\t']),
    mapping: ColumnMappingSchema,
    /** The first rows that will be imported. */
    rows: z.array(ImportRowSchema),
    /** Rows with a company: all of them are imported (less the duplicates, if skipped). */
    importableRows: z.number().int().min(0),
    /** Rows that repeat an application already on the board. */
    duplicateRows: z.number().int().min(0),
    /** The first of them (across the whole file), each with the row and what it repeats. */
    duplicates: z.array(z.object({ row: z.number().int().min(1), company: z.string(), role: z.string(), duplicate: BoardDuplicateSchema }).strict()),
    totalRows: z.number().int().min(0),
    problems: z.array(ImportProblemSchema),
    problemCount: z.number().int().min(0),
    stageValues: z.array(StageValueSchema),
    boardStages: z.array(z.object({ id: IdSchema, name: z.string() }).strict()),
    dates: z
      .object({
        order: DayOrderSchema,
        ambiguous: z.boolean(),
        examples: z.array(z.object({ written: z.string(), monthFirst: InstantSchema, dayFirst: InstantSchema }).strict()),
      })
      .strict(),
  })
  .strict();
export type CsvPreviewResponse = z.infer<typeof CsvPreviewSchema>;

export const CsvCommitResultSchema = z
  .object({
    imported: z.number().int().min(0),
    skipped: z.number().int().min(0),
    /** Rows left out because they repeat an application already on the board. */
    duplicatesSkipped: z.number().int().min(0),
    problems: z.array(ImportProblemSchema),
  })
  .strict();

export const BackupImportResultSchema = z
  .object({
    stages: z.number().int(),
    applications: z.number().int(),
    archivedApplications: z.number().int(),
    interviews: z.number().int(),
    followUps: z.number().int(),
    history: z.number().int(),
    exportedAt: z.string(),
  })
  .strict();

const RatioSchema = z.object({ count: z.number().int(), total: z.number().int(), rate: z.number().nullable() }).strict();

export const InsightsSchema = z
  .object({
    applications: z.number().int(),
    funnel: z.array(z.object({ stageId: z.string(), name: z.string(), kind: StageKindSchema, reached: z.number().int() }).strict()),
    responseRate: RatioSchema,
    medianDaysToAnswer: z.number().nullable(),
    answeredInterviews: z.number().int(),
    promises: z.object({ kept: z.number().int(), late: z.number().int(), silent: z.number().int(), keptRate: RatioSchema }).strict(),
    followUps: z.object({ withCheckIn: RatioSchema, withoutCheckIn: RatioSchema }).strict(),
    ghosting: RatioSchema,
  })
  .strict();
export type InsightsResponse = z.infer<typeof InsightsSchema>;

export const dataMethods = {
  /** Streams an export to a file the user picks (or a download in browser mode). */
  'export.run': method(ExportRequestSchema, ExportResultSchema, { mutates: false }),
  /** Reads a CSV through a mapping (guessed from the preset when omitted); writes nothing. */
  'import.previewCsv': method(CsvImportRequestSchema, CsvPreviewSchema, { mutates: false }),
  /** Imports every row with a company as a new application, in one action (one undo). */
  'import.commitCsv': method(CsvImportRequestSchema, CsvCommitResultSchema, { mutates: true }),
  /**
   * Replaces all data with a backup, all or nothing. A backup with any problem fails with
   * `invalid_request` and issues such as `applications[12].company: is required`.
   */
  'import.backup': method(z.object({ json: z.string().max(MAX_IMPORT_CHARS * 10, 'must be at most 200 MB') }).strict(), BackupImportResultSchema, { mutates: true }),
  'insights.get': method(
    z
      .object(RangeFields)
      .strict()
      .refine(rangeIsOrdered, { message: 'must not be before "from"', path: ['to'] }),
    InsightsSchema,
    {
      mutates: false,
    },
  ),
};
