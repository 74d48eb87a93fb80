import { parse, type CsvError } from 'csv-parse/sync';
import { detectDelimiter, type ParsedCsv } from '../../../shared/import/csv-records';

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Reads CSV text with csv-parse, forgivingly: a BOM is dropped; the separator is the header's
 * (`,` `;` or tab); CRLF, LF and CR end records, even mixed in one file; rows shorter or longer
 * than the header are kept (the import says what is missing); a stray quote inside an unquoted
 * cell is kept as text; blank lines are skipped. Only a quote that is never closed makes text
 * unreadable, and that is reported by line.
 */
export function readCsv(text: string): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const problems: ParsedCsv['problems'] = [];
  const parsed = parse(text, {
    bom: true,
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      const line = typeof error?.lines === 'number' ? error.lines : 1;
      problems.push({ line, message: /quote/i.test(error?.message ?? '') ? 'A quoted cell starts here and is never closed, so the rest of the file cannot be read' : 'This line cannot be read as CSV' });
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const records = parsed.map(({ record, info }) => {
    // csv-parse counts the line a record ends on; cells with line breaks started that many lines earlier.
    let breaks = 0;
    for (const cell of record) breaks += cell.match(LINE_BREAK)?.length ?? 0;
    return { line: info.lines - breaks, cells: record };
  });
  return { delimiter, records, problems };
}
