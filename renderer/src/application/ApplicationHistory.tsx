import { changeTouchesApplication } from '../../../shared/contract';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useHistoryList } from '../history/useHistoryList';

/** Everything that happened to this application, newest first, in the one timeline. */
export function ApplicationHistory({ applicationId, zone }: { applicationId: string; zone: string }) {
  const { events, hasMore, error, status, loadMore } = useHistoryList({ applicationId }, 20, (change) => changeTouchesApplication(change, applicationId));
  return (
    <section className="app-section" aria-labelledby="history-heading">
      <div className="section-head">
        <h3 id="history-heading">History</h3>
      </div>
      {error && (
        <p className="error" role="alert">
          Could not load the history: {error}
        </p>
      )}
      {!error && events.length === 0 && status === 'ready' && <p className="muted empty">Nothing recorded yet.</p>}
      {events.length > 0 && <HistoryTimeline events={events} zone={zone} />}
      {hasMore && (
        <button type="button" className="button small" disabled={status === 'more'} onClick={loadMore}>
          Show older
        </button>
      )}
    </section>
  );
}
