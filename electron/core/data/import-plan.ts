import { HearbackError } from '../../../shared/contract/errors';
import type { Application, FollowUp, HistoryEvent, Interview, Settings, Stage, WorkSearchActivity } from '../../../shared/domain';
import { buildImportedApplications, indexBoard, readCsvRows, validateBackupJson, type BackupSummary, type BoardApplication, type ColumnMapping, type CsvPreset, type DayOrder, type ImportProblem } from '../../../shared/import';
import { readCsv } from './csv-read';
import { PREVIEW_POSTING_CHARS } from '../../../shared/contract/methods/data';

/** Everything a backup import writes; the store replaces its data with this in one atomic step. */
export interface BackupImportPlan {
  stages: Stage[];
  settings: Settings;
  applications: Application[];
  interviews: Interview[];
  followUps: FollowUp[];
  history: HistoryEvent[];
  workSearchActivities: WorkSearchActivity[];
  summary: BackupSummary;
}

/**
 * Validates a backup file's text as a whole and returns the records to write. Throws
 * `HearbackError('invalid_request')` naming each problem (`applications[12].company: is required`)
 * when anything is wrong: nothing is half-imported.
 */
export function importBackupPlan(json: string): BackupImportPlan {
  const result = validateBackupJson(json);
  if (!result.ok) throw new HearbackError('invalid_request', `This backup cannot be imported: ${result.message}`, result.issues);
  const { backup } = result;
  return {
    stages: backup.stages,
    settings: backup.settings,
    applications: backup.applications,
    interviews: backup.interviews,
    followUps: backup.followUps,
    history: backup.history,
    workSearchActivities: backup.workSearchActivities,
    summary: result.summary,
  };
}

/** What the user chose in the mapping step (all optional: the guesses fill in the rest). */
export interface CsvChoices {
  preset: CsvPreset;
  mapping?: ColumnMapping | undefined;
  dayOrder?: DayOrder | undefined;
  stageMap?: Readonly<Record<string, string>> | undefined;
}

export interface CsvContext {
  stages: readonly Stage[];
  /** Every application already in the store, archived included. */
  board: Iterable<BoardApplication>;
}

/** Rows shown in the preview; the counts cover the whole file. */
export const PREVIEW_ROWS = 50;
/** Problems listed in the preview and the result: a wholly wrong file should not yield a million lines. */
export const MAX_PROBLEMS = 200;

/** The preview step: the mapping, the stage and date choices, the first rows and what could not be read. Writes nothing. */
export function previewCsv(csv: string, choices: CsvChoices, context: CsvContext) {
  const read = readCsvRows(readCsv(csv), { ...choices, stages: context.stages, board: indexBoard(context.board) });
  const duplicates = read.rows.filter((r) => r.duplicate !== null);
  return {
    headers: read.headers,
    delimiter: read.delimiter,
    mapping: read.mapping,
    rows: read.rows.slice(0, PREVIEW_ROWS).map((row) => ({ ...row, postingText: row.postingText.slice(0, PREVIEW_POSTING_CHARS) })),
    importableRows: read.rows.length,
    duplicateRows: duplicates.length,
    duplicates: duplicates.slice(0, MAX_PROBLEMS).flatMap((r) => (r.duplicate ? [{ row: r.row, company: r.company, role: r.role, duplicate: r.duplicate }] : [])),
    totalRows: read.totalRows,
    problems: read.problems.slice(0, MAX_PROBLEMS),
    problemCount: read.problems.length,
    stageValues: read.stageValues,
    /** The board's stages, in column order, for the stage choices. */
    boardStages: [...context.stages].sort((a, b) => a.order - b.order).map((s) => ({ id: s.id, name: s.name })),
    dates: read.dates,
  };
}

export interface CsvImportPlan {
  applications: Application[];
  /** Rows left out: without a company, or unreadable. */
  skipped: number;
  /** Rows left out because they repeat an application already on the board. */
  duplicatesSkipped: number;
  problems: ImportProblem[];
}

/**
 * The applications a CSV import creates: every row with a company (less those already on the
 * board, unless the user includes them all or names them in `includeRows`). Refuses the whole import when the mapping lacks a required column —
 * then no row could be right.
 */
export function importCsvPlan(csv: string, choices: CsvChoices & { skipDuplicates: boolean; includeRows?: readonly number[] | undefined }, context: CsvContext & { newId: () => string; now: string }): CsvImportPlan {
  const read = readCsvRows(readCsv(csv), { ...choices, stages: context.stages, board: indexBoard(context.board) });
  if (read.mappingProblems.length) {
    const problems = read.mappingProblems;
    throw new HearbackError(
      'invalid_request',
      problems[0]?.message ?? 'The file has no header row',
      problems.map((p) => ({ path: p.field ?? `row ${p.row}`, message: p.message })),
    );
  }
  const included = new Set(choices.includeRows ?? []);
  const rows = choices.skipDuplicates ? read.rows.filter((r) => r.duplicate === null || included.has(r.row)) : read.rows;
  const applications = buildImportedApplications(rows, context);
  return {
    applications,
    skipped: read.totalRows - read.rows.length,
    duplicatesSkipped: read.rows.length - rows.length,
    problems: read.problems.slice(0, MAX_PROBLEMS),
  };
}
