import { useId, type FormEvent, type ReactNode } from 'react';
import type { Application, SalaryRange } from '../../../shared/domain';
import { issueAt } from '../ui/field-issues';
import { WorkplaceOptions } from '../ui/WorkplaceOptions';
import { FieldError } from './FieldError';
import { useApplicationFields, type FieldsState } from './useApplicationFields';

const PERIODS: { value: SalaryRange['period']; label: string }[] = [
  { value: 'year', label: 'per year' },
  { value: 'month', label: 'per month' },
  { value: 'hour', label: 'per hour' },
];

/** Company, role, link, location, workplace, salary, source, tags, fit line and notes — saved together. */
export function ApplicationFieldsForm({ application }: { application: Application }) {
  const form = useApplicationFields(application);
  const base = useId();
  const { state, issues } = form;

  const field = (key: keyof FieldsState, label: string, path: string, input: (props: InputProps) => ReactNode, hint?: string) => {
    const id = `${base}-${key}`;
    const message = issueAt(issues, path);
    const describedBy = [message ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className={`field field-${key}`}>
        <label htmlFor={id}>{label}</label>
        {input({ id, value: state[key], onChange: (v) => form.set(key, v), 'aria-invalid': message ? true : undefined, 'aria-describedby': describedBy })}
        {hint && (
          <span id={`${id}-hint`} className="field-hint">
            {hint}
          </span>
        )}
        <FieldError id={`${id}-error`} message={message} />
      </div>
    );
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void form.save();
  };

  return (
    <form className="app-fields" onSubmit={submit} noValidate aria-label="Application details">
      <div className="form-grid">
        {field('company', 'Company', 'company', textInput(200))}
        {field('role', 'Role', 'role', textInput(200))}
      </div>
      {field('jobUrl', 'Job link', 'jobUrl', textInput(2048, 'https://…'))}
      {/^https?:\/\//i.test(application.jobUrl) && (
        <p className="job-link">
          <a href={application.jobUrl} target="_blank" rel="noreferrer">
            Open the job posting
          </a>
        </p>
      )}
      <div className="form-grid">
        {field('location', 'Location', 'location', textInput(200, 'e.g. Berlin or Remote'))}
        {field('workplace', 'Workplace', 'workplace', (p) => (
          <select id={p.id} value={p.value} aria-invalid={p['aria-invalid']} aria-describedby={p['aria-describedby']} onChange={(e) => p.onChange(e.target.value)}>
            <WorkplaceOptions />
          </select>
        ))}
      </div>
      {field('source', 'Source', 'source', textInput(200, 'e.g. referral, LinkedIn'))}
      <fieldset className="salary">
        <legend>Salary range</legend>
        <div className="salary-grid">
          {field('salaryMin', 'Minimum', 'salary.min', textInput(15, '85000', 'decimal'))}
          {field('salaryMax', 'Maximum', 'salary.max', textInput(15, '95000', 'decimal'))}
          {field('currency', 'Currency', 'salary.currency', textInput(3, 'EUR'))}
          <div className="field">
            <label htmlFor={`${base}-period`}>Period</label>
            <select id={`${base}-period`} value={state.period} onChange={(e) => form.set('period', e.target.value)}>
              {PERIODS.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
      {field('tags', 'Tags', 'tags', textInput(1500, 'remote, fintech'), 'Separate tags with commas.')}
      {field('fitLine', 'Why I’m a good fit', 'fitLine', textInput(500, 'One line — your drafts use it'), 'One sentence; thank-you and check-in drafts quote it.')}
      {field('notes', 'Notes', 'notes', (p) => (
        <textarea id={p.id} rows={4} maxLength={20_000} value={p.value} aria-invalid={p['aria-invalid']} aria-describedby={p['aria-describedby']} onChange={(e) => p.onChange(e.target.value)} />
      ))}
      <div className="form-actions">
        <span className="muted save-state" aria-live="polite">
          {form.dirty ? 'Unsaved changes' : ''}
        </span>
        <button type="button" className="button" disabled={!form.dirty || form.saving} onClick={form.reset}>
          Discard
        </button>
        <button type="submit" className="button primary" disabled={!form.dirty || form.saving}>
          Save changes
        </button>
      </div>
    </form>
  );
}

interface InputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

function textInput(maxLength: number, placeholder?: string, inputMode?: 'decimal') {
  return function TextInput(p: InputProps) {
    return <input id={p.id} value={p.value} maxLength={maxLength} placeholder={placeholder} inputMode={inputMode} aria-invalid={p['aria-invalid']} aria-describedby={p['aria-describedby']} onChange={(e) => p.onChange(e.target.value)} />;
  };
}
