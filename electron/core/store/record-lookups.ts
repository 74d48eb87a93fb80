import { HistoryEntitySchema, type Application, type FollowUp, type HistoryEntity, type Interview } from '../../../shared/domain';
import { locateApplication, type StoreState } from './apply-event';
import type { RecordSet } from './records';

// Lookups named `read…` may read from disk: a record not in the active set is looked for in the
// archive, whose shards are loaded on first use (one shard for an application; every shard for an
// interview or follow-up id that is not active). The active set never touches the disk.

/** One application, active or archived (reads its archive shard on first use). */
export function readApplication(state: StoreState, id: string): Application | undefined {
  return locateApplication(state, id)?.applications.get(id);
}

/** Interviews and follow-ups of one application, wherever it lives (reads its archive shard on first use). */
export function readChildrenOf(state: StoreState, applicationId: string): { interviews: Interview[]; followUps: FollowUp[] } {
  const set = locateApplication(state, applicationId) ?? state.active;
  return {
    interviews: [...set.interviews.values()].filter((i) => i.applicationId === applicationId),
    followUps: [...set.followUps.values()].filter((f) => f.applicationId === applicationId),
  };
}

function findInArchive<T>(state: StoreState, pick: (set: RecordSet) => T | undefined): T | undefined {
  for (const set of state.archive.loadAll()) {
    const found = pick(set);
    if (found) return found;
  }
  return undefined;
}

/** One interview, active or archived (an id not active reads every archive shard). */
export function readInterview(state: StoreState, id: string): Interview | undefined {
  return state.active.interviews.get(id) ?? findInArchive(state, (s) => s.interviews.get(id));
}

/** One follow-up, active or archived (an id not active reads every archive shard). */
export function readFollowUp(state: StoreState, id: string): FollowUp | undefined {
  return state.active.followUps.get(id) ?? findInArchive(state, (s) => s.followUps.get(id));
}

/** Archived applications matching `query` (company, role or posting text), most recently changed first. */
export function listArchived(state: StoreState, query: string, offset: number, limit: number): { items: Application[]; total: number } {
  const needle = query.trim().toLowerCase();
  const all = state.archive
    .loadAll()
    .flatMap((set) => [...set.applications.values()])
    .filter((a) => needle === '' || `${a.company} ${a.role}`.toLowerCase().includes(needle) || (a.posting?.text.toLowerCase().includes(needle) ?? false))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  return { items: all.slice(offset, offset + limit), total: all.length };
}

/** The record a change to (`entity`, `id`) replaces, wherever its application lives; null when none. */
export function currentRecord(state: StoreState, entity: HistoryEntity, id: string, applicationId: string | null): unknown {
  switch (entity) {
    case 'settings':
      return state.settings;
    case 'stage':
      return state.stages.get(id) ?? null;
    case 'workSearchActivity':
      return state.workSearch.get(id) ?? null;
    case 'application':
      return readApplication(state, id) ?? null;
    case 'interview': {
      const set = applicationId ? locateApplication(state, applicationId) : null;
      return (set ?? state.active).interviews.get(id) ?? null;
    }
    case 'followUp': {
      const set = applicationId ? locateApplication(state, applicationId) : null;
      return (set ?? state.active).followUps.get(id) ?? null;
    }
  }
}

/** One stored record of any kind the history knows, with the ids its events carry. */
export interface StoredRecord {
  entity: HistoryEntity;
  id: string;
  applicationId: string | null;
  value: unknown;
}

/** Where each kind's records live (a kind added to the history must say, or this stops compiling). */
const recordsOfKind: Record<HistoryEntity, (state: StoreState, sets: readonly RecordSet[]) => StoredRecord[]> = {
  settings: (state) => [{ entity: 'settings', id: 'settings', applicationId: null, value: state.settings }],
  stage: (state) => [...state.stages.values()].map((s) => ({ entity: 'stage', id: s.id, applicationId: null, value: s })),
  workSearchActivity: (state) => [...state.workSearch.values()].map((a) => ({ entity: 'workSearchActivity', id: a.id, applicationId: a.applicationId, value: a })),
  application: (_state, sets) => sets.flatMap((set) => [...set.applications.values()].map((a) => ({ entity: 'application' as const, id: a.id, applicationId: a.id, value: a }))),
  interview: (_state, sets) => sets.flatMap((set) => [...set.interviews.values()].map((i) => ({ entity: 'interview' as const, id: i.id, applicationId: i.applicationId, value: i }))),
  followUp: (_state, sets) => sets.flatMap((set) => [...set.followUps.values()].map((f) => ({ entity: 'followUp' as const, id: f.id, applicationId: f.applicationId, value: f }))),
};

/** Every record the store holds, of every kind in `HistoryEntitySchema` (`sets`: active and archived). */
export function everyRecord(state: StoreState, sets: readonly RecordSet[]): StoredRecord[] {
  return HistoryEntitySchema.options.flatMap((entity) => recordsOfKind[entity](state, sets));
}
