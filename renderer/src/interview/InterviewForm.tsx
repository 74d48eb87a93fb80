import { useId, type FormEvent } from 'react';
import type { Application, Interview, InterviewFormat, InterviewOutcome } from '../../../shared/domain';
import { issueAt } from '../ui/field-issues';
import { FieldError } from '../application/FieldError';
import { formatInstant } from '../ui/format-time';
import { useModalDialog } from '../ui/useModalDialog';
import { HearBackFields } from './HearBackFields';
import { TimeZoneInput } from './TimeZoneInput';
import { useInterviewForm } from './useInterviewForm';
import './interview.css';

const OUTCOMES: { value: InterviewOutcome; label: string }[] = [
  { value: 'pending', label: 'Waiting to hear' },
  { value: 'advanced', label: 'Moved to the next round' },
  { value: 'offer', label: 'Offer' },
  { value: 'rejected', label: 'Not selected' },
  { value: 'withdrawn', label: 'I withdrew' },
  { value: 'cancelled', label: 'Cancelled (did not take place)' },
];

const FORMATS: { value: InterviewFormat; label: string }[] = [
  { value: 'video', label: 'Video call' },
  { value: 'phone', label: 'Phone' },
  { value: 'onsite', label: 'On site' },
  { value: 'other', label: 'Other' },
];

/** Adds or edits an interview round; after it has ended, also the hear-back promise and the memorable detail. */
export function InterviewForm({ application, interview, zone, onClose }: { application: Application; interview: Interview | null; zone: string; onClose: () => void }) {
  const dialog = useModalDialog();
  const form = useInterviewForm({ interview, applicationId: application.id, zone, onSaved: onClose });
  const { state, set, issues } = form;
  const id = useId();
  const fid = (name: string) => `${id}-${name}`;
  const err = (path: string) => issueAt(issues, path);
  const described = (path: string) => (err(path) ? { 'aria-invalid': true as const, 'aria-describedby': fid(`${path}-error`) } : {});
  const showAfter = form.ended || (interview !== null && (interview.hearBack.status !== 'unknown' || interview.memorableDetail !== ''));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void form.submit();
  };

  return (
    <dialog ref={dialog} className="dialog interview-dialog" aria-labelledby={fid('title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={fid('title')}>{interview ? `Edit ${interview.round}` : `New interview at ${application.company}`}</h2>
        <div className="field">
          <label htmlFor={fid('round')}>Round</label>
          <input id={fid('round')} value={state.round} placeholder="e.g. Phone screen, Technical, Final" maxLength={200} autoFocus {...described('round')} onChange={(e) => set('round', e.target.value)} />
          <FieldError id={fid('round-error')} message={err('round')} />
        </div>
        <div className="form-grid three">
          <div className="field">
            <label htmlFor={fid('date')}>Date</label>
            <input id={fid('date')} type="date" value={state.date} {...described(err('date') ? 'date' : 'startsAt')} onChange={(e) => set('date', e.target.value)} />
            <FieldError id={fid(err('date') ? 'date-error' : 'startsAt-error')} message={err('date') ?? err('startsAt')} />
          </div>
          <div className="field">
            <label htmlFor={fid('time')}>Start time</label>
            <input id={fid('time')} type="time" value={state.time} {...described('time')} onChange={(e) => set('time', e.target.value)} />
            <FieldError id={fid('time-error')} message={err('time')} />
          </div>
          <div className="field">
            <TimeZoneInput value={state.zone} onChange={(z) => set('zone', z)} error={err('timeZone')} errorId={fid('timeZone-error')} />
            <FieldError id={fid('timeZone-error')} message={err('timeZone')} />
          </div>
        </div>
        <p className="field-hint when-hint" aria-live="polite">
          {form.when ? `${form.when.shiftedTo ? `That time does not exist on that day in ${state.zone} (the clocks change) — it becomes ${form.when.shiftedTo}. ` : ''}Your time: ${formatInstant(form.when.instant, zone)}.` : '\u00a0'}
        </p>
        <div className="form-grid three">
          <div className="field">
            <label htmlFor={fid('duration')}>Duration (minutes)</label>
            <input id={fid('duration')} type="number" min={5} max={1440} step={5} value={state.duration} {...described('durationMinutes')} onChange={(e) => set('duration', e.target.value)} />
            <FieldError id={fid('durationMinutes-error')} message={err('durationMinutes')} />
          </div>
          <div className="field">
            <label htmlFor={fid('format')}>Format</label>
            <select id={fid('format')} value={state.format} onChange={(e) => set('format', e.target.value as InterviewFormat)}>
              {FORMATS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={fid('location')}>{state.format === 'onsite' ? 'Address' : state.format === 'phone' ? 'Phone number' : 'Location or link'}</label>
            <input id={fid('location')} value={state.location} maxLength={2048} {...described('location')} onChange={(e) => set('location', e.target.value)} />
            <FieldError id={fid('location-error')} message={err('location')} />
          </div>
        </div>
        <fieldset className="form-section">
          <legend>Interviewers</legend>
          {application.contacts.length === 0 ? (
            <p className="muted">No contacts yet — add the people you meet under Contacts, then pick them here.</p>
          ) : (
            <div className="interviewer-list">
              {application.contacts.map((c) => (
                <label key={c.id} className="check">
                  <input type="checkbox" checked={state.interviewerIds.includes(c.id)} onChange={(e) => set('interviewerIds', e.target.checked ? [...state.interviewerIds, c.id] : state.interviewerIds.filter((x) => x !== c.id))} />
                  {c.name}
                  {c.title && <span className="muted"> · {c.title}</span>}
                </label>
              ))}
            </div>
          )}
          <FieldError id={fid('interviewerIds-error')} message={err('interviewerIds')} />
        </fieldset>
        {showAfter ? (
          <>
            <HearBackFields promise={state.hearBack} onPromise={(p) => set('hearBack', p)} detail={state.memorableDetail} onDetail={(d) => set('memorableDetail', d)} dateError={err('hearBack')} />
            <div className="field">
              <label htmlFor={fid('outcome')}>Outcome</label>
              <select id={fid('outcome')} value={state.outcome} onChange={(e) => set('outcome', e.target.value as InterviewOutcome)}>
                {OUTCOMES.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : (
          <p className="callout info">After the interview, come back here to record when and how you’ll hear back, and one memorable detail for your thank-you note.</p>
        )}
        <div className="field">
          <label htmlFor={fid('notes')}>Notes</label>
          <textarea id={fid('notes')} rows={3} maxLength={20_000} value={state.notes} onChange={(e) => set('notes', e.target.value)} />
        </div>
        <p className="error form-error" role="alert">
          {form.error ?? ''}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={form.saving}>
            {interview ? 'Save interview' : 'Add interview'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
