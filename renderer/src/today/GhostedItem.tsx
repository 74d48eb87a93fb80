import { useState } from 'react';
import type { Workspace } from '../../../shared/contract';
import { ghostedTargetStage, type Application } from '../../../shared/domain';
import type { GhostedProposal } from '../../../shared/followup';
import { callUndoable, userMessage } from '../contract';
import type { UndoTicket } from '../../../shared/contract';
import { formatInstant } from '../ui/format-time';
import { useToasts } from '../ui/toasts';

/** An application whose last check-in went unanswered: mark it ghosted (reversibly) or record an answer. */
export function GhostedItem({ proposal, application, workspace, onOpen }: { proposal: GhostedProposal; application: Application; workspace: Workspace; onOpen: () => void }) {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const target = ghostedTargetStage(workspace.stages);

  const run = async (what: () => Promise<{ undo: UndoTicket | null }>, done: string) => {
    setBusy(true);
    try {
      const { undo } = await what();
      toasts.show({ tone: 'success', message: done, undo });
    } catch (error) {
      toasts.show({ tone: 'error', message: userMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="today-item" aria-label={`${application.company} — ${application.role}`}>
      <div className="today-item-main">
        <div className="today-item-title">
          <button type="button" className="link-button" onClick={onOpen}>
            <strong>{application.company}</strong> — {application.role}
          </button>
        </div>
        <div className="muted today-item-meta">No answer to your last check-in · silent since {formatInstant(proposal.since, workspace.effectiveTimeZone)}</div>
      </div>
      <div className="today-item-actions">
        {target && (
          <button
            type="button"
            className="button small"
            disabled={busy}
            onClick={() => void run(() => callUndoable('applications.move', { id: application.id, toStageId: target.id, toIndex: 0 }), `Moved ${application.company} to ${target.name}.`)}
          >
            Move to {target.name}
          </button>
        )}
        <button type="button" className="button small" disabled={busy} onClick={() => void run(() => callUndoable('interviews.heardBack', { id: proposal.interviewId, heardBack: true }), `Recorded that ${application.company} answered.`)}>
          Heard back
        </button>
      </div>
    </li>
  );
}
