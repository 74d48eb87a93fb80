import { ApplicationSchema, workplaceFromText, type Application, type Stage, type Workplace } from '../domain';
import { guessMapping, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ColumnMapping, type CsvPreset, type ImportField } from './csv-mapping';
import type { CsvDelimiter, ParsedCsv } from './csv-records';
import { detectDayOrder, parseImportAmount, parseImportDate, type DayOrder, type DayOrderEvidence } from './import-values';
import { rowFingerprint } from './row-fingerprint';
import { matchStage, type StageMatchHow } from './stage-match';
import { htmlToText } from '../capture/html-text';
import { POSTING_TEXT_MAX } from '../domain/posting';

/**
 * Reading another tracker's CSV. The rules (tested in test/unit/shared/import):
 *
 * | the row                                   | what happens                                              |
 * |-------------------------------------------|-----------------------------------------------------------|
 * | has a company                             | it is imported, whatever else is wrong with it            |
 * | has no company                            | it is skipped, and the preview says so by line            |
 * | a cell that cannot be read (date, link, amount, currency) | the row is imported without that field; the preview names the line and the user's column |
 * | no role                                   | imported with the role "Role not given"                   |
 * | company or role over 200 characters       | shortened to 200                                          |
 * | fewer cells than the header               | the missing cells are empty                               |
 * | its stage value                           | the stage the user chose for that value in the mapping step (matched by name and meaning until they change it) |
 * | its numeric dates                         | read in the file's day/month order: one choice, shown with examples |
 * | its fingerprint matches an application already imported | skipped when the user says so (the default)  |
 *
 * Messages use the column names of the user's file, never Hearback's field names.
 */

/** A cell holding only a dash is empty (Huntr writes `-` for "no value"). */
const EMPTY_MARK = /^[-–—]$/;
const URL_LIKE = /^https?:\/\/[^\s]+$/i;
const CURRENCY = /^[A-Z]{3}$/;
export const ROLE_NOT_GIVEN = 'Role not given';
const MAX_NAME = 200;

/** One CSV row read through a mapping: what would become an application. */
export interface ImportRow {
  line: number;
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
  createdAt: string | null;
  appliedAt: string | null;
  contactName: string;
  contactEmail: string;
  fingerprint: string;
  /** An application with this fingerprint already exists. */
  alreadyImported: boolean;
}

/** What a problem costs: the whole row, one cell, or nothing (a note). */
export type ImportProblemEffect = 'row-skipped' | 'cell-left-out' | 'note';

export interface ImportProblem {
  line: number;
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
  /** Fingerprints of applications already in the store. */
  known?: ReadonlySet<string> | undefined;
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
  const problems: ImportProblem[] = parsed.problems.map((p) => ({ line: p.line, field: null, column: '', effect: 'row-skipped', message: p.message }));
  const [headerRecord, ...data] = parsed.records;
  const empty = { delimiter: parsed.delimiter, headers: [], mapping: {}, rows: [], totalRows: 0, stageValues: [], dates: detectDayOrder([]), mappingProblems: [] };
  if (!headerRecord) {
    const noHeader: ImportProblem = { line: 1, field: null, column: '', effect: 'row-skipped', message: 'The file is empty: there is no header row' };
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
    mappingProblems.push({ line: headerRecord.line, field, column: '', effect: 'row-skipped', message: 'Choose the column that holds the company' });
  }
  for (const field of IMPORT_FIELDS) {
    const index = used[field];
    if (index === undefined || index < headers.length) continue;
    mappingProblems.push({ line: headerRecord.line, field, column: '', effect: 'row-skipped', message: `Column ${index + 1} is chosen, but the file has ${headers.length} columns` });
  }

  problems.push(...mappingProblems);
  if (mappingProblems.length) return { ...empty, headers, mapping: used, problems, totalRows: data.length, mappingProblems };
  if (used.role === undefined) {
    problems.push({ line: headerRecord.line, field: 'role', column: '', effect: 'note', message: `No column is chosen for the role, so every row is imported as “${ROLE_NOT_GIVEN}”` });
  }
  const cellOf = (cells: readonly string[], field: ImportField): string => {
    const index = used[field];
    const value = index === undefined ? '' : (cells[index] ?? '').trim();
    return EMPTY_MARK.test(value) ? '' : value;
  };
  const dates = options.dayOrder
    ? { ...detectDayOrder(data.flatMap((r) => DATE_FIELDS.map((f) => cellOf(r.cells, f)))), order: options.dayOrder }
    : detectDayOrder(data.flatMap((r) => DATE_FIELDS.map((f) => cellOf(r.cells, f))));
  const stageChoice = stageChooser(options.stages, options.stageMap);
  const rows: ImportRow[] = [];

  for (const record of data) {
    const cell = (field: ImportField) => cellOf(record.cells, field);
    const note = (field: ImportField | null, effect: ImportProblemEffect, message: string) =>
      problems.push({ line: record.line, field, column: field ? columnName(field) : '', effect, message });
    const company = cell('company');
    if (!company) {
      if (record.cells.some((c) => c.trim() && !EMPTY_MARK.test(c.trim()))) note('company', 'row-skipped', 'No company, so this row is skipped');
      continue;
    }
    const leftOut = (field: ImportField, raw: string, what: string) => note(field, 'cell-left-out', `“${raw.slice(0, 40)}” ${what}, so the row is imported without it`);
    if (record.cells.length < headers.length) {
      note(null, 'note', `This line has ${record.cells.length} of the ${headers.length} columns; the missing ones are left empty`);
    }
    let role = cell('role');
    if (!role) {
      role = ROLE_NOT_GIVEN;
      if (used.role !== undefined) note('role', 'note', `No role, so it is imported as “${ROLE_NOT_GIVEN}”`);
    }
    for (const [field, value] of [['company', company], ['role', role]] as const) {
      if (value.length > MAX_NAME) note(field, 'note', `Longer than ${MAX_NAME} characters, so it is shortened`);
    }
    const stage = cell('stage');
    const row: ImportRow = {
      line: record.line,
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
      tags: cell('tags').split(/[;,]/).map((t) => t.trim()).filter(Boolean).slice(0, 30),
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: '',
      createdAt: null,
      appliedAt: null,
      contactName: cell('contactName'),
      contactEmail: cell('contactEmail'),
      fingerprint: rowFingerprint({ company, role: cell('role'), jobUrl: cell('jobUrl'), location: cell('location'), createdAt: cell('createdAt'), appliedAt: cell('appliedAt') }),
      alreadyImported: false,
    };
    row.alreadyImported = options.known?.has(row.fingerprint) ?? false;
    const url = cell('jobUrl');
    if (url && URL_LIKE.test(url) && url.length <= 2048) row.jobUrl = url;
    else if (url) leftOut('jobUrl', url, 'is not a web link (one starting with http:// or https://)');
    for (const field of DATE_FIELDS) {
      const raw = cell(field);
      if (!raw) continue;
      row[field] = parseImportDate(raw, dates.order);
      if (row[field] === null) leftOut(field, raw, 'is not a date');
    }
    for (const field of ['salaryMin', 'salaryMax'] as const) {
      const raw = cell(field);
      if (!raw) continue;
      row[field] = parseImportAmount(raw);
      if (row[field] === null) leftOut(field, raw, 'is not an amount');
    }
    const workplace = workplaceFromText(cell('workplace'));
    if (workplace === undefined) leftOut('workplace', cell('workplace'), 'is not a workplace (Remote, Hybrid or On site)');
    else row.workplace = workplace;
    const currency = cell('salaryCurrency').toUpperCase();
    if (CURRENCY.test(currency)) row.salaryCurrency = currency;
    else if (currency) leftOut('salaryCurrency', currency, 'is not a 3-letter currency code like EUR');
    rows.push(row);
  }
  return { delimiter: parsed.delimiter, headers, mapping: used, rows, problems, totalRows: data.length, stageValues: stageChoice.values(), dates, mappingProblems };
}

export interface BuildOptions {
  /** Fresh ids from the store. */
  newId: () => string;
  /** The import instant (ISO). */
  now: string;
}

const EMAIL_LIKE = /^[^\s@<>"]+@[^\s@<>"]+$/;

/**
 * Turns read rows into applications. Dates from the file are kept: `createdAt` is the file's
 * created (or applied) date, and the stage is "reached" on the applied date when there is one.
 */
export function buildImportedApplications(rows: readonly ImportRow[], options: BuildOptions): Application[] {
  return rows.map((row, index) => {
    const createdAt = row.createdAt ?? row.appliedAt ?? options.now;
    const reachedAt = row.appliedAt ?? createdAt;
    const salary =
      row.salaryMin === null && row.salaryMax === null
        ? null
        : {
            min: row.salaryMin,
            max: row.salaryMax !== null && row.salaryMin !== null && row.salaryMax < row.salaryMin ? row.salaryMin : row.salaryMax,
            currency: row.salaryCurrency || 'USD',
            period: 'year' as const,
          };
    const contactEmailOk = EMAIL_LIKE.test(row.contactEmail) && row.contactEmail.length <= 254;
    return ApplicationSchema.parse({
      id: options.newId(),
      company: row.company,
      role: row.role,
      jobUrl: row.jobUrl,
      location: row.location.slice(0, 200),
      ...(row.workplace ? { workplace: row.workplace } : {}),
      salary,
      source: (row.source || 'CSV import').slice(0, 200),
      notes: row.notes.slice(0, 20_000),
      // The posting as the other tracker kept it: kept here too, like a captured one.
      posting: row.postingText
        ? { text: row.postingText, sourceUrl: row.jobUrl, fetchedAt: options.now, employmentType: '', postedOn: '', remote: null, sources: {} }
        : null,
      tags: row.tags.map((t) => t.slice(0, 40)),
      fitLine: '',
      contacts:
        row.contactName || contactEmailOk
          ? [{ id: options.newId(), name: (row.contactName || row.contactEmail).slice(0, 120), title: '', email: contactEmailOk ? row.contactEmail : '', phone: '', notes: '' }]
          : [],
      stageId: row.stageId,
      position: index + 1,
      stageReachedAt: { [row.stageId]: reachedAt },
      archived: false,
      createdAt,
      updatedAt: options.now,
      importFingerprint: row.fingerprint,
    });
  });
}
