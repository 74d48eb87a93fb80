import type { Application, Interview } from '../../../shared/domain';
import { formatInstant, relativeTime, zoneAbbreviation } from '../ui/format-time';
import { InterviewItemTitle } from './InterviewItemTitle';

/** An interview in the next 7 days. */
export function UpcomingInterviewItem({ interview, application, zone, nowMs, onEdit, onOpen }: { interview: Interview; application: Application; zone: string; nowMs: number; onEdit: () => void; onOpen: () => void }) {
  const elsewhere = interview.timeZone !== zone;
  return (
    <li className="today-item" aria-label={`${interview.round} — ${application.company}`}>
      <div className="today-item-main">
        <InterviewItemTitle interview={interview} application={application} onOpen={onOpen} />
        <div className="muted today-item-meta">
          {relativeTime(interview.startsAt, nowMs)} · {formatInstant(interview.startsAt, zone)}
          {elsewhere && ` (${formatInstant(interview.startsAt, interview.timeZone)} ${zoneAbbreviation(interview.startsAt, interview.timeZone)} there)`} · {interview.durationMinutes} min
        </div>
      </div>
      <div className="today-item-actions">
        <button type="button" className="button small" onClick={onEdit} aria-label={`Edit ${interview.round} at ${application.company}`}>
          Edit
        </button>
      </div>
    </li>
  );
}
