import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { streamApplicationsCsv, streamHistoryCsv } from '../../../../electron/core/data';
import { applicationsCsvHeader } from '../../../../shared/export';
import { libreOfficeAvailable, openCsvInCalc } from '../../../support/libreoffice';
import { makeApplication, makeEvent, STAGES } from '../../shared/export/fixtures';

/**
 * The exports opened in real LibreOffice Calc with each separator a user may pick. Whatever the
 * separator, no cell may come out as a formula; with the right one, every cell reads back whole.
 * Needs Debian's `libreoffice-calc-nogui` (or `libreoffice-calc`); without `soffice` it skips.
 */
const HOSTILE = [
  'x;=1+1', // a `;` reader splits here
  'a,=2+2',
  'b\t=3+3',
  'line one\n=4+4', // a wrong-separator reader lets the quoted cell run on; the next line is a row
  '"q";=5+5',
  'x; "=6+6"',
  ' =7+7',
  '=HYPERLINK("http://evil.example","x")',
  '-8+8;+9+9;@SUM(1)',
  'Müller & Söhne; “quoted”',
];

async function exportToFile(write: (sink: PassThrough) => Promise<unknown>): Promise<string> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  await write(sink);
  const file = join(mkdtempSync(join(tmpdir(), 'hearback-export-')), 'export.csv');
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

const available = libreOfficeAvailable();
/** Calc takes 2–4 s to start; on a busy machine much longer. */
const CALC_TIMEOUT_MS = 180_000;
if (!available) console.warn('csv-spreadsheet: skipped — `soffice` is not installed (Debian package libreoffice-calc-nogui)');

describe.skipIf(!available)('CSV exports opened in LibreOffice Calc', () => {
  const applications = HOSTILE.map((text, i) =>
    // Notes stay empty on every other row: a line that ends in an empty field.
    makeApplication({ id: `app${i}`, company: text, role: HOSTILE[(i + 1) % HOSTILE.length] ?? '', location: text, notes: i % 2 === 0 ? '' : text, tags: [text] }),
  );

  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
  ] as const)(
    'no cell of the applications export becomes a formula when read with %j (%s)',
    async (separator, _name) => {
      const file = await exportToFile((sink) => streamApplicationsCsv(applications, sink, { stages: STAGES }));
      const sheet = await openCsvInCalc(file, { separator });
      const formulas = sheet.flat().filter((c) => c.formula !== null);
      expect(formulas).toEqual([]);
      if (separator !== ',') return;
      // With the file's own separator every text cell reads back as written (guard quote included).
      const written = parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
      const header = applicationsCsvHeader(STAGES);
      for (const column of ['company', 'role', 'location', 'notes', 'tags']) {
        const at = header.indexOf(column);
        expect(sheet.slice(1).map((r) => r[at]?.text ?? '')).toEqual(written.slice(1).map((r) => r[at] ?? ''));
      }
    },
    CALC_TIMEOUT_MS,
  );

  it.each([[','], [';'], ['\t']] as const)(
    'no cell of the history export becomes a formula when read with %j',
    async (separator) => {
      const events = HOSTILE.map((text, i) => makeEvent({ seq: i + 1, summary: text }));
      const file = await exportToFile((sink) => streamHistoryCsv(events, sink, undefined, { lookup: () => ({ company: HOSTILE[0] ?? '', role: HOSTILE[3] ?? '' }) }));
      const sheet = await openCsvInCalc(file, { separator });
      expect(sheet.flat().filter((c) => c.formula !== null)).toEqual([]);
    },
    CALC_TIMEOUT_MS,
  );
});
