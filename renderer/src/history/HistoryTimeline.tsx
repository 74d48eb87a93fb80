import type { Application, HistoryEvent } from '../../../shared/domain';
import { HistoryEventItem } from './HistoryEventItem';

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });

function groupByDay(events: readonly HistoryEvent[]): { day: string; events: HistoryEvent[] }[] {
  const groups: { day: string; events: HistoryEvent[] }[] = [];
  for (const event of events) {
    const day = dayFormat.format(new Date(event.at));
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.events.push(event);
    else groups.push({ day, events: [event] });
  }
  return groups;
}

/** Events newest first, under a heading per local day. */
export function HistoryTimeline({ events, applications }: { events: readonly HistoryEvent[]; applications: readonly Application[] }) {
  const byId = new Map(applications.map((a) => [a.id, a]));
  return (
    <div className="history-timeline">
      {groupByDay(events).map((group) => (
        <section key={group.day} className="history-day" aria-label={group.day}>
          <h3>{group.day}</h3>
          <ol className="history-list">
            {group.events.map((event) => (
              <HistoryEventItem key={event.seq} event={event} application={event.applicationId ? byId.get(event.applicationId) : undefined} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
