import { useId } from 'react';
import { useModalDialog } from '../ui/useModalDialog';

/** Asks before something hard to take back. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose }: { title: string; message: string; confirmLabel: string; onConfirm: () => void; onClose: () => void }) {
  const dialog = useModalDialog();
  const titleId = useId();
  const textId = useId();
  return (
    <dialog ref={dialog} className="dialog" role="alertdialog" aria-labelledby={titleId} aria-describedby={textId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      <p id={textId}>{message}</p>
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus data-autofocus onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
