import { HearbackError } from '../../../shared/contract/errors';
import type { Application, FollowUp, HistoryEvent, Interview, Settings, Stage } from '../../../shared/domain';
import {
  buildImportedApplications,
  readCsvRows,
  validateBackupJson,
  type BackupSummary,
  type ColumnMapping,
  type CsvPreset,
  type ImportProblem,
} from '../../../shared/import';

/** Everything a backup import writes; the store replaces its data with this in one atomic step. */
export interface BackupImportPlan {
  stages: Stage[];
  settings: Settings;
  applications: Application[];
  interviews: Interview[];
  followUps: FollowUp[];
  history: HistoryEvent[];
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
    summary: result.summary,
  };
}

export interface CsvImportPlan {
  applications: Application[];
  /** Rows left out (malformed or incomplete). */
  skipped: number;
  problems: ImportProblem[];
}

/**
 * The applications a CSV import creates (the valid rows). Refuses the whole import when the
 * mapping lacks a required column — then no row could be right.
 */
export function importCsvPlan(
  csv: string,
  preset: CsvPreset,
  mapping: ColumnMapping | undefined,
  context: { stages: readonly Stage[]; newId: () => string; now: string },
): CsvImportPlan {
  const read = readCsvRows(csv, preset, mapping);
  const headerProblems = read.problems.filter((p) => p.field !== null && /^No column is mapped|is mapped to column/.test(p.message));
  if (read.headers.length === 0 || headerProblems.length) {
    const problems = read.headers.length === 0 ? read.problems : headerProblems;
    throw new HearbackError(
      'invalid_request',
      problems[0]?.message ?? 'The file has no header row',
      problems.map((p) => ({ path: p.field ?? `line ${p.line}`, message: p.message })),
    );
  }
  const applications = buildImportedApplications(read.rows, context);
  return { applications, skipped: read.totalRows - read.rows.length, problems: read.problems.slice(0, 200) };
}
