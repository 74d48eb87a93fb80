import { neutraliseRow, type CsvRow } from '../export/csv-cell';
import { escapeHtml } from '../export/html-escape';
import { countedRows, type WorkLogRow } from './derive';
import { PRESETS, type WorkLogPreset } from './presets';
import type { DateRange } from './week';

/**
 * The two forms a log leaves Hearback in. Excluded rows are in neither.
 * - CSV rows: the preset's header then one row per activity, every cell formula-proofed
 *   (`neutraliseRow`); the caller stringifies them with every field quoted.
 * - The printable report: a self-contained page with the user's name and the period; every piece
 *   of text escaped, no script allowed by its CSP, links shown as text.
 */

export function workLogCsvRows(rows: readonly WorkLogRow[], preset: WorkLogPreset): CsvRow[] {
  const spec = PRESETS[preset];
  return [neutraliseRow(spec.columns.map((c) => c.header)), ...countedRows(rows).map((r) => neutraliseRow(spec.columns.map((c) => c.value(r))))];
}

export interface WorkLogReportInput {
  rows: readonly WorkLogRow[];
  preset: WorkLogPreset;
  range: DateRange;
  userName: string;
  /** "2026-03-09 18:00" in the user's zone, printed at the foot. */
  generatedOn: string;
}

const STYLE = `body{font:13px/1.4 system-ui,sans-serif;margin:2rem;color:#111}
h1{font-size:1.4rem;margin:0 0 .5rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}
dt{font-weight:600}dd{margin:0}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eee}footer{margin-top:1rem;color:#555;font-size:11px}
@media print{body{margin:1cm}tr{break-inside:avoid}}`;

export function workLogReportHtml(input: WorkLogReportInput): string {
  const e = escapeHtml;
  const spec = PRESETS[input.preset];
  const rows = countedRows(input.rows);
  const period = `${spec.formatDate(input.range.from)} – ${spec.formatDate(input.range.to)}`;
  const head = spec.columns.map((c) => `<th scope="col">${e(c.header)}</th>`).join('');
  const body = rows.length === 0 ? `<tr><td colspan="${spec.columns.length}">—</td></tr>` : rows.map((r) => `<tr>${spec.columns.map((c) => `<td>${e(c.value(r))}</td>`).join('')}</tr>`).join('\n');
  return `<!doctype html>
<html lang="${e(spec.lang)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(spec.title)} ${e(period)}</title><style>${STYLE}</style></head>
<body><h1>${e(spec.title)}</h1>
<dl><dt>${e(spec.nameLabel)}</dt><dd>${e(input.userName) || '&nbsp;'}</dd><dt>${e(spec.periodLabel)}</dt><dd>${e(period)}</dd><dt>${e(spec.countLabel)}</dt><dd>${rows.length}</dd></dl>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>
<footer>Hearback · ${e(input.generatedOn)}</footer>
</body></html>
`;
}
