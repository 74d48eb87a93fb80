import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../../../../electron/core/data';

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
