import { useCallback, useEffect, useState } from 'react';
import type { InsightsResponse } from '../../../shared/contract/methods/data';
import { call, subscribe, userMessage } from '../contract';

export type Period = 'all' | '30' | '90' | '365';

export type InsightsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; insights: InsightsResponse };

function fromFor(period: Period, now: number): string | undefined {
  return period === 'all' ? undefined : new Date(now - Number(period) * 86_400_000).toISOString();
}

/** `insights.get` for applications created in the period; refetched when the data changes. */
export function useInsights(period: Period): { state: InsightsState; retry: () => void } {
  const [state, setState] = useState<InsightsState>({ status: 'loading' });
  const load = useCallback(async () => {
    try {
      const from = fromFor(period, Date.now());
      const insights = await call('insights.get', from ? { from } : {});
      setState({ status: 'ready', insights });
    } catch (error) {
      setState({ status: 'error', message: userMessage(error) });
    }
  }, [period]);
  useEffect(() => {
    void load();
    return subscribe('data.changed', () => void load());
  }, [load]);
  return { state, retry: () => void load() };
}
