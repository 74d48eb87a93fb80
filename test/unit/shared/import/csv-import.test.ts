import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildImportedApplications,
  guessMapping,
  parseCsv,
  parseImportAmount,
  parseImportDate,
  previewCsvImport,
} from '../../../../shared/import';
import { STAGES } from '../export/fixtures';

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and newlines, keeping start lines', () => {
    const { records, problems } = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"multi\nline",z\n\nlast,1');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['multi\nline', 'z'] },
      { line: 6, cells: ['last', '1'] },
    ]);
  });

  it('reports malformed records with their line numbers and keeps going', () => {
    const { records, problems } = parseCsv('a,b\nok,1\nbad"quote,2\n"closed"junk,3\nfine,4\n"never closed,5\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 6]);
    expect(problems[0]?.message).toMatch(/^Line 3 /);
  });

  it('reads back whatever csv-stringify writes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 20 }), (rows) => {
        const text = stringify(rows.map((r) => ['x', ...r]), { record_delimiter: '\r\n' });
        expect(parseCsv(text).records.map((r) => r.cells)).toEqual(rows.map((r) => ['x', ...r]));
      }),
    );
  });
});

describe('dates and amounts', () => {
  it.each([
    ['2024-05-03', '2024-05-03T12:00:00.000Z'],
    ['2024-05-03T14:22:10Z', '2024-05-03T14:22:10.000Z'],
    ['2024-05-03T14:22:10.5+02:00', '2024-05-03T12:22:10.500Z'],
    ['2024-05-03 14:22', '2024-05-03T14:22:00.000Z'],
  ])('keeps the original value of %s', (raw, expected) => {
    expect(parseImportDate(raw)).toBe(expected);
  });
  it.each(['2024-02-30', '05/03/2024', 'yesterday', ''])('refuses %j', (raw) => {
    expect(parseImportDate(raw)).toBeNull();
  });
  it.each([
    ['70000', 70000],
    ['70,000', 70000],
    ['$70k', 70000],
    ['€ 70.000 - 80.000', 70000],
  ])('reads the amount %j', (raw, n) => {
    expect(parseImportAmount(raw)).toBe(n);
  });
});

describe('guessMapping', () => {
  it('maps Huntr column names', () => {
    const headers = ['Company', 'Job Title', 'List', 'URL', 'Date Created', 'Date Applied', 'Notes'];
    expect(guessMapping(headers, 'huntr')).toEqual({ company: 0, role: 1, stage: 2, jobUrl: 3, createdAt: 4, appliedAt: 5, notes: 6 });
  });
  it('maps Teal column names', () => {
    const headers = ['Job Position', 'Company', 'Status', 'Min Salary', 'Max Salary', 'Date Saved', 'Job URL'];
    expect(guessMapping(headers, 'teal')).toEqual({ role: 0, company: 1, stage: 2, salaryMin: 3, salaryMax: 4, createdAt: 5, jobUrl: 6 });
  });
  it('maps common names generically', () => {
    expect(guessMapping(['employer', 'position', 'status', 'link'], 'generic')).toEqual({ company: 0, role: 1, stage: 2, jobUrl: 3 });
  });
});

const CSV = [
  'Company,Job Title,List,URL,Date Applied',
  'Acme,Engineer,Applied,https://acme.example,2024-05-03',
  ',Designer,Applied,,2024-05-04',
  'Beta,PM,Offer,not a link,2024-13-01',
  '"Gamma, Inc.",Analyst,Nowhere,,',
  'Delta,Dev,Applied',
].join('\r\n');

describe('previewCsvImport', () => {
  it('previews valid rows and names each problem with its line', () => {
    const preview = previewCsvImport(CSV, 'huntr');
    expect(preview.totalRows).toBe(5);
    expect(preview.rows.map((r) => [r.line, r.company])).toEqual([
      [2, 'Acme'],
      [5, 'Gamma, Inc.'],
    ]);
    expect(preview.problems.map((p) => p.message)).toEqual([
      'Line 3: company is required',
      'Line 4: jobUrl must be an http:// or https:// link',
      'Line 4: appliedAt "2024-13-01" is not a date like 2026-01-31',
      'Line 6 has 3 columns; the header has 5',
    ]);
  });

  it('uses a mapping the user gave instead of the guess', () => {
    const preview = previewCsvImport('a,b\nRole X,Company Y', 'generic', { company: 1, role: 0 });
    expect(preview.rows[0]).toMatchObject({ company: 'Company Y', role: 'Role X' });
  });

  it('says when a required field is not mapped', () => {
    const preview = previewCsvImport('foo,bar\n1,2', 'generic');
    expect(preview.problems.map((p) => p.message)).toContain('No column is mapped to company');
  });
});

describe('buildImportedApplications', () => {
  it('keeps imported dates and matches stages by name', () => {
    const preview = previewCsvImport(CSV, 'huntr');
    let n = 0;
    const apps = buildImportedApplications(preview.rows, { stages: STAGES, newId: () => `id${++n}`, now: '2026-04-01T00:00:00.000Z' });
    expect(apps[0]).toMatchObject({
      company: 'Acme',
      stageId: 'applied',
      createdAt: '2024-05-03T12:00:00.000Z',
      stageReachedAt: { applied: '2024-05-03T12:00:00.000Z' },
      updatedAt: '2026-04-01T00:00:00.000Z',
    });
    // Unknown stage names land in the first column; no date means the import instant.
    expect(apps[1]).toMatchObject({ stageId: 'wishlist', createdAt: '2026-04-01T00:00:00.000Z' });
  });
});
