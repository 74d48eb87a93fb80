import { workplaceFromText, type Stage, type Workplace } from '../domain';
import type { BoardDuplicate, BoardIndex } from './board-duplicates';
import { guessMapping, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ColumnMapping, type CsvPreset, type ImportField } from './csv-mapping';
import type { CsvDelimiter, ParsedCsv } from './csv-records';
import { detectDayOrder, isRelativeDate, parseImportDate, type DayOrder, type DayOrderEvidence } from './import-values';
import { parseImportMoney, type ImportMoney } from './money';
import { rowFingerprint } from './row-fingerprint';
import { matchStage, type StageMatchHow } from './stage-match';
import { htmlToText } from '../text/html-text';
import { POSTING_TEXT_MAX } from '../domain/posting';

/**
 * Reading another tracker's CSV. The rules (tested in test/unit/shared/import):
 *
 * | the row                                   | what happens                                              |
 * |-------------------------------------------|-----------------------------------------------------------|
 * | has a company                             | it is imported, whatever else is wrong with it            |
 * | has no company                            | it is skipped, and the preview says so by row             |
 * | a cell that cannot be read (date, link, amount, currency) | the row is imported without that field; the preview names the row and the user's column |
 * | a date that is not a day on the calendar ("last week", "Nov 2026") | a bad cell like any other: never today's date |
 * | a salary cell                             | amounts, currency and period as written (money.ts): "73.000 €" is 73000 EUR; a range keeps both ends, the max column wins for the max |
 * | a currency column                         | wins over a symbol in the salary cell                    |
 * | a salary with no currency anywhere in its row | the currency most of the file's salaries state (else USD) |
 * | no role                                   | imported with the role "Role not given"                   |
 * | company or role over 200 characters       | shortened to 200                                          |
 * | fewer cells than the header               | the missing cells are empty                               |
 * | every cell empty                          | an empty row: not counted, nothing said                   |
 * | its stage value                           | the stage the user chose for that value in the mapping step (matched by name and meaning until they change it) |
 * | its numeric dates                         | read in the file's day/month order: one choice, shown with examples |
 * | already on the board (board-duplicates.ts: imported before, same link, or same company and role) | listed, and skipped unless the user includes it |
 *
 * Messages use the column names of the user's file, never Hearback's field names.
 */

/** A cell holding only a dash is empty (Huntr writes `-` for "no value"). */
const EMPTY_MARK = /^[-–—]$/;
const URL_LIKE = /^https?:\/\/[^\s]+$/i;
const CURRENCY = /^[A-Z]{3}$/;
const ISO_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/**
 * The salary cells of a row: the min column may hold a whole range ("$120,000–$150,000"), the
 * max column its own amount (which wins for the max); the currency column wins over a symbol.
 */
function readSalary(row: ImportRow, cell: (field: ImportField) => string, leftOut: (field: ImportField, raw: string, what: string) => void): void {
  const symbols: string[] = [];
  const periods: ImportMoney['period'][] = [];
  const read = (field: 'salaryMin' | 'salaryMax') => {
    const raw = cell(field);
    if (!raw) return null;
    const money = parseImportMoney(raw);
    if (money === null) leftOut(field, raw, 'is not an amount');
    else {
      if (money.currency) symbols.push(money.currency);
      periods.push(money.period);
    }
    return money;
  };
  const low = read('salaryMin');
  const high = read('salaryMax');
  row.salaryMin = low ? low.min : null;
  row.salaryMax = high ? (high.max ?? high.min) : low ? low.max : null;
  row.salaryPeriod = periods.find((p) => p !== null) ?? null;
  const currency = cell('salaryCurrency').toUpperCase();
  if (CURRENCY.test(currency) && ISO_CURRENCIES.has(currency)) row.salaryCurrency = currency;
  else {
    if (currency) leftOut('salaryCurrency', currency, 'is not a 3-letter currency code like EUR');
    row.salaryCurrency = symbols[0] ?? '';
  }
}
export const ROLE_NOT_GIVEN = 'Role not given';
const MAX_NAME = 200;

/** One CSV row read through a mapping: what would become an application. */
export interface ImportRow {
  /** The row a spreadsheet shows it in (header = row 1). */
  row: number;
  company: string;
  role: string;
  /** The stage value as written in the file ('' when unmapped or empty). */
  stage: string;
  /** The board stage it goes to. */
  stageId: string;
  jobUrl: string;
  location: string;
  /** Remote / hybrid / on site; null when not stated (domain/workplace.ts reads the cell). */
  workplace: Workplace | null;
  source: string;
  notes: string;
  /** The posting's text, plain (a tracker's HTML description turned into text); '' when none. */
  postingText: string;
  tags: string[];
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string;
  salaryPeriod: ImportMoney['period'];
  createdAt: string | null;
  appliedAt: string | null;
  contactName: string;
  contactEmail: string;
  fingerprint: string;
  /** The application already on the board that this row repeats, or null. */
  duplicate: BoardDuplicate | null;
}

/** What a problem costs: the whole row, one cell, or nothing (a note). */
export type ImportProblemEffect = 'row-skipped' | 'cell-left-out' | 'note';

export interface ImportProblem {
  /** The row a spreadsheet shows it in (header = row 1). */
  row: number;
  field: ImportField | null;
  /** The column's name in the user's file ('' when the problem is not about one column). */
  column: string;
  effect: ImportProblemEffect;
  message: string;
}

/** One distinct value of the stage column and where its rows go. */
export interface StageValue {
  value: string;
  rows: number;
  stageId: string;
  how: StageMatchHow | 'chosen';
}

export interface ReadOptions {
  preset: CsvPreset;
  stages: readonly Stage[];
  mapping?: ColumnMapping | undefined;
  /** The user's day/month choice; detected from the file when omitted. */
  dayOrder?: DayOrder | undefined;
  /** The user's stage choices: stage value as written → stage id. */
  stageMap?: Readonly<Record<string, string>> | undefined;
  /** The applications already on the board, to find the rows that repeat them. */
  board?: BoardIndex | undefined;
}

export interface CsvRead {
  delimiter: CsvDelimiter;
  headers: string[];
  mapping: ColumnMapping;
  /** Every row that will be imported (those with a company). */
  rows: ImportRow[];
  problems: ImportProblem[];
  totalRows: number;
  stageValues: StageValue[];
  dates: DayOrderEvidence;
  /** The mapping lacks a required column or points past the file: then no row can be right. */
  mappingProblems: ImportProblem[];
}

const DATE_FIELDS = ['createdAt', 'appliedAt'] as const;

function stageChooser(stages: readonly Stage[], stageMap: Readonly<Record<string, string>> | undefined) {
  const ids = new Set(stages.map((s) => s.id));
  const chosen = new Map<string, StageValue>();
  return {
    choose(value: string): string {
      let entry = chosen.get(value);
      if (!entry) {
        const picked = stageMap?.[value];
        entry = picked !== undefined && ids.has(picked) ? { value, rows: 0, stageId: picked, how: 'chosen' } : { value, rows: 0, ...matchStage(value, stages) };
        chosen.set(value, entry);
      }
      entry.rows++;
      return entry.stageId;
    },
    values: () => [...chosen.values()].sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value)),
  };
}

/** Reads every data row through a mapping. Rows with a company are kept; what could not be read is named. */
export function readCsvRows(parsed: ParsedCsv, options: ReadOptions): CsvRead {
  const problems: ImportProblem[] = parsed.problems.map((p) => ({ row: p.row, field: null, column: '', effect: 'row-skipped', message: p.message }));
  const [headerRecord, ...records] = parsed.records;
  // A row of empty cells (a spreadsheet saves a blank row as ",,,,") is an empty row, like a blank line.
  const data = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const empty = { delimiter: parsed.delimiter, headers: [], mapping: {}, rows: [], totalRows: 0, stageValues: [], dates: detectDayOrder([]), mappingProblems: [] };
  if (!headerRecord) {
    const noHeader: ImportProblem = { row: 1, field: null, column: '', effect: 'row-skipped', message: 'The file is empty: there is no header row' };
    return { ...empty, problems: [...problems, noHeader], mappingProblems: [noHeader] };
  }
  const headers = headerRecord.cells.map((h) => h.trim());
  const used = options.mapping ?? guessMapping(headers, options.preset);
  const columnName = (field: ImportField) => {
    const index = used[field];
    return index === undefined ? '' : headers[index] || `Column ${index + 1}`;
  };
  const mappingProblems: ImportProblem[] = [];
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (used[field] !== undefined) continue;
    mappingProblems.push({ row: headerRecord.row, field, column: '', effect: 'row-skipped', message: 'Choose the column that holds the company' });
  }
  for (const field of IMPORT_FIELDS) {
    const index = used[field];
    if (index === undefined || index < headers.length) continue;
    mappingProblems.push({ row: headerRecord.row, field, column: '', effect: 'row-skipped', message: `Column ${index + 1} is chosen, but the file has ${headers.length} columns` });
  }

  problems.push(...mappingProblems);
  if (mappingProblems.length) return { ...empty, headers, mapping: used, problems, totalRows: data.length, mappingProblems };
  if (used.role === undefined) {
    problems.push({ row: headerRecord.row, field: 'role', column: '', effect: 'note', message: `No column is chosen for the role, so every row is imported as “${ROLE_NOT_GIVEN}”` });
  }
  const cellOf = (cells: readonly string[], field: ImportField): string => {
    const index = used[field];
    const value = index === undefined ? '' : (cells[index] ?? '').trim();
    return EMPTY_MARK.test(value) ? '' : value;
  };
  const dates = options.dayOrder ? { ...detectDayOrder(data.flatMap((r) => DATE_FIELDS.map((f) => cellOf(r.cells, f)))), order: options.dayOrder } : detectDayOrder(data.flatMap((r) => DATE_FIELDS.map((f) => cellOf(r.cells, f))));
  const stageChoice = stageChooser(options.stages, options.stageMap);
  const rows: ImportRow[] = [];

  for (const record of data) {
    const cell = (field: ImportField) => cellOf(record.cells, field);
    const note = (field: ImportField | null, effect: ImportProblemEffect, message: string) => problems.push({ row: record.row, field, column: field ? columnName(field) : '', effect, message });
    const company = cell('company');
    if (!company) {
      if (record.cells.some((c) => c.trim() && !EMPTY_MARK.test(c.trim()))) note('company', 'row-skipped', 'No company, so this row is skipped');
      continue;
    }
    const leftOut = (field: ImportField, raw: string, what: string) => note(field, 'cell-left-out', `“${raw.slice(0, 40)}” ${what}, so the row is imported without it`);
    if (record.cells.length < headers.length) {
      note(null, 'note', `This row has ${record.cells.length} of the ${headers.length} columns; the missing ones are left empty`);
    }
    let role = cell('role');
    if (!role) {
      role = ROLE_NOT_GIVEN;
      if (used.role !== undefined) note('role', 'note', `No role, so it is imported as “${ROLE_NOT_GIVEN}”`);
    }
    for (const [field, value] of [
      ['company', company],
      ['role', role],
    ] as const) {
      if (value.length > MAX_NAME) note(field, 'note', `Longer than ${MAX_NAME} characters, so it is shortened`);
    }
    const stage = cell('stage');
    const row: ImportRow = {
      row: record.row,
      company: company.slice(0, MAX_NAME),
      role: role.slice(0, MAX_NAME),
      stage,
      stageId: stageChoice.choose(stage),
      jobUrl: '',
      location: cell('location'),
      workplace: null,
      source: cell('source'),
      notes: cell('notes'),
      postingText: htmlToText(cell('postingText')).slice(0, POSTING_TEXT_MAX),
      tags: cell('tags')
        .split(/[;,]/)
        .map((t) => t.trim())
        .filter(Boolean)
        .slice(0, 30),
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: '',
      salaryPeriod: null,
      createdAt: null,
      appliedAt: null,
      contactName: cell('contactName'),
      contactEmail: cell('contactEmail'),
      fingerprint: rowFingerprint({ company, role: cell('role'), jobUrl: cell('jobUrl'), location: cell('location'), createdAt: cell('createdAt'), appliedAt: cell('appliedAt') }),
      duplicate: null,
    };
    const url = cell('jobUrl');
    if (url && URL_LIKE.test(url) && url.length <= 2048) row.jobUrl = url;
    else if (url) leftOut('jobUrl', url, 'is not a web link (one starting with http:// or https://)');
    row.duplicate = options.board?.find({ fingerprint: row.fingerprint, jobUrl: row.jobUrl, company, role: cell('role') }) ?? null;
    for (const field of DATE_FIELDS) {
      const raw = cell(field);
      if (!raw) continue;
      row[field] = parseImportDate(raw, dates.order);
      if (row[field] === null) leftOut(field, raw, isRelativeDate(raw) ? 'is not a day on the calendar (a date relative to when the file was written)' : 'is not a date');
    }
    readSalary(row, cell, leftOut);
    const workplace = workplaceFromText(cell('workplace'));
    if (workplace === undefined) leftOut('workplace', cell('workplace'), 'is not a workplace (Remote, Hybrid or On site)');
    else row.workplace = workplace;
    rows.push(row);
  }
  fillFileCurrency(rows);
  return { delimiter: parsed.delimiter, headers, mapping: used, rows, problems, totalRows: data.length, stageValues: stageChoice.values(), dates, mappingProblems };
}

/**
 * A salary without a currency takes the one most of the file's salaries state: a spreadsheet
 * keeps "73.000 €" as the number 73000 with a currency format, and its CSV may say "73000".
 * Only when no row says, the application gets USD (import-build.ts).
 */
function fillFileCurrency(rows: ImportRow[]): void {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.salaryCurrency) counts.set(row.salaryCurrency, (counts.get(row.salaryCurrency) ?? 0) + 1);
  const [fileCurrency] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (!fileCurrency) return;
  for (const row of rows) if (!row.salaryCurrency && (row.salaryMin !== null || row.salaryMax !== null)) row.salaryCurrency = fileCurrency;
}
