import { useCallback, useEffect, useState } from 'react';
import type { ComposedDraft } from '../../../shared/contract';
import { call, userMessage } from '../contract';
import { afterQueuedDraftSaves } from './draft-save-queue';

export type ComposedState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; draft: ComposedDraft; userName: string };

/**
 * The follow-up's draft from the main process (the user's saved edits when there are any), and
 * the "Your name" setting, so the composer can say where to set it when drafts go unsigned.
 * (`?? ''`: settings restored from history written before the setting existed may lack it.)
 */
export function useComposedDraft(followUpId: string): { state: ComposedState; retry: () => void } {
  const [state, setState] = useState<ComposedState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    afterQueuedDraftSaves()
      .then(() => Promise.all([call('followUps.compose', { id: followUpId }), call('settings.get', {})]))
      .then(([draft, settings]) => live && setState({ status: 'ready', draft, userName: (settings.userName ?? '').trim() }))
      .catch((error: unknown) => live && setState({ status: 'error', message: userMessage(error) }));
    return () => {
      live = false;
    };
  }, [followUpId, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
