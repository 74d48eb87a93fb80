import { useState } from 'react';
import type { Application, Interview } from '../../../shared/domain';
import { callUndoable, userMessage } from '../contract';
import { InterviewCard } from '../interview/InterviewCard';
import { InterviewForm } from '../interview/InterviewForm';
import { useToasts } from '../ui/toasts';
import { ConfirmDialog } from './ConfirmDialog';

type Editing = { kind: 'new' } | { kind: 'edit'; interview: Interview } | null;

/** Interview rounds, oldest first, with add/edit/delete. */
export function InterviewsSection({ application, interviews, zone, nowMs }: { application: Application; interviews: Interview[]; zone: string; nowMs: number }) {
  const toasts = useToasts();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Interview | null>(null);
  const sorted = [...interviews].sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  const remove = async (interview: Interview) => {
    try {
      const { undo } = await callUndoable('interviews.delete', { id: interview.id });
      toasts.show({ tone: 'success', message: `Deleted ${interview.round}.`, undo });
    } catch (error) {
      toasts.show({ tone: 'error', message: userMessage(error) });
    }
  };

  return (
    <section className="app-section" aria-labelledby="interviews-heading">
      <div className="section-head">
        <h3 id="interviews-heading">
          Interviews <span className="count-pill">{interviews.length}</span>
        </h3>
        <button type="button" className="button small" onClick={() => setEditing({ kind: 'new' })}>
          Add interview
        </button>
      </div>
      {sorted.length === 0 && <p className="muted empty">No interviews yet. Add one and Hearback will remind you to thank the interviewers and to follow up.</p>}
      {sorted.map((interview) => (
        <InterviewCard key={interview.id} interview={interview} application={application} zone={zone} nowMs={nowMs} onEdit={() => setEditing({ kind: 'edit', interview })} onDelete={() => setDeleting(interview)} />
      ))}
      {editing && <InterviewForm application={application} interview={editing.kind === 'edit' ? editing.interview : null} zone={zone} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDialog
          title={`Delete ${deleting.round}?`}
          message="Its follow-ups are cancelled too. You can undo this right after."
          confirmLabel="Delete interview"
          onConfirm={() => void remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
