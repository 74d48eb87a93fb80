import { formatInstant } from '../follow-ups/format-time';
import { useHistoryPages } from './useHistoryPages';

/** Everything that happened to this application, newest first. */
export function HistoryTimeline({ applicationId, zone }: { applicationId: string; zone: string }) {
  const { events, hasMore, error, loading, more } = useHistoryPages(applicationId);
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
      {!error && events.length === 0 && !loading && <p className="muted empty">Nothing recorded yet.</p>}
      <ol className="timeline" aria-label="History, newest first">
        {events.map((e) => (
          <li key={e.seq}>
            <time dateTime={e.at}>{formatInstant(e.at, zone)}</time>
            <span className="timeline-text">{e.summary || `${e.entity} ${e.kind}`}{e.reverts && <span className="muted"> (undo/redo)</span>}</span>
          </li>
        ))}
      </ol>
      {hasMore && (
        <button type="button" className="button small" disabled={loading} onClick={() => void more()}>
          Show older
        </button>
      )}
    </section>
  );
}
