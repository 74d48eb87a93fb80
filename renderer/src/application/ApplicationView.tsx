import { useEffect, useId, useState, useRef } from 'react';
import type { Workspace } from '../../../shared/contract';
import type { FollowUp } from '../../../shared/domain';
import { PostingSection } from '../capture/PostingSection';
import { ComposerDialog } from '../composer/ComposerDialog';
import { useModalDialog } from '../ui/useModalDialog';
import { useNow } from '../ui/useNow';
import { ApplicationFieldsForm } from './ApplicationFieldsForm';
import { ArchiveDeleteBar } from './ArchiveDeleteBar';
import { ContactsSection } from './ContactsSection';
import { FollowUpsSection } from './FollowUpsSection';
import { ApplicationHistory } from './ApplicationHistory';
import { InterviewsSection } from './InterviewsSection';
import { useApplicationDetail } from './useApplicationDetail';
import './application.css';

/** One application in a drawer over the current view; Escape or Close closes it. */
export function ApplicationView({
  workspace,
  applicationId,
  followUpId,
  openDraft = false,
  onClose,
}: {
  workspace: Workspace;
  applicationId: string;
  followUpId: string | null;
  /** Open the composer on `followUpId` straight away (a notification's Draft action). */
  openDraft?: boolean;
  onClose: () => void;
}) {
  const dialog = useModalDialog({ focusFirstField: false });
  const { state } = useApplicationDetail(applicationId);
  const [drafting, setDrafting] = useState<FollowUp | null>(null);
  const nowMs = useNow();
  const titleId = useId();
  const zone = workspace.effectiveTimeZone;
  const detail = state.status === 'ready' ? state.detail : null;
  const stage = detail ? workspace.stages.find((s) => s.id === detail.application.stageId) : undefined;

  useEffect(() => {
    if (!detail || !followUpId) return;
    dialog.current?.querySelector('.follow-up-item.highlighted')?.scrollIntoView({ block: 'center' });
  }, [detail, followUpId, dialog]);

  const draftOpened = useRef<string | null>(null);
  useEffect(() => {
    if (!openDraft || !detail || !followUpId || draftOpened.current === followUpId) return;
    const target = detail.followUps.find((f) => f.id === followUpId);
    if (target) {
      draftOpened.current = followUpId;
      setDrafting(target);
    }
  }, [openDraft, detail, followUpId]);

  return (
    // React passes a nested dialog's `close` (the interview form, a confirmation, the composer) up to
    // this one's handler: only this dialog's own close closes the application.
    <dialog ref={dialog} className="drawer" aria-labelledby={titleId} onClose={(e) => e.target === e.currentTarget && onClose()} data-application-id={applicationId} data-application-name={detail?.application.company}>
      <header className="drawer-head">
        <div className="drawer-title">
          <h2 id={titleId}>{detail ? detail.application.company : 'Application'}</h2>
          {detail && (
            <p className="drawer-sub">
              <span>{detail.application.role}</span>
              {stage && (
                <span className="badge stage-badge">
                  <span className="dot" style={{ background: stage.color }} aria-hidden="true" />
                  {stage.name}
                </span>
              )}
              {detail.application.archived && <span className="badge">Archived</span>}
            </p>
          )}
        </div>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="drawer-body">
        {state.status === 'loading' && <p className="muted">Loading…</p>}
        {state.status === 'missing' && <p role="alert">This application no longer exists — it may have been deleted. Close this panel to go back.</p>}
        {state.status === 'error' && (
          <p role="alert" className="error">
            Could not open the application: {state.message}
          </p>
        )}
        {detail && (
          <>
            <FollowUpsSection application={detail.application} followUps={detail.followUps} zone={zone} nowMs={nowMs} highlightId={followUpId} onDraft={setDrafting} />
            <InterviewsSection application={detail.application} interviews={detail.interviews} zone={zone} nowMs={nowMs} />
            <section className="app-section" aria-labelledby="details-heading">
              <div className="section-head">
                <h3 id="details-heading">Details</h3>
              </div>
              <ApplicationFieldsForm application={detail.application} />
            </section>
            <ContactsSection application={detail.application} />
            <PostingSection application={detail.application} zone={zone} />
            <ApplicationHistory applicationId={applicationId} zone={zone} />
            <ArchiveDeleteBar application={detail.application} onDeleted={onClose} />
          </>
        )}
      </div>
      {drafting && <ComposerDialog followUp={drafting} application={detail?.application ?? null} zone={zone} onClose={() => setDrafting(null)} />}
    </dialog>
  );
}
