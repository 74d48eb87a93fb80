import type { Application, HistoryEvent } from '../../../shared/domain';
import { HistoryEventItem } from './HistoryEventItem';
import './history.css';

function groupByDay(events: readonly HistoryEvent[], zone: string): { day: string; events: HistoryEvent[] }[] {
  const dayFormat = new Intl.DateTimeFormat(undefined, { timeZone: zone, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
  const groups: { day: string; events: HistoryEvent[] }[] = [];
  for (const event of events) {
    const day = dayFormat.format(new Date(event.at));
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.events.push(event);
    else groups.push({ day, events: [event] });
  }
  return groups;
}

/**
 * Events newest first, under a heading per day in the user's zone — the one timeline, used by the
 * History view and by an application's panel. `applications` names the application of each event
 * (omit it where every event belongs to the same one).
 */
export function HistoryTimeline({ events, zone, applications }: { events: readonly HistoryEvent[]; zone: string; applications?: readonly Application[] }) {
  const byId = new Map((applications ?? []).map((a) => [a.id, a]));
  return (
    <div className="history-timeline">
      {groupByDay(events, zone).map((group) => (
        <section key={group.day} className="history-day" aria-label={group.day}>
          <h2>{group.day}</h2>
          <ol className="history-list">
            {group.events.map((event) => (
              <HistoryEventItem key={event.seq} event={event} zone={zone} application={event.applicationId ? byId.get(event.applicationId) : undefined} showApplication={applications !== undefined} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
