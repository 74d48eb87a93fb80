import { parse, type CsvError } from 'csv-parse/sync';
import { detectDelimiter, type CsvDelimiter, type CsvRecord, type ParsedCsv } from '../../../shared/import/csv-records';

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Reads CSV text with csv-parse, forgivingly: a BOM is dropped; the separator is the header's
 * (`,` `;` or tab); CRLF, LF and CR end records, even mixed in one file; rows shorter or longer
 * than the header are kept (the import says what is missing); a stray quote inside an unquoted
 * cell is kept as text; blank lines are skipped. A quote that is never closed would swallow the
 * rest of the file: that one line is read as written instead (its quotes kept as text), reported
 * by row, and reading goes on with the next line.
 *
 * Every record is named by the row a spreadsheet shows it in (Excel, LibreOffice and Google
 * Sheets alike): the header is row 1, each record is one row however many lines its quoted
 * cells span, and a blank line is an empty row of its own.
 */
export function readCsv(text: string): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const records: CsvRecord[] = [];
  const problems: ParsedCsv['problems'] = [];
  let rest = body;
  let rowsBefore = 0;
  // Each pass reads up to the next never-closed quote; a file has at most as many as it has lines.
  for (;;) {
    const pass = readPart(rest, delimiter, rowsBefore);
    records.push(...pass.records);
    if (pass.unclosed === null) break;
    const start = lineStarts(rest);
    const index = pass.unclosed.line - 1;
    const lineText = rest.slice(start[index] ?? rest.length, start[index + 1] ?? rest.length).replace(/\r?\n$|\r$/, '');
    const cells = parse(lineText, { delimiter, quote: false, relax_column_count: true }) as string[][];
    records.push({ row: pass.unclosed.row, cells: cells[0] ?? [''] });
    problems.push({ row: pass.unclosed.row, message: 'A quote in this row is never closed, so the row is read as it is written' });
    rest = rest.slice(start[index + 1] ?? rest.length);
    rowsBefore = pass.unclosed.row;
  }
  return { delimiter, records, problems };
}

/** 0-based character offset where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK)) starts.push((match.index ?? 0) + match[0].length);
  return starts;
}

/** 0-based byte offset where each line starts (UTF-8: line breaks are single bytes). */
function byteLineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
    if (b === 0x0d || b === 0x0a) starts.push(i + 1);
  }
  return starts;
}

interface PartRead {
  records: CsvRecord[];
  /** Where the record with a never-closed quote starts: its line in this part and its row in the file. */
  unclosed: { line: number; row: number } | null;
}

/** Records up to the first never-closed quote, each with its spreadsheet row (after `rowsBefore`). */
function readPart(text: string, delimiter: CsvDelimiter, rowsBefore: number): PartRead {
  let unclosed = false;
  const bytes = new TextEncoder().encode(text);
  const parsed = parse(text, {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') unclosed = true;
    },
  }) as unknown as { record: string[]; info: { bytes: number } }[];
  // Rows are counted record by record, plus one per blank line skipped before a record (a
  // spreadsheet shows an empty row there). The physical line is kept only to find a record whose
  // quote is never closed. A record starts where the previous one's bytes end (record delimiter
  // included), after any blank lines.
  const starts = byteLineStarts(bytes);
  const lineAt = (position: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= position) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  /** The first byte after the blank lines at `position`, and how many blank lines there were. */
  const skipBlank = (position: number) => {
    let p = position;
    let blanks = 0;
    while (bytes[p] === 0x0d || bytes[p] === 0x0a) {
      if (bytes[p] === 0x0d && bytes[p + 1] === 0x0a) p++;
      p++;
      blanks++;
    }
    return { start: p, blanks };
  };
  let position = 0;
  let row = rowsBefore;
  const records = parsed.map(({ record, info }) => {
    row += skipBlank(position).blanks + 1;
    position = info.bytes;
    return { row, cells: record };
  });
  if (!unclosed) return { records, unclosed: null };
  const next = skipBlank(position);
  return { records, unclosed: { line: lineAt(next.start), row: row + next.blanks + 1 } };
}
