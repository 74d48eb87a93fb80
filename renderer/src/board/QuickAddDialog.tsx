import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Stage } from '../../../shared/domain';
import { call, userMessage } from '../contract';

export function QuickAddDialog({ stages, onClose, onAddFromLink }: { stages: Stage[]; onClose: () => void; onAddFromLink: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [jobUrl, setJobUrl] = useState('');
  const [fitLine, setFitLine] = useState('');
  const [stageId, setStageId] = useState(stages[1]?.id ?? stages[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await call('applications.create', { company, role, stageId, jobUrl: jobUrl.trim(), fitLine: fitLine.trim() });
      onClose();
    } catch (failure) {
      setError(userMessage(failure));
      setSaving(false);
    }
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="quick-add-title" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="quick-add-title">New application</h2>
        <p className="muted quick-add-link">
          Have the posting’s link?{' '}
          <button type="button" className="link-button" onClick={onAddFromLink}>
            Add from link
          </button>{' '}
          fills this in for you.
        </p>
        <label className="field">
          Company
          <input value={company} onChange={(e) => setCompany(e.target.value)} required maxLength={200} autoFocus />
        </label>
        <label className="field">
          Role
          <input value={role} onChange={(e) => setRole(e.target.value)} required maxLength={200} />
        </label>
        <label className="field">
          Stage
          <select value={stageId} onChange={(e) => setStageId(e.target.value)}>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Job link <span className="muted">(optional)</span>
          <input type="url" value={jobUrl} onChange={(e) => setJobUrl(e.target.value)} maxLength={2048} placeholder="https://…" pattern="https?://.+" />
        </label>
        <label className="field">
          Why I’m a good fit <span className="muted">(optional, one line)</span>
          <input value={fitLine} onChange={(e) => setFitLine(e.target.value)} maxLength={500} placeholder="Used in thank-you and check-in drafts" />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Add application
          </button>
        </div>
      </form>
    </dialog>
  );
}
