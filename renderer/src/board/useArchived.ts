import { useCallback, useEffect, useState } from 'react';
import type { Application } from '../../../shared/domain';
import { call, userMessage } from '../contract';

export type ArchivedState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; items: Application[]; total: number };

/** Archived applications matching `query` (first page), refetched when the workspace changes. */
export function useArchived(query: string, revision: number): { state: ArchivedState; reload: () => void } {
  const [state, setState] = useState<ArchivedState>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    call('applications.listArchived', { query: query.trim(), limit: 100 })
      .then((page) => live && setState({ status: 'ready', items: page.items, total: page.total }))
      .catch((failure: unknown) => live && setState({ status: 'error', message: userMessage(failure) }));
    return () => {
      live = false;
    };
  }, [query, revision, tick]);
  return { state, reload: useCallback(() => setTick((t) => t + 1), []) };
}
