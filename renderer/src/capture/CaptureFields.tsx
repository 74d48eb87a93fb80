import { useId, type ReactNode } from 'react';
import type { PostingField, Stage } from '../../../shared/domain';
import { FieldError } from '../application/FieldError';
import { issueAt, type FieldIssues } from '../ui/field-issues';
import { WorkplaceOptions } from '../ui/WorkplaceOptions';
import { edit, type CaptureDraft } from './capture-form';
import { sourceNote } from './source-labels';

/** One labelled field with its source note ("from Greenhouse", "guessed from … — check") and error. */
function Field({ label, field, draft, error, children }: { label: string; field: PostingField | null; draft: CaptureDraft; error?: string; children: (ids: { id: string; describedBy: string | undefined }) => ReactNode }) {
  const id = useId();
  const noteId = `${id}-source`;
  const errorId = `${id}-error`;
  const source = field ? draft.sources[field] : undefined;
  const describedBy = [source ? noteId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field capture-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy })}
      {source && (
        <span id={noteId} className={`source-note${source.certain ? '' : ' guess'}`}>
          {sourceNote(source.source, source.certain)}
        </span>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** The preview's fields, each editable; editing one marks it "typed by you". */
export function CaptureFields({ draft, stages, issues, onChange }: { draft: CaptureDraft; stages: Stage[]; issues: FieldIssues; onChange: (draft: CaptureDraft) => void }) {
  const set =
    <K extends keyof CaptureDraft>(key: K) =>
    (value: CaptureDraft[K]) =>
      onChange(edit(draft, key, value));
  const salaryError = issueAt(issues, 'salary');
  return (
    <div className="capture-fields">
      <div className="capture-row">
        <Field label="Company" field="company" draft={draft} error={issueAt(issues, 'company')}>
          {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} value={draft.company} onChange={(e) => set('company')(e.target.value)} required maxLength={200} />}
        </Field>
        <Field label="Role" field="role" draft={draft} error={issueAt(issues, 'role')}>
          {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} value={draft.role} onChange={(e) => set('role')(e.target.value)} required maxLength={200} />}
        </Field>
      </div>
      <div className="capture-row">
        <Field label="Location" field="location" draft={draft} error={issueAt(issues, 'location')}>
          {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} value={draft.location} onChange={(e) => set('location')(e.target.value)} maxLength={200} />}
        </Field>
        <Field label="Workplace" field="workplace" draft={draft}>
          {({ id, describedBy }) => (
            <select id={id} aria-describedby={describedBy} value={draft.workplace} onChange={(e) => set('workplace')(e.target.value as CaptureDraft['workplace'])}>
              <WorkplaceOptions />
            </select>
          )}
        </Field>
      </div>
      <fieldset className="capture-salary">
        <legend>Salary {draft.sources.salary && <span className={`source-note${draft.sources.salary.certain ? '' : ' guess'}`}>{sourceNote(draft.sources.salary.source, draft.sources.salary.certain)}</span>}</legend>
        <label className="field">
          Minimum
          <input inputMode="numeric" value={draft.salaryMin} onChange={(e) => set('salaryMin')(e.target.value)} aria-invalid={salaryError ? true : undefined} />
        </label>
        <label className="field">
          Maximum
          <input inputMode="numeric" value={draft.salaryMax} onChange={(e) => set('salaryMax')(e.target.value)} aria-invalid={salaryError ? true : undefined} />
        </label>
        <label className="field">
          Currency
          <input value={draft.currency} onChange={(e) => set('currency')(e.target.value)} maxLength={3} placeholder="EUR" size={4} />
        </label>
        <label className="field">
          Per
          <select value={draft.period} onChange={(e) => set('period')(e.target.value as CaptureDraft['period'])}>
            <option value="year">year</option>
            <option value="month">month</option>
            <option value="hour">hour</option>
          </select>
        </label>
        <FieldError id="capture-salary-error" message={salaryError} />
      </fieldset>
      <div className="capture-row">
        <Field label="Employment type" field="employmentType" draft={draft} error={issueAt(issues, 'posting.employmentType')}>
          {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} value={draft.employmentType} onChange={(e) => set('employmentType')(e.target.value)} maxLength={80} />}
        </Field>
        <Field label="Posted on" field="postedOn" draft={draft} error={issueAt(issues, 'posting.postedOn')}>
          {({ id, describedBy }) => <input id={id} type="date" aria-describedby={describedBy} value={draft.postedOn} onChange={(e) => set('postedOn')(e.target.value)} />}
        </Field>
      </div>
      <Field label="Job link" field="jobUrl" draft={draft} error={issueAt(issues, 'jobUrl')}>
        {({ id, describedBy }) => <input id={id} type="url" aria-describedby={describedBy} value={draft.jobUrl} onChange={(e) => set('jobUrl')(e.target.value)} maxLength={2048} />}
      </Field>
      <Field label="Stage" field={null} draft={draft}>
        {({ id }) => (
          <select id={id} value={draft.stageId} onChange={(e) => onChange({ ...draft, stageId: e.target.value })}>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Posting text" field="text" draft={draft} error={issueAt(issues, 'posting.text')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            aria-describedby={describedBy}
            value={draft.text}
            onChange={(e) => set('text')(e.target.value)}
            rows={8}
            maxLength={200_000}
            placeholder="Kept with the application, so you still have it when the posting is gone"
          />
        )}
      </Field>
    </div>
  );
}
