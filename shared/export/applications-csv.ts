import { WORKPLACE_LABELS, workplaceOf, type Application, type Stage } from '../domain';
import { neutraliseRow, type CsvRow } from './csv-cell';

/** Per-application counts the store computes while streaming (interviews, follow-ups). */
export interface ApplicationCounts {
  interviews: number;
  followUps: number;
  followUpsDone: number;
}

export const NO_COUNTS: ApplicationCounts = { interviews: 0, followUps: 0, followUpsDone: 0 };

/** Stages in board order; the column order of the "reached" dates. */
function ordered(stages: readonly Stage[]): Stage[] {
  return [...stages].sort((a, b) => a.order - b.order);
}

/**
 * Header of the applications CSV: fixed columns, then one "reached <stage>" column per stage
 * (board order), then the counts.
 */
export function applicationsCsvHeader(stages: readonly Stage[]): CsvRow {
  return neutraliseRow([
    'id',
    'company',
    'role',
    'currentStage',
    'archived',
    'location',
    'workplace',
    'jobUrl',
    'source',
    'salaryMin',
    'salaryMax',
    'salaryCurrency',
    'salaryPeriod',
    'tags',
    'contacts',
    'createdAt',
    'updatedAt',
    ...ordered(stages).map((s) => `reached: ${s.name}`),
    'interviews',
    'followUps',
    'followUpsDone',
    'notes',
  ]);
}

/** "Remote", "Hybrid", "On site" or empty (not stated): the words the CSV import reads back. */
function workplaceCell(app: Application): string {
  const workplace = workplaceOf(app);
  return workplace ? WORKPLACE_LABELS[workplace] : '';
}

/** One row per application, aligned with {@link applicationsCsvHeader} for the same stages. */
export function applicationCsvRow(app: Application, stages: readonly Stage[], counts: ApplicationCounts = NO_COUNTS): CsvRow {
  const current = stages.find((s) => s.id === app.stageId);
  return neutraliseRow([
    app.id,
    app.company,
    app.role,
    current?.name ?? app.stageId,
    app.archived ? 'yes' : 'no',
    app.location,
    workplaceCell(app),
    app.jobUrl,
    app.source,
    app.salary?.min === null || app.salary === null ? '' : String(app.salary.min),
    app.salary?.max === null || app.salary === null ? '' : String(app.salary.max),
    app.salary?.currency ?? '',
    app.salary?.period ?? '',
    app.tags.join('; '),
    app.contacts.map((c) => (c.email ? `${c.name} <${c.email}>` : c.name)).join('; '),
    app.createdAt,
    app.updatedAt,
    ...ordered(stages).map((s) => app.stageReachedAt[s.id] ?? ''),
    String(counts.interviews),
    String(counts.followUps),
    String(counts.followUpsDone),
    app.notes,
  ]);
}
