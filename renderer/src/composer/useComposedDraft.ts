import { useCallback, useEffect, useState } from 'react';
import type { ComposedDraft } from '../../../shared/contract';
import { call, userMessage } from '../contract';

export type ComposedState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; draft: ComposedDraft };

/** The follow-up's draft from the main process (the user's saved edits when there are any). */
export function useComposedDraft(followUpId: string): { state: ComposedState; retry: () => void } {
  const [state, setState] = useState<ComposedState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    call('followUps.compose', { id: followUpId })
      .then((draft) => live && setState({ status: 'ready', draft }))
      .catch((error: unknown) => live && setState({ status: 'error', message: userMessage(error) }));
    return () => {
      live = false;
    };
  }, [followUpId, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
