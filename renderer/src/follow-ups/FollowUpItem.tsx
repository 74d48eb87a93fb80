import type { Application, FollowUp } from '../../../shared/domain';
import { isOpen, urgencyOf, type Urgency } from '../../../shared/followup';
import { attentionAt, followUpTitle, KIND_LABEL, STATUS_LABEL } from './follow-up-labels';
import { FollowUpActions } from './FollowUpActions';
import { formatInstant, relativeTime } from '../ui/format-time';
import './follow-ups.css';

/** Why a follow-up waits: a reply on hold first, then the order of the interview's follow-ups. */
function waitingLabel(followUp: FollowUp, held: boolean): string {
  if (held && (followUp.kind === 'check-in' || followUp.kind === 'hear-back-prompt')) return 'On hold: the company replied';
  return followUp.kind === 'check-in' ? 'After the earlier check-in' : 'Waiting for the thank-you';
}

/** One follow-up with its due time, its state and the five actions. */
export function FollowUpItem({
  followUp,
  application,
  urgency,
  held,
  zone,
  nowMs,
  highlighted,
  onDraft,
  onOpenApplication,
}: {
  followUp: FollowUp;
  /** Shown when the list mixes applications (Today). */
  application?: Application;
  /** From the shared urgency rule, judged over the whole list (a waiting check-in needs the others). */
  urgency?: Urgency;
  /** The application is held by a reply from the company awaiting "Heard back?" (mail). */
  held?: boolean;
  zone: string;
  nowMs: number;
  highlighted?: boolean;
  onDraft: (f: FollowUp) => void;
  onOpenApplication?: (applicationId: string) => void;
}) {
  const at = attentionAt(followUp);
  const open = isOpen(followUp);
  const state = (urgency ?? urgencyOf(followUp, nowMs, zone, false)).state;
  const title = followUpTitle(followUp);
  return (
    <li className={`follow-up-item${highlighted ? ' highlighted' : ''}`} aria-label={application ? `${title} — ${application.company}` : title}>
      <div className="follow-up-main">
        <div className="follow-up-title">
          <strong>{title}</strong>
          {state === 'overdue' && <span className="badge overdue">Overdue</span>}
          {state === 'waiting' && <span className="badge">{waitingLabel(followUp, held === true)}</span>}
          {followUp.status === 'snoozed' && <span className="badge snoozed">Snoozed</span>}
          {!open && <span className={`badge${followUp.status === 'done' ? ' done' : ''}`}>{STATUS_LABEL[followUp.status]}</span>}
        </div>
        <div className="follow-up-meta muted">
          {application &&
            (onOpenApplication ? (
              <button type="button" className="link-button" onClick={() => onOpenApplication(application.id)}>
                {application.company} — {application.role}
              </button>
            ) : (
              <span>
                {application.company} — {application.role}
              </span>
            ))}
          <span>
            {KIND_LABEL[followUp.kind]}
            {followUp.channel === 'phone' ? ' · by phone' : ''}
          </span>
          <span title={formatInstant(at, zone)}>
            {open ? (followUp.status === 'snoozed' ? 'back ' : 'due ') : 'was due '}
            {relativeTime(at, nowMs)} · {formatInstant(at, zone)}
          </span>
        </div>
        {!open && followUp.statusReason && <div className="follow-up-reason muted">{followUp.statusReason}</div>}
      </div>
      <FollowUpActions followUp={followUp} zone={zone} onDraft={onDraft} />
    </li>
  );
}
