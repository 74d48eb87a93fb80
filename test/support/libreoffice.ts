import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { decodeXML } from 'entities';

/**
 * Debian's LibreOffice Calc, run headless to open a CSV the way a user's spreadsheet would: with a
 * chosen separator, quote and character set (the CSV filter's options), saved as flat ODS so the
 * test can see which cells became formulas. A private profile folder keeps parallel runs apart.
 */
const run = promisify(execFile);

export function libreOfficeAvailable(): boolean {
  return spawnSync('soffice', ['--version'], { timeout: 30_000 }).status === 0;
}

/** One cell as Calc holds it: the text it shows, and its formula when it computed one. */
export interface SheetCell {
  text: string;
  formula: string | null;
}

/** LibreOffice's CSV filter character sets (the third filter option). */
export const CALC_CHARSET = { utf8: 76, windows1252: 1, utf16: 65535 } as const;

export interface CalcCsvOptions {
  /** The separator the user picks: ',' ';' or tab. */
  separator: ',' | ';' | '\t';
  charset?: number;
}

/** Opens `csvPath` in Calc with the given CSV options and returns its first sheet, row by row. */
export async function openCsvInCalc(csvPath: string, options: CalcCsvOptions): Promise<SheetCell[][]> {
  const work = mkdtempSync(join(tmpdir(), 'hearback-calc-'));
  const out = join(work, 'out');
  mkdirSync(out);
  // Tokens: separator, text delimiter ("), character set, first line to read.
  const filter = `Text - txt - csv (StarCalc):${options.separator.charCodeAt(0)},34,${options.charset ?? CALC_CHARSET.utf8},1`;
  await run('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, `--infilter=${filter}`, '--convert-to', 'fods', '--outdir', out, csvPath], { env: { ...process.env, HOME: work }, timeout: 120_000 });
  const fods = readFileSync(join(out, basename(csvPath).replace(/\.[^.]+$/, '') + '.fods'), 'utf8');
  return readFlatOds(fods);
}

/** Where a CSV comes from and goes to in a round trip through Calc. */
export interface CalcRoundTrip {
  /**
   * How the source file is opened: its separator, character set and the locale (LCID) Calc reads
   * it in. With `asShownIn` (a POSIX locale such as de_DE.UTF-8) Calc detects numbers and dates
   * itself and saves them as that locale shows them — the user's own spreadsheet; without it,
   * every column is text and passes through unchanged.
   */
  from: { separator: ',' | ';' | '\t'; charset: number; language: number; asShownIn?: string };
  /** How Calc saves it again: separator and character set. */
  to: { separator: ',' | ';' | '\t'; charset: number };
}

/**
 * Opens CSV files in Calc (every column as text, so values pass through unchanged) and saves them
 * again as CSV with another separator and character set — the file a user gets after "open in
 * the spreadsheet, save as CSV". One Calc run for all the files; returns the saved bytes by path.
 */
export async function roundTripCsvThroughCalc(csvPaths: readonly string[], trip: CalcRoundTrip): Promise<Map<string, Uint8Array>> {
  const work = mkdtempSync(join(tmpdir(), 'hearback-calc-'));
  const out = join(work, 'out');
  mkdirSync(out);
  const asText = trip.from.asShownIn ? '' : Array.from({ length: 40 }, (_, i) => `${i + 1}/2`).join('/');
  const locale = trip.from.asShownIn ? { LANG: trip.from.asShownIn, LC_ALL: trip.from.asShownIn } : {};
  const infilter = `Text - txt - csv (StarCalc):${trip.from.separator.charCodeAt(0)},34,${trip.from.charset},1,${asText},${trip.from.language}`;
  const outfilter = `csv:Text - txt - csv (StarCalc):${trip.to.separator.charCodeAt(0)},34,${trip.to.charset}`;
  await run('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, `--infilter=${infilter}`, '--convert-to', outfilter, '--outdir', out, ...csvPaths], {
    env: { ...process.env, HOME: work, ...locale },
    timeout: 300_000,
  });
  return new Map(csvPaths.map((path) => [path, new Uint8Array(readFileSync(join(out, basename(path).replace(/\.[^.]+$/, '') + '.csv')))]));
}

const TABLE = /<table:table [\s\S]*?<\/table:table>/;
const ROW = /<table:table-row\b[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g;
const CELL = /<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g;
const PARAGRAPH = /<text:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g;

function attribute(attrs: string, name: string): string | null {
  const match = new RegExp(`${name}="([^"]*)"`).exec(attrs);
  return match ? decodeXML(match[1] ?? '') : null;
}

function paragraphText(xml: string): string {
  return decodeXML(
    xml
      .replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => ' '.repeat(Number(n)))
      .replace(/<text:s\/>/g, ' ')
      .replace(/<text:tab\/>/g, '\t')
      .replace(/<text:line-break\/>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );
}

/** The first table of a flat ODS document; trailing empty cells of each row are dropped. */
export function readFlatOds(fods: string): SheetCell[][] {
  const table = TABLE.exec(fods)?.[0] ?? '';
  const rows: SheetCell[][] = [];
  for (const row of table.matchAll(ROW)) {
    const cells: SheetCell[] = [];
    for (const cell of (row[1] ?? '').matchAll(CELL)) {
      const attrs = cell[1] ?? '';
      const paragraphs = [...(cell[2] ?? '').matchAll(PARAGRAPH)].map((p) => paragraphText(p[1] ?? ''));
      const one: SheetCell = { text: paragraphs.join('\n'), formula: attribute(attrs, 'table:formula') };
      const repeat = Math.min(Number(attribute(attrs, 'table:number-columns-repeated') ?? '1'), 64);
      for (let i = 0; i < repeat; i++) cells.push(one);
    }
    while (cells.length > 0 && cells[cells.length - 1]?.text === '' && cells[cells.length - 1]?.formula === null) cells.pop();
    const rowRepeat = Math.min(Number(attribute(row[0].slice(0, row[0].indexOf('>')), 'table:number-rows-repeated') ?? '1'), 64);
    for (let i = 0; i < rowRepeat; i++) rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  return rows;
}
