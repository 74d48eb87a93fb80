import { useState } from 'react';
import type { Workspace } from '../../../shared/contract';
import { routeHref } from '../app/useRoute';
import { InsightsCards } from './InsightsCards';
import { useInsights, type Period } from './useInsights';
import './insights.css';

const PERIODS: { value: Period; label: string }[] = [
  { value: 'all', label: 'All time' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: '365', label: 'Last 12 months' },
];

/** Fewer applications than this and the numbers say more about chance than about the search. */
const MEANINGFUL = 3;

/** How far applications get, how long companies take, and whether following up pays off. */
export function InsightsView({ workspace }: { workspace: Workspace }) {
  const [period, setPeriod] = useState<Period>('all');
  const { state, retry } = useInsights(period);

  return (
    <div className="view insights-view">
      <div className="insights-head">
        <p className="muted">Counted over applications created in the period{workspace.applications.length > 0 ? ', archived ones included' : ''}.</p>
        <label className="period">
          Period
          <select value={period} onChange={(e) => setPeriod(PERIODS.find((p) => p.value === e.target.value)?.value ?? 'all')}>
            {PERIODS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state.status === 'loading' && <p className="muted">Working out your numbers…</p>}
      {state.status === 'error' && (
        <div role="alert" className="insights-error">
          <p>Couldn't compute insights: {state.message}</p>
          <button type="button" className="button small" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' && state.insights.applications < MEANINGFUL && (
        <div className="insights-empty">
          <p className="empty-title">{state.insights.applications === 0 ? 'No applications in this period yet.' : 'Not much to measure yet.'}</p>
          <p className="muted">
            Insights appear once you have at least {MEANINGFUL} applications. Add them on the <a href={routeHref({ view: 'board' })}>Board</a>, record when each company promised to answer, and mark “Heard back” when they do — then you'll
            see how far applications get, how long companies take, and whether checking in pays off.
          </p>
        </div>
      )}
      {state.status === 'ready' && state.insights.applications >= MEANINGFUL && <InsightsCards insights={state.insights} />}
    </div>
  );
}
