import { useMemo } from 'react';
import type { InsightsResponse } from '../../../shared/contract/methods/data';
import { MS_PER_DAY } from '../../../shared/followup';
import { useContractQuery } from '../contract/useContractQuery';

export type Period = 'all' | '30' | '90' | '365';

export type InsightsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; insights: InsightsResponse };

function fromFor(period: Period, now: number): string | undefined {
  return period === 'all' ? undefined : new Date(now - Number(period) * MS_PER_DAY).toISOString();
}

/** `insights.get` for applications created in the period; refetched when the data changes. */
export function useInsights(period: Period): { state: InsightsState; retry: () => void } {
  // The period's start is fixed when the period is chosen, so a refetch asks the same question.
  const request = useMemo(() => {
    const from = fromFor(period, Date.now());
    return from ? { from } : {};
  }, [period]);
  const { state, reload } = useContractQuery('insights.get', request);
  const insightsState: InsightsState = state.status === 'ready' ? { status: 'ready', insights: state.data } : state.status === 'error' ? { status: 'error', message: state.message } : state;
  return { state: insightsState, retry: () => void reload() };
}
