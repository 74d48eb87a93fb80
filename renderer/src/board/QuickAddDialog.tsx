import { useEffect, useState, type FormEvent } from 'react';
import type { Application, Stage } from '../../../shared/domain';
import { call, userMessage } from '../contract';
import { FieldError } from '../application/FieldError';
import { fieldIssuesOf, type FieldIssues } from '../ui/field-issues';
import { useModalDialog } from '../ui/useModalDialog';

type Field = 'company' | 'role' | 'jobUrl' | 'fitLine';

/**
 * "New application": opens on Company (the link to Add from link sits below the fields, so a
 * space typed into the form never presses it). A refused field says why next to itself, and the
 * sentence goes as soon as that field is edited.
 */
export function QuickAddDialog({ stages, onClose, onAddFromLink }: { stages: Stage[]; onClose: (created?: Application) => void; onAddFromLink: () => void }) {
  const dialog = useModalDialog();
  const [values, setValues] = useState<Record<Field, string>>({ company: '', role: '', jobUrl: '', fitLine: '' });
  const [stageId, setStageId] = useState(stages[1]?.id ?? stages[0]?.id ?? '');
  const [issues, setIssues] = useState<FieldIssues>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [refusals, setRefusals] = useState(0);

  // After a refusal, the first field that needs fixing gets the focus (once it is marked).
  useEffect(() => {
    if (refusals > 0) dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals, dialog]);

  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setIssues(({ [field]: _fixed, ...rest }) => rest);
    setError(null);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const created = await call('applications.create', { company: values.company, role: values.role, stageId, jobUrl: values.jobUrl.trim(), fitLine: values.fitLine.trim() });
      onClose(created);
    } catch (failure) {
      const found = fieldIssuesOf(failure, '');
      setIssues(found ?? {});
      if (found) setRefusals((n) => n + 1);
      else setError(userMessage(failure));
      setSaving(false);
    }
  }

  const input = (field: Field, label: string, props: { maxLength: number; placeholder?: string; optional?: string }) => {
    const errorId = `quick-add-${field}-error`;
    return (
      <label className="field">
        {label}
        {props.optional && <span className="muted"> {props.optional}</span>}
        <input
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
          maxLength={props.maxLength}
          placeholder={props.placeholder}
          aria-invalid={issues[field] ? true : undefined}
          aria-describedby={issues[field] ? errorId : undefined}
          data-autofocus={field === 'company' ? true : undefined}
        />
        <FieldError id={errorId} message={issues[field]} />
      </label>
    );
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="quick-add-title" onClose={() => onClose()}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="quick-add-title">New application</h2>
        {input('company', 'Company', { maxLength: 200 })}
        {input('role', 'Role', { maxLength: 200 })}
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
        {input('jobUrl', 'Job link', { maxLength: 2048, placeholder: 'https://…', optional: '(optional)' })}
        {input('fitLine', 'Why I’m a good fit', { maxLength: 500, placeholder: 'Used in thank-you and check-in drafts', optional: '(optional, one line)' })}
        <p className="muted quick-add-link">
          Have the posting’s link?{' '}
          <button type="button" className="link-button" onClick={onAddFromLink}>
            Add from link
          </button>{' '}
          fills this in for you.
        </p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => onClose()}>
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
