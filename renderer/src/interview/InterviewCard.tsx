import type { Application, Interview } from '../../../shared/domain';
import { formatInstant, zoneAbbreviation } from '../ui/format-time';
import { missingAfterInterview, missingText } from './interview-nudges';
import { promiseText } from './promise-text';
import './interview.css';

const FORMAT: Record<Interview['format'], string> = { video: 'Video call', phone: 'Phone', onsite: 'On site', other: 'Other' };
const OUTCOME: Record<Interview['outcome'], string> = { pending: 'Waiting to hear', advanced: 'Moved to the next round', offer: 'Offer', rejected: 'Not selected', withdrawn: 'Withdrew', cancelled: 'Cancelled' };

/** One interview round in the application view, with a nudge while the promise or detail is missing. */
export function InterviewCard({ interview, application, zone, nowMs, onEdit, onDelete }: { interview: Interview; application: Application; zone: string; nowMs: number; onEdit: () => void; onDelete: () => void }) {
  const missing = missingText(missingAfterInterview(interview, nowMs));
  const names = interview.interviewerIds.map((id) => application.contacts.find((c) => c.id === id)?.name).filter((n): n is string => n !== undefined);
  const own = formatInstant(interview.startsAt, interview.timeZone);
  const mine = formatInstant(interview.startsAt, zone);
  return (
    <article className="interview-card" aria-label={interview.round}>
      <header className="interview-head">
        <h4>{interview.round}</h4>
        {interview.heardBackAt && <span className="badge done">Heard back</span>}
        <span className="spacer" />
        <button type="button" className="button small" onClick={onEdit} aria-label={`Edit ${interview.round}`}>
          Edit
        </button>
        <button type="button" className="button small danger-text" onClick={onDelete} aria-label={`Delete ${interview.round}`}>
          Delete
        </button>
      </header>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {own} {zoneAbbreviation(interview.startsAt, interview.timeZone)} · {interview.durationMinutes} min
          {interview.timeZone !== zone && <span className="muted"> (your time: {mine})</span>}
        </dd>
        <dt>Format</dt>
        <dd>
          {FORMAT[interview.format]}
          {interview.location && <span className="muted"> · {interview.location}</span>}
        </dd>
        {names.length > 0 && (
          <>
            <dt>With</dt>
            <dd>{names.join(', ')}</dd>
          </>
        )}
        <dt>Hear back</dt>
        <dd>
          {promiseText(interview.hearBack)}
          {interview.hearBack.status !== 'unknown' && !interview.hearBack.asked && <span className="muted"> (you didn’t ask)</span>}
        </dd>
        {interview.memorableDetail && (
          <>
            <dt>Memorable</dt>
            <dd>{interview.memorableDetail}</dd>
          </>
        )}
        {interview.outcome !== 'pending' && (
          <>
            <dt>Outcome</dt>
            <dd>{OUTCOME[interview.outcome]}</dd>
          </>
        )}
      </dl>
      {missing && (
        <div className="callout warning">
          <span>{missing}</span>
          <button type="button" className="button small" onClick={onEdit}>
            Record it
          </button>
        </div>
      )}
    </article>
  );
}
