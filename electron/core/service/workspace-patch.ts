import type { WorkspacePatch } from '../../../shared/contract';
import type { HistoryEvent } from '../../../shared/domain';
import type { HearbackStore } from '../store/hearback-store';

/** Past this many events in one change (an import, a large stage delete) a refetch is cheaper. */
export const MAX_PATCH_EVENTS = 2_000;

/**
 * The patch for the events committed since the last announcement, read from the store as it is
 * now: a record still active is sent whole, one no longer active is removed. Cost: the events'
 * size — except an application brought back from the archive, whose interviews and follow-ups
 * come with it (one scan, as the store itself makes when it restores one).
 */
export function workspacePatch(store: HearbackStore, events: readonly HistoryEvent[], zone: string): WorkspacePatch | null {
  if (events.length > MAX_PATCH_EVENTS) return null;
  const touched = { stage: new Set<string>(), application: new Set<string>(), interview: new Set<string>(), followUp: new Set<string>() };
  const restored = new Set<string>();
  let settingsChanged = false;
  for (const event of events) {
    if (event.entity === 'settings') settingsChanged = true;
    // The work-search log is not part of the workspace; its view asks for it again on each change.
    else if (event.entity === 'workSearchActivity') continue;
    else touched[event.entity].add(event.entityId);
    if (event.entity === 'application' && isArchived(event.before) && !isArchived(event.after)) restored.add(event.entityId);
  }
  const patch: WorkspacePatch = {
    upsert: { stages: [], applications: [], interviews: [], followUps: [] },
    remove: { stages: [], applications: [], interviews: [], followUps: [] },
    settings: settingsChanged ? store.settings : null,
    effectiveTimeZone: zone,
    canUndo: store.canUndo,
    canRedo: store.canRedo,
    undoableActionIds: store.undoableActionIds,
  };
  const { active } = store;
  // Each touched record: sent whole while it is still active, removed when it is not.
  const sort = <T>(ids: Set<string>, lookup: (id: string) => T | undefined, upsert: T[], remove: string[]) => {
    for (const id of ids) {
      const record = lookup(id);
      if (record) upsert.push(record);
      else remove.push(id);
    }
  };
  sort(touched.stage, (id) => store.stage(id), patch.upsert.stages, patch.remove.stages);
  sort(touched.application, (id) => active.applications.get(id), patch.upsert.applications, patch.remove.applications);
  sort(touched.interview, (id) => active.interviews.get(id), patch.upsert.interviews, patch.remove.interviews);
  sort(touched.followUp, (id) => active.followUps.get(id), patch.upsert.followUps, patch.remove.followUps);
  if (restored.size > 0) {
    for (const interview of active.interviews.values()) if (restored.has(interview.applicationId) && !touched.interview.has(interview.id)) patch.upsert.interviews.push(interview);
    for (const followUp of active.followUps.values()) if (restored.has(followUp.applicationId) && !touched.followUp.has(followUp.id)) patch.upsert.followUps.push(followUp);
  }
  return patch;
}

function isArchived(record: unknown): boolean {
  return typeof record === 'object' && record !== null && (record as { archived?: unknown }).archived === true;
}
