/**
 * Spreadsheet-safe CSV cells. Excel, LibreOffice and Google Sheets evaluate a cell that starts
 * with `=`, `+`, `-` or `@` as a formula, so a company name like `=HYPERLINK(...)` would run when
 * the user opens their export. OWASP's advice is to prefix such cells with a single quote, which
 * the spreadsheet shows as text.
 *
 * Checking a cell's first character is not enough: the user's spreadsheet picks the separator
 * (German Excel and LibreOffice offer `;`, some pick tab), and then `x;=1+1` is two cells, the
 * second a formula. Quoting does not save it either: a quote only protects a field it opens under
 * the separator actually used, and LibreOffice reading with another separator lets a quoted cell
 * run on across lines, so the text after a line break inside a cell starts a row of its own.
 * So the guard works on the text alone, whatever separator and quoting the reader uses:
 *
 * | where in the cell                                             | what is written            |
 * |---------------------------------------------------------------|----------------------------|
 * | first character is a trigger, tab or CR (OWASP)               | `'` before the cell        |
 * | a trigger after a field start: the cell's start, `,` `;` tab,  | `'` before that trigger:   |
 * |   CR or LF, then any run of spaces and `"`                    |   `x;=1+1` → `x;'=1+1`     |
 * | anything else                                                 | unchanged                  |
 *
 * Triggers: `=` `+` `-` `@` and their full-width forms `＝ ＋ － ＠` (Apple Numbers folds them).
 * Spaces and `"` are skipped because a reader may trim the one and take the other as quoting.
 * Measured with LibreOffice 7.4 (`--infilter=CSV:<sep>,34,76,1`): only `=` runs there, but
 * Excel also runs `+`, `-` and `@`, so every trigger is guarded at every field start.
 */

/** UTF-8 byte-order mark: without it Excel reads UTF-8 CSV as the ANSI code page. */
export const UTF8_BOM = '\uFEFF';

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;

/** `=` `+` `-` `@` and their full-width forms. */
function isTrigger(c: number): boolean {
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0xff1d || c === 0xff0b || c === 0xff0d || c === 0xff20;
}

/** `,` `;` tab CR LF: where a spreadsheet may start a new cell or row. */
function isFieldStart(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === TAB || c === CR || c === LF;
}

/**
 * Returns `value` so that no part of it becomes a formula under any separator a spreadsheet picks.
 * One pass over the characters (exports run this on every cell), building a new string only for
 * the rare cell that needs a guard.
 */
export function neutraliseCell(value: string): string {
  let out = '';
  let copiedTo = 0;
  let atFieldStart = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (atFieldStart && (c === SPACE || c === QUOTE)) continue;
    if (atFieldStart && isTrigger(c)) {
      out += `${value.slice(copiedTo, i)}'`;
      copiedTo = i;
    }
    atFieldStart = isFieldStart(c);
  }
  const guarded = copiedTo === 0 && out === '' ? value : out + value.slice(copiedTo);
  const first = guarded.charCodeAt(0);
  // OWASP: a leading tab or CR is guarded too (a reader may strip it and see what follows).
  return first === TAB || first === CR ? `'${guarded}` : guarded;
}

/** One CSV row of plain strings; stringified (RFC 4180) by the caller. */
export type CsvRow = string[];

/** Applies {@link neutraliseCell} to every cell of a row. */
export function neutraliseRow(cells: readonly string[]): CsvRow {
  return cells.map(neutraliseCell);
}
