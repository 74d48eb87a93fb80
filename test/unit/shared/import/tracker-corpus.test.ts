import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCsv } from '../../../../electron/core/data/csv-read';
import { DEFAULT_STAGES } from '../../../../shared/domain';
import { CSV_PRESETS, decodeText, detectEncoding, readCsvRows, TEXT_ENCODINGS, type CsvRead } from '../../../../shared/import';

/**
 * The corpus of other trackers' exports and spreadsheet files (corpus/, expectations.json): each
 * file read as the app reads a picked file — encoding from the bytes, then the preset's mapping —
 * and judged field by field. Every expectation is strict. The score prints with the suite.
 */
const DIR = join(__dirname, 'corpus');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();
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
export const TRACKER_CORPUS = Corpus.parse(JSON.parse(readFileSync(join(DIR, 'expectations.json'), 'utf8')));

/** The field groups the score is broken into. */
const GROUPS = {
  text: ['company', 'role', 'location', 'jobUrl'],
  stages: ['stageId'],
  money: ['salaryMin', 'salaryMax', 'salaryCurrency', 'salaryPeriod'],
  dates: ['appliedAt', 'createdAt'],
} as const;
type Group = keyof typeof GROUPS | 'encodings' | 'rows' | 'problems';
const score = new Map<Group, { passed: number; total: number }>();
const tally = (group: Group, ok: boolean) => {
  const entry = score.get(group) ?? { passed: 0, total: 0 };
  entry.total++;
  if (ok) entry.passed++;
  score.set(group, entry);
};

/** A file as the import dialog reads it: bytes → detected encoding → text → rows. */
export function readCorpusFile(bytes: Uint8Array, preset: CorpusFile['preset']): { encoding: string; read: CsvRead } {
  const { encoding } = detectEncoding(bytes);
  return { encoding, read: readCsvRows(readCsv(decodeText(bytes, encoding)), { preset, stages: DEFAULT_STAGES }) };
}

/** Field-by-field differences between what was read and what the file means ([] when all agree). */
export function corpusDifferences(expected: CorpusFile, read: CsvRead, count = false): string[] {
  const differences: string[] = [];
  const check = (group: Group, ok: boolean, what: string) => {
    if (count) tally(group, ok);
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

describe('tracker export corpus', () => {
  it.each(TRACKER_CORPUS.files.map((f) => [f.file, f] as const))('%s reads as the file means', (_, expected) => {
    const bytes = new Uint8Array(readFileSync(join(DIR, expected.file)));
    const { encoding, read } = readCorpusFile(bytes, expected.preset);
    tally('encodings', encoding === expected.encoding);
    expect(encoding).toBe(expected.encoding);
    expect(read.delimiter).toBe(expected.delimiter);
    expect(corpusDifferences(expected, read, true)).toEqual([]);
  });

  afterAll(() => {
    const all = [...score.values()].reduce((a, b) => ({ passed: a.passed + b.passed, total: a.total + b.total }), { passed: 0, total: 0 });
    const parts = [...score.entries()].map(([group, s]) => `${group} ${s.passed}/${s.total}`).join(', ');
    console.log(`import corpus: ${all.passed}/${all.total} strict (${parts}) over ${TRACKER_CORPUS.files.length} files`);
  });
});
