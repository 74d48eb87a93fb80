import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataChanged, MethodName, RequestOf, ResponseOf } from '../../../shared/contract';
import { ContractCallError } from './call-error';
import { userMessage } from './error-messages';
import { call, subscribe } from './index';

export type QueryState<T> = { status: 'loading' } | { status: 'error'; message: string; error: ContractCallError | null } | { status: 'ready'; data: T };

export interface QueryOptions {
  /** Whether a change makes the answer stale (default: every change does). */
  staleAfter?: (change: DataChanged) => boolean;
}

/**
 * One contract read, kept fresh: asks `method` with `request`, asks again when a relevant
 * `data.changed` arrives, and ignores answers that come back after a newer question was asked
 * (so a slow answer never overwrites a fresh one). The previous answer stays on screen while the
 * next is on its way. `request` null means "nothing to ask yet".
 */
export function useContractQuery<M extends MethodName>(method: M, request: RequestOf<M> | null, options: QueryOptions = {}): { state: QueryState<ResponseOf<M>>; reload: () => Promise<void> } {
  const [state, setState] = useState<QueryState<ResponseOf<M>>>({ status: 'loading' });
  // The request by value, so callers may pass a fresh object on every render.
  const key = request === null ? null : JSON.stringify(request);
  const asked = useRef(0);
  const staleAfter = useRef(options.staleAfter);
  staleAfter.current = options.staleAfter;

  const reload = useCallback(async () => {
    if (key === null) return;
    const mine = ++asked.current;
    try {
      const data = await call(method, JSON.parse(key) as RequestOf<M>);
      if (mine === asked.current) setState({ status: 'ready', data });
    } catch (failure) {
      if (mine === asked.current) setState({ status: 'error', message: userMessage(failure), error: failure instanceof ContractCallError ? failure : null });
    }
  }, [method, key]);

  useEffect(() => {
    setState({ status: 'loading' });
    void reload();
    return subscribe('data.changed', (change) => {
      if (staleAfter.current === undefined || staleAfter.current(change)) void reload();
    });
  }, [reload]);

  return { state, reload };
}
