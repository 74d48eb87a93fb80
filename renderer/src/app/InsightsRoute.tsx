import { useEffect, useState } from 'react';
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

/**
 * Insights, drawn straight away when its chunk is already here, else as soon as it arrives. Not
 * through `lazy` and Suspense: a lazy component suspends on its first render even when its chunk
 * has arrived, and React then holds the revealed content back for up to 300 ms (its Suspense
 * reveal throttle) — that was most of a first visit's wait.
 */
export function InsightsRoute({ workspace }: { workspace: Workspace }) {
  const [module, setModule] = useState(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (module) return;
    let live = true;
    loadInsights().then(
      (m) => live && setModule(m),
      () => {
        // A failed chunk load is not kept: the next visit asks again.
        loading = null;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [module]);
  if (module) return <module.InsightsView workspace={workspace} />;
  if (failed)
    return (
      <p role="alert" className="error pad">
        Insights couldn't be opened. Reload the page to try again.
      </p>
    );
  return <p className="muted pad">Loading insights…</p>;
}
