import { useEffect, useMemo } from 'react';
import type { MailStatus } from '../../../shared/contract';
import { subscribe } from '../contract';
import { useContractQuery } from '../contract/useContractQuery';

const NO_HOLDS: ReadonlySet<string> = new Set();

/**
 * The mail accounts, the replies awaiting "Heard back?" and the applications they hold, kept
 * fresh: asked again when the core says mail changed (a check, an answer) or the data did.
 */
export function useMailStatus(): { status: MailStatus | null; held: ReadonlySet<string>; error: string | null; reload: () => Promise<void> } {
  const { state, reload } = useContractQuery('mail.status', {});
  useEffect(() => subscribe('mail.changed', () => void reload()), [reload]);
  const status = state.status === 'ready' ? state.data : null;
  const held = useMemo(() => (status && status.heldApplicationIds.length > 0 ? new Set(status.heldApplicationIds) : NO_HOLDS), [status]);
  return { status, held, error: state.status === 'error' ? state.message : null, reload };
}
