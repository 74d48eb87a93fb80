import { ApplicationSchema, type Application, type Stage } from '../domain';
import { guessMapping, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ColumnMapping, type CsvPreset, type ImportField } from './csv-mapping';
import { parseCsv } from './csv-parse';
import { parseImportAmount, parseImportDate } from './import-values';

/** One CSV row read through a mapping: what would become an application. */
export interface ImportRow {
  line: number;
  company: string;
  role: string;
  /** The stage name as written in the file ('' when unmapped). */
  stage: string;
  jobUrl: string;
  location: string;
  source: string;
  notes: string;
  tags: string[];
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string;
  createdAt: string | null;
  appliedAt: string | null;
  contactName: string;
  contactEmail: string;
}

export interface ImportProblem {
  line: number;
  field: ImportField | null;
  message: string;
}

export interface CsvPreview {
  headers: string[];
  mapping: ColumnMapping;
  /** Rows that would be imported (the first `limit`). */
  rows: ImportRow[];
  /** All valid rows, counted. */
  validRows: number;
  /** Malformed or incomplete rows, with their line numbers. */
  problems: ImportProblem[];
  totalRows: number;
}

export const PREVIEW_ROWS = 50;
const MAX_PROBLEMS = 200;

const URL_LIKE = /^https?:\/\/[^\s]+$/i;

/** Reads every data row through a mapping; rows missing required fields become problems. */
export function readCsvRows(csv: string, preset: CsvPreset, mapping?: ColumnMapping): { headers: string[]; mapping: ColumnMapping; rows: ImportRow[]; problems: ImportProblem[]; totalRows: number } {
  const parsed = parseCsv(csv);
  const problems: ImportProblem[] = parsed.problems.map((p) => ({ line: p.line, field: null, message: p.message }));
  const [headerRecord, ...data] = parsed.records;
  if (!headerRecord) return { headers: [], mapping: {}, rows: [], problems: [...problems, { line: 1, field: null, message: 'The file has no header row' }], totalRows: 0 };
  const headers = headerRecord.cells.map((h) => h.trim());
  const used = mapping ?? guessMapping(headers, preset);
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (used[field] === undefined) problems.push({ line: headerRecord.line, field, message: `No column is mapped to ${field}` });
  }
  for (const field of IMPORT_FIELDS) {
    const index = used[field];
    if (index !== undefined && (index < 0 || index >= headers.length)) {
      problems.push({ line: headerRecord.line, field, message: `${field} is mapped to column ${index + 1}, but the file has ${headers.length}` });
    }
  }
  const rows: ImportRow[] = [];
  for (const record of data) {
    const cell = (field: ImportField): string => {
      const index = used[field];
      return index === undefined ? '' : (record.cells[index] ?? '').trim();
    };
    const rowProblems: ImportProblem[] = [];
    const problem = (field: ImportField, message: string) => rowProblems.push({ line: record.line, field, message: `Line ${record.line}: ${field} ${message}` });
    if (record.cells.length !== headers.length) {
      rowProblems.push({ line: record.line, field: null, message: `Line ${record.line} has ${record.cells.length} columns; the header has ${headers.length}` });
    }
    const row: ImportRow = {
      line: record.line,
      company: cell('company'),
      role: cell('role'),
      stage: cell('stage'),
      jobUrl: cell('jobUrl'),
      location: cell('location'),
      source: cell('source'),
      notes: cell('notes'),
      tags: cell('tags').split(/[;,]/).map((t) => t.trim()).filter(Boolean).slice(0, 30),
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: cell('salaryCurrency').toUpperCase(),
      createdAt: null,
      appliedAt: null,
      contactName: cell('contactName'),
      contactEmail: cell('contactEmail'),
    };
    if (!row.company) problem('company', 'is required');
    if (!row.role) problem('role', 'is required');
    if (row.company.length > 200) problem('company', 'must be at most 200 characters');
    if (row.role.length > 200) problem('role', 'must be at most 200 characters');
    if (row.jobUrl && !URL_LIKE.test(row.jobUrl)) problem('jobUrl', 'must be an http:// or https:// link');
    for (const field of ['createdAt', 'appliedAt'] as const) {
      const raw = cell(field);
      if (!raw) continue;
      const value = parseImportDate(raw);
      if (value === null) problem(field, `"${raw.slice(0, 40)}" is not a date like 2026-01-31`);
      row[field] = value;
    }
    for (const field of ['salaryMin', 'salaryMax'] as const) {
      const raw = cell(field);
      if (!raw) continue;
      const value = parseImportAmount(raw);
      if (value === null) problem(field, `"${raw.slice(0, 40)}" is not an amount`);
      row[field] = value;
    }
    if (row.salaryCurrency && !/^[A-Z]{3}$/.test(row.salaryCurrency)) problem('salaryCurrency', 'must be a 3-letter code like EUR');
    if (rowProblems.length) problems.push(...rowProblems);
    else rows.push(row);
  }
  return { headers, mapping: used, rows, problems, totalRows: data.length };
}

/** The preview step: the guessed (or given) mapping, the first rows and every problem. */
export function previewCsvImport(csv: string, preset: CsvPreset, mapping?: ColumnMapping, limit = PREVIEW_ROWS): CsvPreview {
  const read = readCsvRows(csv, preset, mapping);
  return {
    headers: read.headers,
    mapping: read.mapping,
    rows: read.rows.slice(0, limit),
    validRows: read.rows.length,
    problems: read.problems.slice(0, MAX_PROBLEMS),
    totalRows: read.totalRows,
  };
}

export interface BuildOptions {
  stages: readonly Stage[];
  /** Fresh ids from the store. */
  newId: () => string;
  /** The import instant (ISO). */
  now: string;
}

/** Picks the stage for a row: by name (case-insensitive), else the first stage on the board. */
export function stageForImport(name: string, stages: readonly Stage[]): Stage {
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  const wanted = name.trim().toLowerCase();
  const match = wanted ? ordered.find((s) => s.name.toLowerCase() === wanted) : undefined;
  const first = ordered[0];
  if (!first) throw new Error('stageForImport needs at least one stage');
  return match ?? first;
}

/**
 * Turns valid rows into applications. Dates from the file are kept: `createdAt` is the file's
 * created (or applied) date, and the stage is "reached" on the applied date when there is one.
 */
export function buildImportedApplications(rows: readonly ImportRow[], options: BuildOptions): Application[] {
  return rows.map((row, index) => {
    const stage = stageForImport(row.stage, options.stages);
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
    const contactEmailOk = /^[^\s@<>"]+@[^\s@<>"]+$/.test(row.contactEmail);
    return ApplicationSchema.parse({
      id: options.newId(),
      company: row.company,
      role: row.role,
      jobUrl: row.jobUrl,
      location: row.location.slice(0, 200),
      salary,
      source: (row.source || 'CSV import').slice(0, 200),
      notes: row.notes.slice(0, 20_000),
      tags: row.tags.map((t) => t.slice(0, 40)),
      fitLine: '',
      contacts:
        row.contactName || contactEmailOk
          ? [{ id: options.newId(), name: (row.contactName || row.contactEmail).slice(0, 120), title: '', email: contactEmailOk ? row.contactEmail : '', phone: '', notes: '' }]
          : [],
      stageId: stage.id,
      position: index + 1,
      stageReachedAt: { [stage.id]: reachedAt },
      archived: false,
      createdAt,
      updatedAt: options.now,
    });
  });
}
