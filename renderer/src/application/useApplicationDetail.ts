import { useCallback, useEffect, useState } from 'react';
import type { ApplicationDetail } from '../../../shared/contract';
import { call, ContractCallError, subscribe, userMessage } from '../contract';

export type DetailState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; detail: ApplicationDetail };

/** One application with its interviews and follow-ups (archived ones too), kept fresh. */
export function useApplicationDetail(id: string): { state: DetailState; reload: () => Promise<void> } {
  const [state, setState] = useState<DetailState>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      setState({ status: 'ready', detail: await call('applications.get', { id }) });
    } catch (error) {
      // A link whose id could never name an application (a mangled notification or bookmark) is as
      // missing as a deleted one; the schema's wording would mean nothing to the user.
      const noSuchId = error instanceof ContractCallError && (error.error.code === 'not_found' || (error.error.code === 'invalid_request' && error.error.issues.some((i) => i.path === 'id')));
      if (noSuchId) setState({ status: 'missing' });
      else setState({ status: 'error', message: userMessage(error) });
    }
  }, [id]);
  useEffect(() => {
    setState({ status: 'loading' });
    void reload();
    return subscribe('data.changed', () => void reload());
  }, [reload]);
  return { state, reload };
}
