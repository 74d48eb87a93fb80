import type { Application, HistoryEvent } from '../../../shared/domain';
import { routeHref } from '../app/useRoute';
import { ENTITY_LABELS } from './historyFilter';

interface Props {
  event: HistoryEvent;
  zone: string;
  application: Application | undefined;
  /** False in an application's own timeline, where naming it on every line says nothing. */
  showApplication: boolean;
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

/** One line of the timeline: when (in the user's zone), what, which application; undo/redo marked as such. */
export function HistoryEventItem({ event, zone, application, showApplication }: Props) {
  const at = new Date(event.at);
  const timeFormat = new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: '2-digit', minute: '2-digit' });
  const fullFormat = new Intl.DateTimeFormat(undefined, { timeZone: zone, dateStyle: 'full', timeStyle: 'short' });
  const reverted = event.reverts !== null;
  const revertLabel = /^redo\b/i.test(event.summary) ? 'Redo' : 'Undo';
  const otherName = !showApplication || application ? null : event.applicationId ? namedInRecord(event) : null;
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
        {showApplication && application && (
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
