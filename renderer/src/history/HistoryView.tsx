import { useState } from 'react';
import type { Workspace } from '../../../shared/contract';
import { ExportPanel } from '../data/ExportPanel';
import { ImportDialog } from '../data/ImportDialog';
import { HistoryFilters } from './HistoryFilters';
import { EMPTY_FILTER, isFiltered, queryOf, rangeOf, type HistoryFilter } from './historyFilter';
import { HistoryTimeline } from './HistoryTimeline';
import { useHistoryList } from './useHistoryList';
import './history.css';

/** Everything that happened, newest first, with filters, paging, export and import. */
export function HistoryView({ workspace }: { workspace: Workspace }) {
  const [filter, setFilter] = useState<HistoryFilter>(EMPTY_FILTER);
  const [importing, setImporting] = useState(false);
  const zone = workspace.effectiveTimeZone;
  const page = useHistoryList(queryOf(filter, zone), 50);

  return (
    <div className="view history-view">
      <div className="history-main">
        <HistoryFilters filter={filter} applications={workspace.applications} onChange={setFilter} />
        <div className="history-results" aria-busy={page.status === 'loading'}>
          {page.status === 'loading' && page.events.length === 0 && <p className="muted">Loading history…</p>}
          {page.status === 'error' && (
            <div role="alert" className="history-error">
              <p>Couldn't load the history: {page.error}</p>
              <button type="button" className="button small" onClick={page.retry}>
                Try again
              </button>
            </div>
          )}
          {page.status !== 'loading' && page.status !== 'error' && page.events.length === 0 && (
            <div className="empty-state">
              {isFiltered(filter) ? (
                <>
                  <p className="empty-title">Nothing matches these filters.</p>
                  <p className="muted">Widen the date range or choose “All applications”.</p>
                </>
              ) : (
                <>
                  <p className="empty-title">No history yet.</p>
                  <p className="muted">Every change you make — adding an application, moving a card, recording a promise, sending a check-in — is kept here, and you can export it.</p>
                </>
              )}
            </div>
          )}
          {page.events.length > 0 && <HistoryTimeline events={page.events} zone={zone} applications={workspace.applications} />}
          {page.hasMore && page.status !== 'error' && (
            <button type="button" className="button load-more" onClick={page.loadMore} disabled={page.status === 'more'}>
              {page.status === 'more' ? 'Loading…' : 'Load more'}
            </button>
          )}
        </div>
      </div>
      <aside className="history-aside" aria-label="Export this history">
        <a className="button worklog-link" href="#/worklog">
          Work-search log
        </a>
        <p className="muted data-panel-note">Each week’s applications, interviews and follow-ups, as the unemployment office asks for them.</p>
        <ExportPanel range={rangeOf(filter, zone)} onImport={() => setImporting(true)} />
      </aside>
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
