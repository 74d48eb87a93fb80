import type { HistoryEvent } from '../domain';
import { neutraliseRow, type CsvRow } from './csv-cell';

/** What the exporter knows about an application, to name it on each of its events. */
export interface ApplicationLabel {
  company: string;
  role: string;
}

/** Looks up an application's label by id (null when unknown, e.g. deleted before the snapshot). */
export type ApplicationLabelLookup = (applicationId: string) => ApplicationLabel | null;

export const HISTORY_CSV_HEADER: readonly string[] = ['seq', 'at', 'kind', 'entity', 'entityId', 'applicationId', 'company', 'role', 'summary', 'actionId', 'reverts', 'changes'];

/** Fields that change on every edit and say nothing to a reader. */
const NOISE = new Set(['updatedAt']);
const MAX_VALUE_CHARS = 120;
const MAX_CHANGES_CHARS = 2000;

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : (JSON.stringify(value) ?? '');
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/**
 * What an update changed, for a spreadsheet reader: `stageId: applied → interviewing; notes: — →
 * Great team`. Creations and deletions leave it empty (the kind says it). The JSON backup is the
 * full-fidelity record; this column is for people.
 */
export function describeChanges(before: unknown, after: unknown): string {
  if (before === null || after === null || typeof before !== 'object' || typeof after !== 'object') return '';
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (NOISE.has(key)) continue;
    const x = b[key];
    const y = a[key];
    if (x === y) continue;
    if (typeof x === 'object' && typeof y === 'object' && JSON.stringify(x) === JSON.stringify(y)) continue;
    parts.push(`${key}: ${show(x)} → ${show(y)}`);
  }
  const text = parts.join('; ');
  return text.length > MAX_CHANGES_CHARS ? `${text.slice(0, MAX_CHANGES_CHARS - 1)}…` : text;
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

/** One CSV row per history event, in {@link HISTORY_CSV_HEADER} order, every cell neutralised. */
export function historyCsvRow(event: HistoryEvent, lookup: ApplicationLabelLookup): CsvRow {
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
    describeChanges(event.before, event.after),
  ]);
}
