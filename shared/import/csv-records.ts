/**
 * A CSV file as records with the spreadsheet row each is shown in (header = row 1; a multi-line
 * cell is still one row), so every problem can say where it is in the user's own spreadsheet. The reading itself is csv-parse's (electron/core/data/csv-read.ts); this file holds the
 * shapes and the one decision made before parsing: the separator.
 */

export interface CsvRecord {
  /** 1-based row, as a spreadsheet numbers it. */
  row: number;
  cells: string[];
}

export interface CsvProblem {
  row: number;
  message: string;
}

export interface ParsedCsv {
  /** The separator the file uses. */
  delimiter: CsvDelimiter;
  records: CsvRecord[];
  /** Text that is not CSV (a quote never closed), by row. */
  problems: CsvProblem[];
}

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * The separator, from the header line: whichever of `,` `;` tab appears most often outside
 * quotes (spreadsheets in much of Europe write `;`; "tab-separated" exports write tabs).
 * A header with none of them is one column, read with `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  for (const d of CSV_DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}
