import { useId } from 'react';
import type { Channel, HearBackPromise } from '../../../shared/domain';
import { FieldError } from '../application/FieldError';
import { MemorableDetailPreview } from './MemorableDetailPreview';

const CHANNELS: { value: Channel; label: string }[] = [
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Phone' },
  { value: 'portal', label: 'Applicant portal' },
  { value: 'other', label: 'Other' },
];

const STATUSES: { value: HearBackPromise['status']; label: string }[] = [
  { value: 'date', label: 'By a date' },
  { value: 'not_given', label: 'No date given' },
  { value: 'unknown', label: 'Not recorded yet' },
];

/** The hear-back promise (rule 1 of the advice) and the memorable detail (for the thank-you note). */
export function HearBackFields(props: { promise: HearBackPromise; onPromise: (p: HearBackPromise) => void; detail: string; onDetail: (d: string) => void; dateError?: string }) {
  const { promise, onPromise, detail, onDetail, dateError } = props;
  const ids = { date: useId(), dateError: useId(), channel: useId(), detail: useId(), detailHint: useId() };
  const setStatus = (status: HearBackPromise['status']) => onPromise({ ...promise, status, date: status === 'date' ? promise.date : null });

  return (
    <fieldset className="form-section">
      <legend>After the interview</legend>
      <fieldset className="inline-choices">
        <legend>When will you hear back?</legend>
        {STATUSES.map((s) => (
          <label key={s.value} className="pill-choice">
            <input type="radio" name="hear-back-status" checked={promise.status === s.value} onChange={() => setStatus(s.value)} />
            {s.label}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        {promise.status === 'date' && (
          <div className="field">
            <label htmlFor={ids.date}>Promised date</label>
            <input
              id={ids.date}
              type="date"
              value={promise.date ?? ''}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? ids.dateError : undefined}
              onChange={(e) => onPromise({ ...promise, date: e.target.value === '' ? null : e.target.value })}
            />
            <FieldError id={ids.dateError} message={dateError} />
          </div>
        )}
        {promise.status !== 'unknown' && (
          <div className="field">
            <label htmlFor={ids.channel}>How they’ll tell you</label>
            <select id={ids.channel} value={promise.channel ?? ''} onChange={(e) => onPromise({ ...promise, channel: e.target.value === '' ? null : (e.target.value as Channel) })}>
              <option value="">Not said</option>
              {CHANNELS.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <label className="check">
        <input type="checkbox" checked={promise.asked} onChange={(e) => onPromise({ ...promise, asked: e.target.checked })} />I asked when and how I’ll hear back
      </label>
      <div className="field">
        <label htmlFor={ids.detail}>Memorable detail</label>
        <textarea id={ids.detail} rows={2} maxLength={1000} value={detail} aria-describedby={`${ids.detailHint} ${ids.detailHint}-preview`} onChange={(e) => onDetail(e.target.value)} />
        <span id={ids.detailHint} className="field-hint">
          Something you discussed that stood out — the thank-you note mentions it. Write it as you would say it, for example “we talked about their migration to Kafka”.
        </span>
        <MemorableDetailPreview detail={detail} id={`${ids.detailHint}-preview`} />
      </div>
    </fieldset>
  );
}
