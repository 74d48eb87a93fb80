import type { Workspace } from '../../../shared/contract';
import { MS_PER_MINUTE } from '../../../shared/followup';
import { todayGroups, type TodayGroups } from './today-groups';

/**
 * Today's groups, derived once per change: kept for the workspace revision, the minute and the
 * mail holds they were computed for. Navigating to Today (or back) then costs only the drawing;
 * the shell warms it when the page is idle after each change.
 */
let last: { workspace: Workspace; minute: number; held: string; groups: TodayGroups } | null = null;

export function todayGroupsOnce(workspace: Workspace, nowMs: number, held: ReadonlySet<string>): TodayGroups {
  const minute = Math.floor(nowMs / MS_PER_MINUTE);
  const heldKey = held.size === 0 ? '' : [...held].sort().join(',');
  if (last && last.workspace === workspace && last.minute === minute && last.held === heldKey) return last.groups;
  const groups = todayGroups(workspace, nowMs, held);
  last = { workspace, minute, held: heldKey, groups };
  return groups;
}
