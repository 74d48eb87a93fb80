import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALC_CHARSET, libreOfficeAvailable, openCsvInCalc, roundTripCsvThroughCalc, type CalcRoundTrip } from '../../../support/libreoffice';
import { decodeText, detectEncoding } from '../../../../shared/import';
import { CORPUS_DIR, corpusDifferences, readCorpusFile, TRACKER_CORPUS, type CorpusFile } from './tracker-corpus';

/**
 * The tracker corpus through real LibreOffice Calc: (1) each file opened in Calc shows every
 * application on the row the import names — the row number a user looks for in their
 * spreadsheet; (2) each file opened and saved again as CSV in the shapes spreadsheets write
 * (';' + Windows-1252 as German Excel, tab + UTF-16 as "Unicode text", ',' + UTF-8) still reads
 * as the file means, field by field. Needs `soffice` (Debian: libreoffice-calc-nogui).
 */
const available = libreOfficeAvailable();
/** Calc takes 2–4 s to start; on a busy machine much longer. */
const CALC_TIMEOUT_MS = 180_000;
if (!available) console.warn('tracker corpus through LibreOffice: skipped — `soffice` is not installed (Debian package libreoffice-calc-nogui)');

const CHARSET: Record<CorpusFile['encoding'], number> = {
  'utf-8': CALC_CHARSET.utf8,
  'windows-1252': CALC_CHARSET.windows1252,
  'iso-8859-15': CALC_CHARSET.windows1252,
  'utf-16le': CALC_CHARSET.utf16,
  'utf-16be': CALC_CHARSET.utf16,
  macintosh: CALC_CHARSET.windows1252,
};
/** The locale each file was written in (LCID): Calc opens it the way its author's machine would. */
const LANGUAGE: Record<string, number> = { 'excel-de-windows1252.csv': 1031, 'libreoffice-fr.csv': 1036 };
const TARGETS: readonly (readonly [string, CalcRoundTrip['to']])[] = [
  ['";" + Windows-1252', { separator: ';', charset: CALC_CHARSET.windows1252 }],
  ['tab + UTF-16', { separator: '\t', charset: CALC_CHARSET.utf16 }],
  ['"," + UTF-8', { separator: ',', charset: CALC_CHARSET.utf8 }],
];
const WINDOWS_1252 = /^[\t\n\r\u0020-\u007f\u00a0-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/;
/** Whether the whole file can be written in Windows-1252 (東京 or a narrow no-break space cannot). */
const fitsWindows1252 = (file: CorpusFile) => {
  const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, file.file)));
  return WINDOWS_1252.test(decodeText(bytes, detectEncoding(bytes).encoding));
};
const from = (file: CorpusFile): CalcRoundTrip['from'] => ({ separator: file.delimiter, charset: CHARSET[file.encoding], language: LANGUAGE[file.file] ?? 1033 });

describe.skipIf(!available)('tracker corpus in LibreOffice Calc', () => {
  it.each(TRACKER_CORPUS.files.map((f) => [f.file, f] as const))(
    '%s: each application is on the row the import names',
    async (_, file) => {
      const sheet = await openCsvInCalc(join(CORPUS_DIR, file.file), { separator: file.delimiter, charset: CHARSET[file.encoding] });
      for (const want of file.applications) {
        const cells = sheet[want.row - 1]?.map((c) => c.text) ?? [];
        expect(cells, `row ${want.row}`).toContain(want.company);
      }
    },
    CALC_TIMEOUT_MS,
  );

  const trips = TRACKER_CORPUS.files.flatMap((file) => TARGETS.filter(([, to]) => to.charset !== CALC_CHARSET.windows1252 || fitsWindows1252(file)).map(([name, to]) => [file.file, name, file, to] as const));
  // One Calc run per way of opening and way of saving, for every file that shares them.
  const saved = new Map<string, Uint8Array>();
  const key = (file: CorpusFile, to: CalcRoundTrip['to']) => `${file.file}|${to.separator}|${to.charset}`;
  beforeAll(async () => {
    const groups = new Map<string, { trip: CalcRoundTrip; files: CorpusFile[] }>();
    for (const [, , file, to] of trips) {
      const trip = { from: from(file), to };
      const group = groups.get(JSON.stringify(trip)) ?? { trip, files: [] };
      group.files.push(file);
      groups.set(JSON.stringify(trip), group);
    }
    for (const { trip, files } of groups.values()) {
      const out = await roundTripCsvThroughCalc(
        files.map((f) => join(CORPUS_DIR, f.file)),
        trip,
      );
      for (const file of files) saved.set(key(file, trip.to), out.get(join(CORPUS_DIR, file.file)) ?? new Uint8Array());
    }
  }, 600_000);
  /**
   * The user's own Calc in their locale: it reads "73.000 €" as a number (saving "73000") and
   * "10.11.2026" as a date (saving "10.11.26"); the file still means the same.
   */
  it.each([
    ['excel-de-windows1252.csv', 'de_DE.UTF-8', { separator: ';', charset: CALC_CHARSET.windows1252 }],
    ['libreoffice-fr.csv', 'fr_FR.UTF-8', { separator: ';', charset: CALC_CHARSET.utf8 }],
    ['teal-tracker.csv', 'en_US.UTF-8', { separator: ',', charset: CALC_CHARSET.utf8 }],
    ['excel-us-utf8-bom.csv', 'en_US.UTF-8', { separator: ',', charset: CALC_CHARSET.utf8 }],
  ] as const)(
    '%s opened and saved by Calc in %s, numbers and dates as Calc shows them, reads as the file means',
    async (name, asShownIn, to) => {
      const file = TRACKER_CORPUS.files.find((f) => f.file === name);
      if (!file) throw new Error(`${name} is not in the corpus`);
      const path = join(CORPUS_DIR, name);
      const bytes = (await roundTripCsvThroughCalc([path], { from: { ...from(file), asShownIn }, to })).get(path) ?? new Uint8Array();
      const { read } = readCorpusFile(bytes, file.preset);
      expect(corpusDifferences(file, read)).toEqual([]);
    },
    CALC_TIMEOUT_MS,
  );

  it.each(trips)('%s saved by Calc as %s reads as the file means', (_, __, file, to) => {
    const bytes = saved.get(key(file, to));
    expect(bytes?.length).toBeGreaterThan(0);
    const { read } = readCorpusFile(bytes ?? new Uint8Array(), file.preset);
    expect(read.delimiter).toBe(to.separator);
    expect(corpusDifferences(file, read)).toEqual([]);
  });
});
