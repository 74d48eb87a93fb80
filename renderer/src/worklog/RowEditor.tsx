import { useState, type FormEvent } from 'react';
import type { WorkSearchMethod } from '../../../shared/domain';
import { METHOD_WORDS, type WorkLogRow } from '../../../shared/worklog';
import { callUndoable, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';

const METHODS = Object.keys(METHOD_WORDS) as WorkSearchMethod[];

/** The fields a program asks for that Hearback cannot know; a manual entry's own fields too. */
export function RowEditor({ row, onDone }: { row: WorkLogRow; onDone: () => void }) {
  const manual = row.key.startsWith('manual:');
  const [fields, setFields] = useState({ date: row.date, employer: row.employer, position: row.position, method: row.method, contact: row.contact, result: row.result, note: row.note });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const toasts = useToasts();
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));
  const id = (name: string) => `edit-${row.key.replace(/[^A-Za-z0-9_-]/g, '-')}-${name}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    const patch = Object.fromEntries(Object.entries(fields).filter(([k, v]) => v !== row[k as keyof typeof fields]));
    if (Object.keys(patch).length === 0) return onDone();
    setSaving(true);
    try {
      const { undo } = await callUndoable('worklog.edit', { key: row.key, patch });
      toasts.show({ tone: 'success', message: `Saved the changes to ${fields.employer || 'this activity'}.`, undo });
      onDone();
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="worklog-editor" onSubmit={(e) => void save(e)} aria-label={`Edit ${row.employer}, ${row.date}`}>
      {manual && (
        <>
          <label className="field" htmlFor={id('date')}>
            Date
            <input id={id('date')} type="date" required value={fields.date} onChange={set('date')} />
          </label>
          <label className="field" htmlFor={id('employer')}>
            Employer or organiser
            <input id={id('employer')} required maxLength={200} value={fields.employer} onChange={set('employer')} />
          </label>
          <label className="field" htmlFor={id('position')}>
            Position
            <input id={id('position')} maxLength={200} value={fields.position} onChange={set('position')} />
          </label>
        </>
      )}
      <label className="field" htmlFor={id('method')}>
        Contact method
        <select id={id('method')} value={fields.method} onChange={set('method')}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {METHOD_WORDS[m]}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={id('contact')}>
        Person or address contacted
        <input id={id('contact')} maxLength={300} value={fields.contact} onChange={set('contact')} placeholder="A name, an email, a phone number or a website" />
      </label>
      <label className="field" htmlFor={id('result')}>
        Result
        <input id={id('result')} maxLength={500} value={fields.result} onChange={set('result')} />
      </label>
      <label className="field" htmlFor={id('note')}>
        Note
        <input id={id('note')} maxLength={2000} value={fields.note} onChange={set('note')} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="worklog-editor-actions">
        <button type="submit" className="button primary small" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
