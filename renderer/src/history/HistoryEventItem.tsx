import type { Application, HistoryEvent } from '../../../shared/domain';
import { routeHref } from '../app/useRoute';
import { ENTITY_LABELS } from './historyFilter';

interface Props {
  event: HistoryEvent;
  application: Application | undefined;
}

/** The company — role an event's record names, for applications no longer on the board. */
function namedInRecord(event: HistoryEvent): string | null {
  for (const record of [event.after, event.before]) {
    if (record && typeof record === 'object' && 'company' in record && 'role' in record) {
      const { company, role } = record as { company: unknown; role: unknown };
      if (typeof company === 'string' && typeof role === 'string') return `${company} — ${role}`;
    }
  }
  return null;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/** One line of the timeline: when, what, which application; undo/redo marked as such. */
export function HistoryEventItem({ event, application }: Props) {
  const at = new Date(event.at);
  const reverted = event.reverts !== null;
  const revertLabel = /^redo\b/i.test(event.summary) ? 'Redo' : 'Undo';
  const otherName = application ? null : event.applicationId ? namedInRecord(event) : null;
  return (
    <li className={`history-event ${reverted ? 'reverted' : ''}`} data-seq={event.seq}>
      <time dateTime={event.at} title={fullFormat.format(at)} className="history-time">
        {timeFormat.format(at)}
      </time>
      <div className="history-body">
        <p className="history-summary">
          {reverted && <span className="badge revert">{revertLabel}</span>}
          <span>{event.summary || `${ENTITY_LABELS[event.entity]}: ${event.kind}`}</span>
        </p>
        {application && (
          <a className="history-app" href={routeHref({ view: 'history', applicationId: application.id })}>
            {application.company} — {application.role}
          </a>
        )}
        {otherName && <span className="history-app muted">{otherName} (archived or deleted)</span>}
      </div>
      <span className="history-entity">{ENTITY_LABELS[event.entity]}</span>
    </li>
  );
}
