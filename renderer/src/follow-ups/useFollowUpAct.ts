import { useCallback, useState } from 'react';
import type { ContractIssue, FollowUpAction } from '../../../shared/contract';
import type { FollowUp } from '../../../shared/domain';
import { callUndoable, ContractCallError, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { actMessage } from './act-message';

/** What an action came to: done, or refused with the issue the caller asked to handle itself. */
export type ActOutcome = { ok: true } | { ok: false; issue?: ContractIssue };

export interface ActOptions {
  /** Issue paths the caller explains itself instead of a toast. */
  handles?: readonly string[];
}

/**
 * Runs one of the five reminder actions, with a toast that names everything it changed and offers
 * Undo. An error whose issue path is in `handles` is returned, not toasted (e.g. `act.beforePromise`).
 */
/** `zone` is the app's (the workspace's effective zone), never the browser's: both hosts show one zone. */
export function useFollowUpAct(zone: string): {
  /** Runs the action; true when it was done. */
  act: (f: FollowUp, action: FollowUpAction, options?: ActOptions) => Promise<boolean>;
  /** Runs the action; a refusal whose issue is in `options.handles` comes back instead of a toast. */
  attempt: (f: FollowUp, action: FollowUpAction, options?: ActOptions) => Promise<ActOutcome>;
  busy: boolean;
} {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const attempt = useCallback(
    async (f: FollowUp, action: FollowUpAction, options: ActOptions = {}): Promise<ActOutcome> => {
      setBusy(true);
      try {
        const { value: result, undo } = await callUndoable('followUps.act', { id: f.id, act: action });
        // The toast's Undo reverses exactly this action (and its cascade), or says why it no longer can.
        toasts.show({ tone: 'success', message: actMessage({ before: f, act: action, result, zone }), undo });
        return { ok: true };
      } catch (error) {
        const issue = error instanceof ContractCallError ? error.error.issues.find((i) => options.handles?.includes(i.path)) : undefined;
        if (issue) return { ok: false, issue };
        toasts.show({ tone: 'error', message: userMessage(error) });
        return { ok: false };
      } finally {
        setBusy(false);
      }
    },
    [toasts, zone],
  );
  const act = useCallback(async (f: FollowUp, action: FollowUpAction, options?: ActOptions) => (await attempt(f, action, options)).ok, [attempt]);
  return { act, attempt, busy };
}
