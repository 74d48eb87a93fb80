import { useState, type FormEvent } from 'react';
import type { WorkSearchMethod, WorkSearchType } from '../../../shared/domain';
import { METHOD_WORDS, TYPE_WORDS } from '../../../shared/worklog';
import { callUndoable, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';

const TYPES: WorkSearchType[] = ['job-fair', 'workshop', 'networking', 'application', 'interview', 'other'];
const METHODS = Object.keys(METHOD_WORDS) as WorkSearchMethod[];

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
        <label className="field">
          Date
          <input type="date" required value={fields.date} onChange={set('date')} />
        </label>
        <label className="field">
          Employer or organiser
          <input required maxLength={200} value={fields.employer} onChange={set('employer')} placeholder="e.g. County job fair" />
        </label>
        <label className="field">
          Position (if any)
          <input maxLength={200} value={fields.position} onChange={set('position')} />
        </label>
        <label className="field">
          Contact method
          <select value={fields.method} onChange={set('method')}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {METHOD_WORDS[m]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Person or address contacted
          <input maxLength={300} value={fields.contact} onChange={set('contact')} />
        </label>
        <label className="field">
          Result
          <input maxLength={500} value={fields.result} onChange={set('result')} />
        </label>
        <label className="field">
          Note
          <input maxLength={2000} value={fields.note} onChange={set('note')} />
        </label>
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
