import { lazy, Suspense, useState } from 'react';
import type { Workspace } from '../../../shared/contract';

type InsightsModule = typeof import('../insights/InsightsView');

// Insights carries the chart library: loaded apart, fetched once the page is idle so the first
// visit does not wait for it.
let loaded: InsightsModule | null = null;
let loading: Promise<InsightsModule> | null = null;

/** Fetches the Insights chunk, once. */
export function loadInsights(): Promise<InsightsModule> {
  loading ??= import('../insights/InsightsView').then((m) => (loaded = m));
  return loading;
}

const LazyInsightsView = lazy(() => loadInsights().then((m) => ({ default: m.InsightsView })));

/**
 * Insights, drawn straight away when its chunk is already here. A lazy component suspends on its
 * first render even when its chunk has arrived, and React then holds the revealed content back for
 * up to 300 ms (its Suspense reveal throttle) — most of a first visit's wait. Which way is chosen
 * is fixed at mount, so the chunk arriving later never remounts the view (and resets its period).
 */
export function InsightsRoute({ workspace }: { workspace: Workspace }) {
  const [Direct] = useState(() => loaded?.InsightsView ?? null);
  if (Direct) return <Direct workspace={workspace} />;
  return (
    <Suspense fallback={<p className="muted pad">Loading insights…</p>}>
      <LazyInsightsView workspace={workspace} />
    </Suspense>
  );
}
