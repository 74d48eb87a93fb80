/**
 * A small RFC 4180 reader that keeps line numbers, so every problem can say where it is.
 * (csv-parse's browser build bundles a Buffer polyfill; this is ~70 lines and tracks exactly
 * what the preview needs: the physical line each record starts on.)
 * Accepts CRLF or LF, quoted fields with embedded separators, quotes and newlines, and a BOM.
 */

export interface CsvRecord {
  /** 1-based physical line the record starts on. */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface ParsedCsv {
  records: CsvRecord[];
  problems: CsvProblem[];
}

/** Parses CSV text. Blank lines are skipped; a malformed record is reported and skipped. */
export function parseCsv(input: string, delimiter = ','): ParsedCsv {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;

  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let bad: string | null = null;
    let endOfRecord = false;
    while (!endOfRecord) {
      if (i >= n) break;
      const c = text[i];
      if (c === '"' && cell === '') {
        // Quoted field.
        i++;
        let closed = false;
        while (i < n) {
          const q = text[i];
          if (q === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (q === '\n') line++;
          cell += q;
          i++;
        }
        if (!closed) {
          bad ??= 'has a quoted field that is never closed';
          break;
        }
        const after = text[i];
        if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
          bad ??= 'has text after a closing quote (a quote inside a field must be doubled)';
          // Skip to the end of this field so the next record still parses.
          while (i < n && text[i] !== delimiter && text[i] !== '\n') i++;
        }
      } else if (c === delimiter) {
        cells.push(cell);
        cell = '';
        i++;
      } else if (c === '\n' || c === '\r') {
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRecord = true;
      } else {
        if (c === '"') bad ??= 'has a quote inside an unquoted field';
        cell += c;
        i++;
      }
    }
    cells.push(cell);
    if (bad !== null) {
      problems.push({ line: startLine, message: `Line ${startLine} ${bad}` });
      continue;
    }
    if (cells.length === 1 && cells[0] === '') continue;
    records.push({ line: startLine, cells });
  }
  return { records, problems };
}
