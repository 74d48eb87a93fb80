import { useState, type FormEvent } from 'react';
import type { WorkLogRow } from '../../../shared/worklog';
import { callUndoable, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { ActivityFields, type ActivityValues } from './ActivityFields';

/** The fields a program asks for that Hearback cannot know; a manual entry's own fields too. */
export function RowEditor({ row, onDone }: { row: WorkLogRow; onDone: () => void }) {
  const manual = row.key.startsWith('manual:');
  const [fields, setFields] = useState<ActivityValues>({ date: row.date, employer: row.employer, position: row.position, method: row.method, contact: row.contact, result: row.result, note: row.note });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const toasts = useToasts();
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));
  const id = (name: keyof ActivityValues) => `edit-${row.key.replace(/[^A-Za-z0-9_-]/g, '-')}-${name}`;

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
      <ActivityFields values={fields} set={set} identity={manual} idFor={id} placeholders={{ contact: 'A name, an email, a phone number or a website' }} />
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
