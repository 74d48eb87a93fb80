import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../../../../electron/core/data';
import { neutraliseRow } from '../../../../shared/export';

const cells = fc.array(fc.string({ unit: fc.oneof(fc.constantFrom('"', ',', '\r', '\n', '\r\n', ' ', 'é', '😀'), fc.string({ maxLength: 1 })) }), {
  minLength: 1,
  maxLength: 6,
});

describe('csvRecord', () => {
  it('writes what csv-parse reads back exactly (RFC 4180)', () => {
    fc.assert(
      fc.property(fc.array(cells, { minLength: 1, maxLength: 10 }), (rows) => {
        const width = rows[0]?.length ?? 1;
        const even = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        expect(parse(even.map(csvRecord).join(''), { relax_column_count: false })).toEqual(even);
      }),
    );
  });

  // csv-stringify 6.9 with default options leaves a field holding a bare LF or CR unquoted, which
  // RFC 4180 (§2.6) forbids and Excel reads as a new row; we quote every line break.
  it.each([['\n'], ['a\rb'], ['x\r\ny'], ['say "hi"'], ['a,b']])('quotes %j', (cell) => {
    expect(csvRecord([cell, ''])).toBe(`"${cell.replace(/"/g, '""')}",\r\n`);
  });
  it('leaves plain fields bare', () => {
    expect(csvRecord(['Acme', "'=1", 'é 😀'])).toBe("Acme,'=1,é 😀\r\n");
  });
});

/**
 * The formula guard, as a property of the written record: read it with any separator a
 * spreadsheet may pick, ignoring quotes altogether (the most hostile reading) and starting a row
 * at every line break — no field may start, after spaces and quotes, with a formula trigger.
 */
describe('formula guard over generated hostile cells', () => {
  const TRIGGERS = /^[ "]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
  const hostile = fc.string({
    unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', ',', ';', '\t', '\r', '\n', ' ', '"', "'", '1', 'x', 'é'), fc.string({ maxLength: 1 })),
    maxLength: 12,
  });

  it('leaves no formula at any field start, with "," ";" or tab, and keeps every character', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 6 }), (cells) => {
        const written = neutraliseRow(cells);
        const record = csvRecord(written);
        for (const separator of [',', ';', '\t']) {
          for (const line of record.split(/\r\n|\r|\n/)) {
            for (const field of line.split(separator)) expect(field).not.toMatch(TRIGGERS);
          }
        }
        // Only guard quotes were added; the reader with the file's own separator gets them back.
        written.forEach((cell, i) => expect(cell.replace(/'/g, '')).toBe((cells[i] ?? '').replace(/'/g, '')));
        expect(parse(record, { relax_column_count: false })).toEqual([written.map((c) => c)]);
      }),
      { numRuns: 2000 },
    );
  });
});
