import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../electron/core/data/csv-read';
import { buildImportedApplications, readCsvRows } from '../../../../shared/import';
import { STAGES } from '../export/fixtures';

/**
 * The import's promise, over generated files: whatever the quoting, BOM, separator (`,` `;` tab),
 * line endings, dates and broken cells, every row with a company becomes an application, in file
 * order, with that company.
 */

const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const tricky = fc.oneof(text, fc.constantFrom('', ' ', '-', 'a,b', 'a;b', 'a\tb', 'say "hi"', 'two\nlines', 'crlf\r\ninside', '"', ',', '=SUM(A1)'));
const date = fc.oneof(fc.constantFrom('11/10/2026', '10.11.2026', 'Nov 10, 2026', '2026-11-10 14:03', '46336', '2026-11-10', '13/31/2026', 'soon', ''), text);
const url = fc.oneof(fc.constantFrom('https://jobs.example/1', 'http://x.example/?a=1,2', 'not a link', 'javascript:alert(1)', ''), text);
const row = fc.record({
  company: tricky,
  role: tricky,
  stage: fc.oneof(fc.constantFrom('Interview', 'Phone Screen', 'Rejected', 'Offer', 'Wishlist', 'Applied', ''), text),
  url,
  applied: date,
  salary: fc.oneof(fc.constantFrom('$70k', '70.000', 'lots', ''), text),
});
const dialect = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  recordDelimiter: fc.constantFrom('\r\n', '\n'),
  bom: fc.boolean(),
  quoted: fc.boolean(),
  trailingNewline: fc.boolean(),
});

const HEADER = ['Company', 'Job Title', 'List', 'URL', 'Date Applied', 'Salary'];

/** What a person reading the file would call the company of a row ('' = none). */
const companyOf = (cell: string) => {
  const trimmed = cell.trim();
  return /^[-–—]$/.test(trimmed) ? '' : trimmed;
};

describe('every row with a company survives the import (property)', () => {
  it('holds for generated CSVs in every dialect', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), dialect, (rows, d) => {
        const records = rows.map((r) => [r.company, r.role, r.stage, r.url, r.applied, r.salary]);
        let csv = stringify([HEADER, ...records], {
          delimiter: d.delimiter,
          record_delimiter: d.recordDelimiter,
          quoted: d.quoted,
          // Cells with a line break are quoted by every spreadsheet that writes CSV.
          quoted_match: /[\r\n]/,
        });
        if (!d.trailingNewline) csv = csv.slice(0, -d.recordDelimiter.length);
        if (d.bom) csv = `\uFEFF${csv}`;

        const read = readCsvRows(readCsv(csv), { preset: 'huntr', stages: STAGES });
        const expected = rows
          .map((r) => companyOf(r.company))
          .filter(Boolean)
          .map((c) => c.slice(0, 200).trim());
        expect(read.rows.map((r) => r.company.trim())).toEqual(expected);
        // Each row says the spreadsheet row it is in: header = 1, however many lines its cells span.
        const withCompany = rows.flatMap((r, i) => (companyOf(r.company) ? [i + 2] : []));
        expect(read.rows.map((r) => r.row)).toEqual(withCompany);
        let n = 0;
        const apps = buildImportedApplications(read.rows, { newId: () => `id${++n}`, now: '2026-04-01T00:00:00.000Z' });
        expect(apps).toHaveLength(expected.length);
        // Every skipped row is named, by its row, as having no company.
        const skippedLines = read.problems.filter((p) => p.effect === 'row-skipped').length;
        expect(skippedLines).toBe(rows.filter((r) => !companyOf(r.company) && [r.role, r.stage, r.url, r.applied, r.salary].some((c) => companyOf(c))).length);
      }),
      { numRuns: 300 },
    );
  });
});
