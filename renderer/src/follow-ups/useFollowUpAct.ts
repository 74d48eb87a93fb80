import { useCallback, useState } from 'react';
import type { FollowUpAction } from '../../../shared/contract';
import type { FollowUp } from '../../../shared/domain';
import { call, userMessage } from '../contract';
import { useToasts } from '../ui/toasts';
import { followUpTitle } from './follow-up-labels';

function doneMessage(f: FollowUp, act: FollowUpAction): string {
  const title = followUpTitle(f);
  switch (act.action) {
    case 'markSent':
      return `Marked “${title}” as sent.`;
    case 'snooze':
      return `Snoozed “${title}”.`;
    case 'heardBack':
      return 'Recorded that you heard back — check-ins for this interview stop.';
    case 'skip':
      return `Skipped “${title}”.`;
    case 'reopen':
      return `Reopened “${title}”.`;
  }
}

/** Runs one of the five reminder actions, with a toast that offers Undo. */
export function useFollowUpAct(): { act: (f: FollowUp, action: FollowUpAction) => Promise<boolean>; busy: boolean } {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const act = useCallback(
    async (f: FollowUp, action: FollowUpAction) => {
      setBusy(true);
      try {
        await call('followUps.act', { id: f.id, act: action });
        toasts.show({
          tone: 'success',
          message: doneMessage(f, action),
          action: { label: 'Undo', run: () => void call('history.undo', {}).catch((e: unknown) => toasts.show({ tone: 'error', message: userMessage(e) })) },
        });
        return true;
      } catch (error) {
        toasts.show({ tone: 'error', message: userMessage(error) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [toasts],
  );
  return { act, busy };
}
