import type { HistoryQuery } from '../../../shared/contract';
import type { HistoryEntity, HistoryKind } from '../../../shared/domain';
import { addDays, localTimeToEpochMs } from '../../../shared/followup/zoned-time';

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
  workSearchActivity: 'Work-search log',
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

/**
 * Start (00:00) of a calendar day in the user's zone, or its end (the next day's start, less 1 ms),
 * as a UTC instant. The user's zone, not the computer's: the days match the timeline's headings.
 */
export function localDayBound(date: string, end: boolean, zone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const ms = end ? localTimeToEpochMs(addDays(date, 1), '00:00', zone) - 1 : localTimeToEpochMs(date, '00:00', zone);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** The range part of the filter, for `history.list` and `export.run`. */
export function rangeOf(filter: HistoryFilter, zone: string): { from?: string; to?: string } {
  const from = filter.fromDate ? localDayBound(filter.fromDate, false, zone) : undefined;
  const to = filter.toDate ? localDayBound(filter.toDate, true, zone) : undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

export function queryOf(filter: HistoryFilter, zone: string): Omit<HistoryQuery, 'limit' | 'beforeSeq'> {
  return {
    ...rangeOf(filter, zone),
    ...(filter.applicationId ? { applicationId: filter.applicationId } : {}),
    ...(filter.entity ? { entities: [filter.entity] } : {}),
    ...(filter.kind ? { kinds: [filter.kind] } : {}),
  };
}

export const isFiltered = (filter: HistoryFilter): boolean => Object.values(filter).some((v) => v !== '');
