import { useId, useState, type FormEvent } from 'react';
import type { FollowUpAction } from '../../../shared/contract';
import { useModalDialog } from './useModalDialog';

type Skip = Extract<FollowUpAction, { action: 'skip' }>;

const REASONS: { value: Skip['reason']; label: string; hint: string }[] = [
  { value: 'bombed', label: 'I bombed it', hint: 'Skips every remaining follow-up of this interview.' },
  { value: 'not-interested', label: 'No longer interested', hint: 'Skips every remaining follow-up of this interview.' },
  { value: 'other', label: 'Other', hint: 'Skips this one (and later check-ins when it is a check-in).' },
];

/** Asks why a follow-up is skipped; the reason goes into the history. */
export function SkipDialog({ title, onSkip, onClose }: { title: string; onSkip: (act: Skip) => void; onClose: () => void }) {
  const dialog = useModalDialog();
  const [reason, setReason] = useState<Skip['reason']>('bombed');
  const [note, setNote] = useState('');
  const titleId = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = note.trim();
    onSkip({ action: 'skip', reason, ...(trimmed ? { note: trimmed } : {}) });
    onClose();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={titleId}>Skip “{title}”?</h2>
        <p className="muted dialog-lead">You get a pass. Say why, so your history remembers.</p>
        <fieldset className="choices">
          <legend className="sr-only">Reason</legend>
          {REASONS.map((r) => (
            <label key={r.value} className="choice">
              <input type="radio" name="reason" value={r.value} checked={reason === r.value} onChange={() => setReason(r.value)} />
              <span>
                {r.label}
                <span className="choice-hint">{r.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          Note {reason === 'other' ? '' : '(optional)'}
          <textarea rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Skip
          </button>
        </div>
      </form>
    </dialog>
  );
}
