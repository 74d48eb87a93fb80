import { useCallback, useEffect, useState } from 'react';
import type { HistoryEvent } from '../../../shared/domain';
import { call, subscribe, userMessage } from '../contract';

const PAGE = 20;

/** The application's history, newest first, a page at a time; the first page follows changes. */
export function useHistoryPages(applicationId: string) {
  const [events, setEvents] = useState<HistoryEvent[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const first = useCallback(async () => {
    try {
      const page = await call('history.list', { applicationId, limit: PAGE });
      setEvents(page.events);
      setNext(page.nextBeforeSeq);
      setError(null);
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setLoading(false);
    }
  }, [applicationId]);

  useEffect(() => {
    void first();
    return subscribe('data.changed', () => void first());
  }, [first]);

  const more = async () => {
    if (next === null) return;
    setLoading(true);
    try {
      const page = await call('history.list', { applicationId, limit: PAGE, beforeSeq: next });
      setEvents((list) => [...list, ...page.events.filter((e) => !list.some((x) => x.seq === e.seq))]);
      setNext(page.nextBeforeSeq);
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setLoading(false);
    }
  };

  return { events, hasMore: next !== null, error, loading, more };
}
