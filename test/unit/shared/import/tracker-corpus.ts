import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readCsv } from '../../../../electron/core/data/csv-read';
import { DEFAULT_STAGES } from '../../../../shared/domain';
import { CSV_PRESETS, decodeText, detectEncoding, readCsvRows, TEXT_ENCODINGS, type CsvRead } from '../../../../shared/import';

/**
 * The corpus of other trackers' exports and spreadsheet files (corpus/, expectations.json), and
 * how a file is judged: read as the app reads a picked file — encoding from the bytes, then the
 * preset's mapping — and compared field by field with what the file means.
 */
export const CORPUS_DIR = join(__dirname, 'corpus');
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();
const ExpectedApplication = z
  .object({
    row: z.number().int(),
    company: z.string(),
    role: z.string().optional(),
    stageId: z.string().optional(),
    jobUrl: z.string().optional(),
    location: z.string().optional(),
    salaryMin: z.number().nullable().optional(),
    salaryMax: z.number().nullable().optional(),
    salaryCurrency: z.string().optional(),
    salaryPeriod: z.enum(['year', 'month', 'hour']).nullable().optional(),
    appliedAt: Day.optional(),
    createdAt: Day.optional(),
  })
  .strict();
const Corpus = z
  .object({
    about: z.string(),
    files: z.array(
      z
        .object({
          file: z.string(),
          source: z.string().min(20),
          preset: z.enum(CSV_PRESETS),
          encoding: z.enum(TEXT_ENCODINGS),
          delimiter: z.enum([',', ';', '\t']),
          totalRows: z.number().int(),
          applications: z.array(ExpectedApplication),
          problems: z.array(z.object({ row: z.number().int(), column: z.string() }).strict()),
        })
        .strict(),
    ),
  })
  .strict();
export type CorpusFile = z.infer<typeof Corpus>['files'][number];
export const TRACKER_CORPUS = Corpus.parse(JSON.parse(readFileSync(join(CORPUS_DIR, 'expectations.json'), 'utf8')));

/** The field groups the score is broken into. */
export const GROUPS = {
  text: ['company', 'role', 'location', 'jobUrl'],
  stages: ['stageId'],
  money: ['salaryMin', 'salaryMax', 'salaryCurrency', 'salaryPeriod'],
  dates: ['appliedAt', 'createdAt'],
} as const;
export type CorpusGroup = keyof typeof GROUPS | 'encodings' | 'rows' | 'problems';

/** A file as the import dialog reads it: bytes → detected encoding → text → rows. */
export function readCorpusFile(bytes: Uint8Array, preset: CorpusFile['preset']): { encoding: string; read: CsvRead } {
  const { encoding } = detectEncoding(bytes);
  return { encoding, read: readCsvRows(readCsv(decodeText(bytes, encoding)), { preset, stages: DEFAULT_STAGES }) };
}

/** Field-by-field differences between what was read and what the file means ([] when all agree). */
export function corpusDifferences(expected: CorpusFile, read: CsvRead, tally?: (group: CorpusGroup, ok: boolean) => void): string[] {
  const differences: string[] = [];
  const check = (group: CorpusGroup, ok: boolean, what: string) => {
    tally?.(group, ok);
    if (!ok) differences.push(what);
  };
  check('rows', read.totalRows === expected.totalRows, `totalRows ${read.totalRows} ≠ ${expected.totalRows}`);
  for (const want of expected.applications) {
    const got = read.rows.find((r) => r.company === want.company);
    check('rows', got?.row === want.row, `${want.company}: row ${got?.row} ≠ ${want.row}`);
    if (!got) continue;
    for (const [group, fields] of Object.entries(GROUPS) as [keyof typeof GROUPS, readonly string[]][]) {
      for (const field of fields) {
        if (!(field in want)) continue;
        const wanted = want[field as keyof typeof want];
        const raw = got[field as keyof typeof got];
        const actual = group === 'dates' && typeof raw === 'string' ? raw.slice(0, 10) : raw;
        check(group, actual === wanted, `${want.company}: ${field} ${JSON.stringify(actual)} ≠ ${JSON.stringify(wanted)}`);
      }
    }
  }
  const problems = read.problems.map((p) => `${p.row}:${p.column}`).sort();
  const wantedProblems = expected.problems.map((p) => `${p.row}:${p.column}`).sort();
  check('problems', JSON.stringify(problems) === JSON.stringify(wantedProblems), `problems ${problems.join(', ')} ≠ ${wantedProblems.join(', ')}`);
  return differences;
}
