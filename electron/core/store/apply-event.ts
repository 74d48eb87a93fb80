import type { Application, FollowUp, HistoryEvent, Interview, Settings, Stage, WorkSearchActivity } from '../../../shared/domain';
import type { ArchiveShards } from './archive-shards';
import { moveChildren, type RecordSet } from './records';

/** The state the events act on. */
export interface StoreState {
  stages: Map<string, Stage>;
  settings: Settings;
  /** The work-search log's manual entries and edits (not tied to the archive: few and small). */
  workSearch: Map<string, WorkSearchActivity>;
  active: RecordSet;
  archive: ArchiveShards;
}

/** Where an application's records live now, or null if it does not exist. */
export function locateApplication(state: StoreState, applicationId: string): RecordSet | null {
  if (state.active.applications.has(applicationId)) return state.active;
  const shard = state.archive.shardFor(applicationId);
  return shard.applications.has(applicationId) ? shard : null;
}

/**
 * Applies one event by setting its record to `after` (or removing it when `after` is null).
 * Idempotent: replaying an event that a snapshot already contains changes nothing, which is what
 * makes a crash between writing the archive and the main snapshot harmless.
 */
export function applyEvent(state: StoreState, event: HistoryEvent): void {
  switch (event.entity) {
    case 'settings':
      state.settings = event.after as Settings;
      return;
    case 'stage':
      if (event.after === null) state.stages.delete(event.entityId);
      else state.stages.set(event.entityId, event.after as Stage);
      return;
    case 'workSearchActivity':
      if (event.after === null) state.workSearch.delete(event.entityId);
      else state.workSearch.set(event.entityId, event.after as WorkSearchActivity);
      return;
    case 'application':
      applyApplication(state, event.entityId, event.after as Application | null);
      return;
    case 'interview':
    case 'followUp': {
      const applicationId = event.applicationId;
      const target = (applicationId && locateApplication(state, applicationId)) || state.active;
      if (target !== state.active && applicationId) state.archive.markDirty(applicationId);
      const map = (event.entity === 'interview' ? target.interviews : target.followUps) as Map<string, Interview | FollowUp>;
      if (event.after === null) map.delete(event.entityId);
      else map.set(event.entityId, event.after as Interview | FollowUp);
      return;
    }
  }
}

function applyApplication(state: StoreState, id: string, after: Application | null): void {
  const current = locateApplication(state, id);
  if (after === null) {
    current?.applications.delete(id);
    if (current && current !== state.active) state.archive.markDirty(id);
    return;
  }
  const target = after.archived ? state.archive.shardFor(id) : state.active;
  if (after.archived) state.archive.markDirty(id);
  if (current && current !== target) {
    current.applications.delete(id);
    moveChildren(id, current, target);
    if (current !== state.active) state.archive.markDirty(id);
  }
  target.applications.set(id, after);
}
