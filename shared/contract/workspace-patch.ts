import { z } from 'zod';
import { ApplicationSchema, FollowUpSchema, IdSchema, InterviewSchema, SettingsSchema, StageSchema } from '../domain';
import type { Workspace } from './methods/workspace';

/**
 * What one change did to the active workspace, so the renderer patches what it holds instead of
 * refetching everything: the cost of a change is the size of the change, not of the data.
 * Records are whole (as they are now stored); a removed application takes its interviews and
 * follow-ups with it (archived or deleted), so those are not listed one by one.
 */
export const WorkspacePatchSchema = z
  .object({
    upsert: z
      .object({
        stages: z.array(StageSchema),
        applications: z.array(ApplicationSchema),
        interviews: z.array(InterviewSchema),
        followUps: z.array(FollowUpSchema),
      })
      .strict(),
    remove: z
      .object({
        stages: z.array(IdSchema),
        applications: z.array(IdSchema),
        interviews: z.array(IdSchema),
        followUps: z.array(IdSchema),
      })
      .strict(),
    /** Present when the settings changed. */
    settings: SettingsSchema.nullable(),
    effectiveTimeZone: z.string(),
    canUndo: z.boolean(),
    canRedo: z.boolean(),
    /** What a toast's Undo may still reverse (at most the undo history's length). */
    undoableActionIds: z.array(IdSchema).max(100),
  })
  .strict();
export type WorkspacePatch = z.infer<typeof WorkspacePatchSchema>;

/** The `data.changed` event: the new revision, the one it follows, and the patch between them. */
export const DataChangedSchema = z
  .object({
    revision: z.number().int(),
    previousRevision: z.number().int(),
    /** null when the change is too large or not a list of records (an import): refetch. */
    patch: WorkspacePatchSchema.nullable(),
  })
  .strict();
export type DataChanged = z.infer<typeof DataChangedSchema>;

function merge<T extends { id: string }>(current: readonly T[], upsert: readonly T[], remove: ReadonlySet<string>, keep?: (record: T) => boolean): T[] {
  if (upsert.length === 0 && remove.size === 0 && keep === undefined) return current as T[];
  const replaced = new Map(upsert.map((r) => [r.id, r]));
  const next: T[] = [];
  for (const record of current) {
    if (remove.has(record.id) || (keep !== undefined && !keep(record))) continue;
    const update = replaced.get(record.id);
    next.push(update ?? record);
    replaced.delete(record.id);
  }
  for (const added of replaced.values()) next.push(added);
  return next;
}

/**
 * The workspace after a change, or null when the patch does not follow the revision held (a
 * missed event, a stale answer): the caller then refetches. Unchanged arrays keep their identity,
 * so views that depend only on them do not re-render.
 */
export function applyWorkspacePatch(workspace: Workspace, change: DataChanged): Workspace | null {
  if (change.patch === null || change.previousRevision !== workspace.revision) return null;
  const { upsert, remove } = change.patch;
  const removedApps = new Set(remove.applications);
  const ofLiveApp = (record: { applicationId: string }) => !removedApps.has(record.applicationId);
  return {
    ...workspace,
    revision: change.revision,
    stages: merge(workspace.stages, upsert.stages, new Set(remove.stages)),
    applications: merge(workspace.applications, upsert.applications, removedApps),
    interviews: merge(workspace.interviews, upsert.interviews, new Set(remove.interviews), removedApps.size > 0 ? ofLiveApp : undefined),
    followUps: merge(workspace.followUps, upsert.followUps, new Set(remove.followUps), removedApps.size > 0 ? ofLiveApp : undefined),
    settings: change.patch.settings ?? workspace.settings,
    effectiveTimeZone: change.patch.effectiveTimeZone,
    canUndo: change.patch.canUndo,
    canRedo: change.patch.canRedo,
    undoableActionIds: change.patch.undoableActionIds,
  };
}

/**
 * Whether a change may concern one application (its record, interviews or follow-ups). Removed
 * interviews and follow-ups carry no application id, so any removal counts; a change without a
 * patch (an import) always does.
 */
export function changeTouchesApplication(change: DataChanged, applicationId: string): boolean {
  const { patch } = change;
  if (patch === null) return true;
  return (
    patch.upsert.applications.some((a) => a.id === applicationId) ||
    patch.remove.applications.includes(applicationId) ||
    patch.upsert.interviews.some((i) => i.applicationId === applicationId) ||
    patch.upsert.followUps.some((f) => f.applicationId === applicationId) ||
    patch.remove.interviews.length > 0 ||
    patch.remove.followUps.length > 0 ||
    patch.upsert.stages.length > 0 ||
    patch.remove.stages.length > 0
  );
}
