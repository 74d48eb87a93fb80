import type { HistoryQuery } from '../../../shared/contract';
import type { HistoryEntity, HistoryKind } from '../../../shared/domain';

/** What the timeline's filter bar holds; dates are local calendar dates ("2026-03-08") or ''. */
export interface HistoryFilter {
  fromDate: string;
  toDate: string;
  applicationId: string;
  entity: HistoryEntity | '';
  kind: HistoryKind | '';
}

export const EMPTY_FILTER: HistoryFilter = { fromDate: '', toDate: '', applicationId: '', entity: '', kind: '' };

export const ENTITY_LABELS: Record<HistoryEntity, string> = {
  application: 'Applications',
  interview: 'Interviews',
  followUp: 'Follow-ups',
  stage: 'Stages',
  settings: 'Settings',
};

export const KIND_LABELS: Record<HistoryKind, string> = {
  created: 'Created',
  updated: 'Changed',
  moved: 'Moved',
  archived: 'Archived',
  unarchived: 'Restored from archive',
  deleted: 'Deleted',
  delivered: 'Reminder delivered',
  imported: 'Imported',
};

/** Start (00:00) or end (23:59:59.999) of a local calendar day, as a UTC instant. */
export function localDayBound(date: string, end: boolean): string | undefined {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  const at = end ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d, 0, 0, 0, 0);
  return at.toISOString();
}

/** The range part of the filter, for `history.list` and `export.run`. */
export function rangeOf(filter: HistoryFilter): { from?: string; to?: string } {
  const from = filter.fromDate ? localDayBound(filter.fromDate, false) : undefined;
  const to = filter.toDate ? localDayBound(filter.toDate, true) : undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

export function queryOf(filter: HistoryFilter): Omit<HistoryQuery, 'limit' | 'beforeSeq'> {
  return {
    ...rangeOf(filter),
    ...(filter.applicationId ? { applicationId: filter.applicationId } : {}),
    ...(filter.entity ? { entities: [filter.entity] } : {}),
    ...(filter.kind ? { kinds: [filter.kind] } : {}),
  };
}

export const isFiltered = (filter: HistoryFilter): boolean => Object.values(filter).some((v) => v !== '');
