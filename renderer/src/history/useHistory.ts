import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryEvent } from '../../../shared/domain';
import { call, subscribe, userMessage } from '../contract';
import { queryOf, type HistoryFilter } from './historyFilter';

const PAGE = 50;

export interface HistoryPage {
  events: HistoryEvent[];
  status: 'loading' | 'ready' | 'error' | 'more';
  error: string | null;
  hasMore: boolean;
  loadMore(): void;
  retry(): void;
}

/** The global timeline, newest first, for one filter; refreshed when the data changes. */
export function useHistory(filter: HistoryFilter): HistoryPage {
  const [events, setEvents] = useState<HistoryEvent[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [status, setStatus] = useState<HistoryPage['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const query = JSON.stringify(queryOf(filter));

  const load = useCallback(
    async (beforeSeq: number | null) => {
      const mine = ++generation.current;
      setStatus(beforeSeq === null ? 'loading' : 'more');
      setError(null);
      try {
        const page = await call('history.list', { ...(JSON.parse(query) as ReturnType<typeof queryOf>), limit: PAGE, ...(beforeSeq ? { beforeSeq } : {}) });
        if (mine !== generation.current) return;
        setEvents((list) => (beforeSeq === null ? page.events : [...list, ...page.events]));
        setNext(page.nextBeforeSeq);
        setStatus('ready');
      } catch (failure) {
        if (mine !== generation.current) return;
        setError(userMessage(failure));
        setStatus('error');
      }
    },
    [query],
  );

  useEffect(() => {
    void load(null);
    return subscribe('data.changed', () => void load(null));
  }, [load]);

  return {
    events,
    status,
    error,
    hasMore: next !== null,
    loadMore: () => void load(next),
    retry: () => void load(null),
  };
}
