import { useEffect, useRef } from 'react';
import type { Application } from '../../../shared/domain';
import { call, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { cardName, matchesFilter, type WorkplaceFilter } from './board-model';
import { useArchived } from './useArchived';

/** Archived applications, read-only and greyed, each with Restore. */
export function ArchivedColumn({ query, tag, workplace = '' }: { query: string; tag: string; workplace?: WorkplaceFilter }) {
  const { state } = useArchived(query);
  const section = useRef<HTMLElement>(null);
  // It appears after the last stage, often off-screen: bring it into view when switched on.
  useEffect(() => section.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' }), []);
  const toasts = useToasts();
  const restore = async (app: Application) => {
    try {
      await call('applications.setArchived', { id: app.id, archived: false });
      toasts.show({ tone: 'success', message: `Restored ${cardName(app)} to the board` });
    } catch (failure) {
      toasts.show({ tone: 'error', message: `Could not restore ${cardName(app)}: ${userMessage(failure)}` });
    }
  };
  // The query was already applied by the core (it searches archived postings too).
  const items = state.status === 'ready' ? state.items.filter((a) => matchesFilter(a, { query: '', tag, workplace })) : [];

  return (
    <section ref={section} className="column archived" aria-labelledby="archived-title">
      <header className="column-header">
        <h2 className="column-title" id="archived-title">
          Archived
        </h2>
        {state.status === 'ready' && <span className="count">{state.total}</span>}
      </header>
      <div className="column-scroll">
        {state.status === 'loading' && <p className="column-empty">Loading archived applications…</p>}
        {state.status === 'error' && (
          <p className="column-empty error" role="alert">
            {state.message}
          </p>
        )}
        {state.status === 'ready' && items.length === 0 && <p className="column-empty">No archived applications{query || tag || workplace ? ' match the filter' : ''}.</p>}
        <ul className="cards static" aria-label="Archived applications">
          {items.map((app) => (
            <li key={app.id} className="card archived-card">
              <span className="card-company">{app.company}</span>
              <span className="card-role">{app.role}</span>
              <button type="button" className="button small" onClick={() => void restore(app)} aria-label={`Restore ${cardName(app)}`}>
                Restore
              </button>
            </li>
          ))}
        </ul>
        {state.status === 'ready' && state.total > state.items.length && (
          <p className="column-empty">
            Showing the first {state.items.length} of {state.total}. Search to narrow down.
          </p>
        )}
      </div>
    </section>
  );
}
