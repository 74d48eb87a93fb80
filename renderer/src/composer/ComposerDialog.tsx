import { useId, useRef, type MouseEvent } from 'react';
import type { Application, FollowUp } from '../../../shared/domain';
import { followUpTitle } from '../follow-ups/follow-up-labels';
import { useModalDialog } from '../ui/useModalDialog';
import { ComposerForm } from './ComposerForm';
import { useComposedDraft } from './useComposedDraft';
import './composer.css';

/**
 * The draft of one follow-up: edit, copy, open in the mail client, mark sent. It closes with ×,
 * Esc or a click outside; edits are saved as they are typed, so no way of closing loses them.
 */
export function ComposerDialog({ followUp, application, zone, onClose }: { followUp: FollowUp; application: Application | null; zone: string; onClose: () => void }) {
  const dialog = useModalDialog();
  const { state, retry } = useComposedDraft(followUp.id);
  const titleId = useId();
  const title = followUpTitle(followUp);
  // A click on the backdrop targets the <dialog> itself. Only a press that also started there
  // closes it, so selecting text and releasing outside does not.
  const pressedOnBackdrop = useRef(false);
  const onMouseDown = (e: MouseEvent<HTMLDialogElement>) => {
    pressedOnBackdrop.current = e.target === e.currentTarget;
  };
  const onClick = (e: MouseEvent<HTMLDialogElement>) => {
    if (pressedOnBackdrop.current && e.target === e.currentTarget) e.currentTarget.close();
    pressedOnBackdrop.current = false;
  };

  return (
    <dialog ref={dialog} className="dialog composer" aria-labelledby={titleId} onClose={onClose} onMouseDown={onMouseDown} onClick={onClick}>
      <header className="composer-head">
        <div>
          <h2 id={titleId}>Draft: {title}</h2>
          {application && (
            <p className="muted composer-sub">
              {application.company} — {application.role}
            </p>
          )}
        </div>
        <button type="button" className="icon-button" aria-label="Close composer" onClick={onClose}>
          ×
        </button>
      </header>
      {state.status === 'loading' && <p className="muted composer-placeholder">Preparing the draft…</p>}
      {state.status === 'error' && (
        <div className="composer-placeholder" role="alert">
          <p className="error">Could not prepare the draft: {state.message}</p>
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' && <ComposerForm followUp={followUp} composed={state.draft} userName={state.userName} onDone={onClose} zone={zone} />}
    </dialog>
  );
}
