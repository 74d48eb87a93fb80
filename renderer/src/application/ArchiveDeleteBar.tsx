import { useState } from 'react';
import type { Application } from '../../../shared/domain';
import { call, callUndoable, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { ConfirmDialog } from './ConfirmDialog';

/** Archive/restore (reversible) and delete (asks first). */
export function ArchiveDeleteBar({ application, onDeleted }: { application: Application; onDeleted: () => void }) {
  const toasts = useToasts();
  const [confirming, setConfirming] = useState(false);
  const name = `${application.company} — ${application.role}`;

  const setArchived = async (archived: boolean) => {
    try {
      await call('applications.setArchived', { id: application.id, archived });
      toasts.show({ tone: 'success', message: archived ? `Archived ${name}. Its reminders are paused.` : `Restored ${name}.` });
    } catch (error) {
      toasts.show({ tone: 'error', message: userMessage(error) });
    }
  };

  const remove = async () => {
    try {
      const { undo } = await callUndoable('applications.delete', { id: application.id });
      toasts.show({ tone: 'success', message: `Deleted ${name}.`, undo });
      onDeleted();
    } catch (error) {
      toasts.show({ tone: 'error', message: userMessage(error) });
    }
  };

  return (
    <section className="app-section danger-zone" aria-label="Archive or delete">
      <div>
        <strong>{application.archived ? 'This application is archived.' : 'Done with this one?'}</strong>
        <p className="muted">{application.archived ? 'Restore it to bring it back to the board and resume its reminders.' : 'Archive it to take it off the board and pause its reminders; you can restore it any time.'}</p>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void setArchived(!application.archived)}>
          {application.archived ? 'Restore' : 'Archive'}
        </button>
        <button type="button" className="button danger-text" onClick={() => setConfirming(true)}>
          Delete…
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={`Delete ${name}?`}
          message="Its interviews, contacts and follow-ups are deleted too. The history keeps a record, and Undo right after brings it back."
          confirmLabel="Delete application"
          onConfirm={() => void remove()}
          onClose={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
