import { useState, type FormEvent } from 'react';
import type { WorkSearchMethod, WorkSearchType } from '../../../shared/domain';
import { TYPE_WORDS } from '../../../shared/worklog';
import { callUndoable, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { ActivityFields } from './ActivityFields';

const TYPES: WorkSearchType[] = ['job-fair', 'workshop', 'networking', 'application', 'interview', 'other'];

/** A job fair, a workshop, a call: something Hearback could not see, written into the log. */
export function AddActivityForm({ defaultDate, onDone }: { defaultDate: string; onDone: () => void }) {
  const [fields, setFields] = useState({ type: 'job-fair' as WorkSearchType, date: defaultDate, employer: '', position: '', method: 'in-person' as WorkSearchMethod, contact: '', result: '', note: '' });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const toasts = useToasts();
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const { undo } = await callUndoable('worklog.add', { ...fields, type: fields.type, applicationId: null });
      toasts.show({ tone: 'success', message: `Added ${fields.employer} to the work-search log.`, undo });
      onDone();
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="worklog-add" onSubmit={(e) => void save(e)} aria-labelledby="worklog-add-title">
      <h2 id="worklog-add-title">Add an activity</h2>
      <div className="worklog-add-grid">
        <label className="field">
          What
          <select value={fields.type} onChange={set('type')}>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_WORDS[t]}
              </option>
            ))}
          </select>
        </label>
        <ActivityFields values={fields} set={set} identity positionLabel="Position (if any)" placeholders={{ employer: 'e.g. County job fair' }} />
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="worklog-editor-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Adding…' : 'Add to the log'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
