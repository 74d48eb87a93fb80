/**
 * Spreadsheet-safe CSV cells. Excel, LibreOffice and Google Sheets evaluate a cell that starts
 * with `=`, `+`, `-` or `@` as a formula (and tab / CR can smuggle one in), so a company name
 * like `=HYPERLINK(...)` would run when the user opens their export. OWASP's advice is to
 * prefix such cells with a single quote, which the spreadsheet shows as text.
 */

/** UTF-8 byte-order mark: without it Excel reads UTF-8 CSV as the ANSI code page. */
export const UTF8_BOM = '\uFEFF';

/** Apple Numbers also folds the full-width forms (＝ ＋ － ＠) to their ASCII twins. */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** Returns `value` with a leading `'` when a spreadsheet would treat it as a formula. */
export function neutraliseCell(value: string): string {
  return value !== '' && FORMULA_TRIGGERS.has(value[0] ?? '') ? `'${value}` : value;
}

/** One CSV row of plain strings; stringified (RFC 4180) by the caller. */
export type CsvRow = string[];

/** Applies {@link neutraliseCell} to every cell of a row. */
export function neutraliseRow(cells: readonly string[]): CsvRow {
  return cells.map(neutraliseCell);
}
