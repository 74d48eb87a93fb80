import type { Workspace } from '../../../shared/contract';

export function ApplicationView({ applicationId, onClose }: { workspace: Workspace; applicationId: string; followUpId: string | null; onClose: () => void }) {
  return (
    <div role="dialog" aria-label="Application" data-id={applicationId}>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
