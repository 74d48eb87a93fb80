import { useId, useState, type FormEvent } from 'react';
import type { FollowUpAction } from '../../../shared/contract';
import { useModalDialog } from './useModalDialog';

type Skip = Extract<FollowUpAction, { action: 'skip' }>;

const REASONS: { value: Skip['reason']; label: string }[] = [
  { value: 'bombed', label: 'I bombed it' },
  { value: 'not-interested', label: 'No longer interested' },
  { value: 'other', label: 'Other' },
];

/**
 * Asks which reminders to skip (this one, or every remaining one of the interview; this one by
 * default) and why; the reason goes into the history and never widens what is skipped.
 */
export function SkipDialog({ title, hasInterview, onSkip, onClose }: { title: string; hasInterview: boolean; onSkip: (act: Skip) => void; onClose: () => void }) {
  const dialog = useModalDialog();
  const [scope, setScope] = useState<Skip['scope']>('this');
  const [reason, setReason] = useState<Skip['reason'] | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const errorId = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason === null) return setError('Choose a reason.');
    const trimmed = note.trim();
    onSkip({ action: 'skip', reason, scope, ...(trimmed ? { note: trimmed } : {}) });
    onClose();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={titleId}>Skip “{title}”?</h2>
        <p className="muted dialog-lead">You get a pass. Say why, so your history remembers.</p>
        {hasInterview && (
          <fieldset className="choices">
            <legend>Which reminders?</legend>
            <label className="choice">
              <input type="radio" name="scope" value="this" checked={scope === 'this'} onChange={() => setScope('this')} />
              <span>
                Only this one
                <span className="choice-hint">The other reminders for this interview stay as they are.</span>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="scope" value="interview" checked={scope === 'interview'} onChange={() => setScope('interview')} />
              <span>
                All remaining reminders for this interview
                <span className="choice-hint">The thank-you note, check-ins and the hear-back question still open.</span>
              </span>
            </label>
          </fieldset>
        )}
        <fieldset className="choices" aria-describedby={error ? errorId : undefined}>
          <legend>Why?</legend>
          {REASONS.map((r) => (
            <label key={r.value} className="choice">
              <input
                type="radio"
                name="reason"
                value={r.value}
                checked={reason === r.value}
                onChange={() => {
                  setReason(r.value);
                  setError(null);
                }}
              />
              <span>{r.label}</span>
            </label>
          ))}
          {error && (
            <p id={errorId} className="field-error" role="alert">
              {error}
            </p>
          )}
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
            {scope === 'this' ? 'Skip this one' : 'Skip all remaining'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
