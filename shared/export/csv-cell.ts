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

const FIRST_CHARACTER_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** A field start (after `,` `;` tab CR LF), spaces and quotes a reader may skip, then a trigger. */
const TRIGGER_AFTER_FIELD_START = /([,;\t\r\n][ "]*)([=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;
const TRIGGER_AFTER_SKIPPED_START = /^([ "]+)([=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Returns `value` so that no part of it becomes a formula under any separator a spreadsheet picks. */
export function neutraliseCell(value: string): string {
  if (value === '') return value;
  const inner = value.replace(TRIGGER_AFTER_FIELD_START, "$1'$2").replace(TRIGGER_AFTER_SKIPPED_START, "$1'$2");
  return FIRST_CHARACTER_TRIGGERS.has(inner[0] ?? '') ? `'${inner}` : inner;
}

/** One CSV row of plain strings; stringified (RFC 4180) by the caller. */
export type CsvRow = string[];

/** Applies {@link neutraliseCell} to every cell of a row. */
export function neutraliseRow(cells: readonly string[]): CsvRow {
  return cells.map(neutraliseCell);
}
