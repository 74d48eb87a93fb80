import type { Workspace } from '../../../shared/contract';

export function TodayView({ workspace }: { workspace: Workspace }) {
  return <div className="view pad" data-stages={workspace.stages.length} />;
}
