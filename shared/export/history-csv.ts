import type { HistoryEvent } from '../domain';
import { neutraliseRow, type CsvRow } from './csv-cell';

/** What the exporter knows about an application, to name it on each of its events. */
export interface ApplicationLabel {
  company: string;
  role: string;
}

/** Looks up an application's label by id (null when unknown, e.g. deleted before the snapshot). */
export type ApplicationLabelLookup = (applicationId: string) => ApplicationLabel | null;

export const HISTORY_CSV_HEADER: readonly string[] = [
  'seq',
  'at',
  'kind',
  'entity',
  'entityId',
  'applicationId',
  'company',
  'role',
  'summary',
  'actionId',
  'reverts',
  'before',
  'after',
];

/** `undefined`/`null` become an empty cell; records become compact JSON. */
function jsonCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return JSON.stringify(value) ?? '';
}

/**
 * Label carried by the event itself: an application's own before/after record names it even when
 * the application was later deleted.
 */
function labelFromEvent(event: HistoryEvent): ApplicationLabel | null {
  if (event.entity !== 'application') return null;
  for (const record of [event.after, event.before]) {
    if (record !== null && typeof record === 'object') {
      const { company, role } = record as { company?: unknown; role?: unknown };
      if (typeof company === 'string' && typeof role === 'string') return { company, role };
    }
  }
  return null;
}

/**
 * One CSV row per history event, in {@link HISTORY_CSV_HEADER} order, every cell neutralised.
 * `includeRecords` adds the before/after JSON (large; off for a compact export).
 */
export function historyCsvRow(
  event: HistoryEvent,
  lookup: ApplicationLabelLookup,
  options: { includeRecords: boolean } = { includeRecords: true },
): CsvRow {
  const label = (event.applicationId === null ? null : lookup(event.applicationId)) ?? labelFromEvent(event);
  return neutraliseRow([
    String(event.seq),
    event.at,
    event.kind,
    event.entity,
    event.entityId,
    event.applicationId ?? '',
    label?.company ?? '',
    label?.role ?? '',
    event.summary,
    event.actionId,
    event.reverts ?? '',
    options.includeRecords ? jsonCell(event.before) : '',
    options.includeRecords ? jsonCell(event.after) : '',
  ]);
}
