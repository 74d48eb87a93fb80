import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataChanged, HistoryQuery } from '../../../shared/contract';
import type { HistoryEvent } from '../../../shared/domain';
import { call, subscribe, userMessage } from '../contract';

export type HistoryQueryWithoutPaging = Omit<HistoryQuery, 'limit' | 'beforeSeq'>;

export interface HistoryList {
  events: HistoryEvent[];
  status: 'loading' | 'ready' | 'error' | 'more';
  error: string | null;
  hasMore: boolean;
  loadMore(): void;
  retry(): void;
}

/**
 * A history timeline, newest first, a page at a time — the one paging rule for every timeline.
 * The first page is asked again when a relevant change arrives; an answer to an older question
 * (a filter since changed, a refresh overtaken by another) is dropped.
 */
export function useHistoryList(query: HistoryQueryWithoutPaging, pageSize: number, staleAfter?: (change: DataChanged) => boolean): HistoryList {
  const [events, setEvents] = useState<HistoryEvent[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [status, setStatus] = useState<HistoryList['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(0);
  const key = JSON.stringify(query);
  const relevant = useRef(staleAfter);
  relevant.current = staleAfter;

  const load = useCallback(
    async (beforeSeq: number | null) => {
      const mine = ++asked.current;
      setStatus(beforeSeq === null ? 'loading' : 'more');
      setError(null);
      try {
        const page = await call('history.list', { ...(JSON.parse(key) as HistoryQueryWithoutPaging), limit: pageSize, ...(beforeSeq !== null ? { beforeSeq } : {}) });
        if (mine !== asked.current) return;
        setEvents((list) => (beforeSeq === null ? page.events : [...list, ...page.events.filter((e) => !list.some((x) => x.seq === e.seq))]));
        setNext(page.nextBeforeSeq);
        setStatus('ready');
      } catch (failure) {
        if (mine !== asked.current) return;
        setError(userMessage(failure));
        setStatus('error');
      }
    },
    [key, pageSize],
  );

  useEffect(() => {
    void load(null);
    return subscribe('data.changed', (change) => {
      if (relevant.current === undefined || relevant.current(change)) void load(null);
    });
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
