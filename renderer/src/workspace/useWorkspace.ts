import { useCallback, useEffect, useState } from 'react';
import type { Workspace } from '../../../shared/contract';
import { call, subscribe, userMessage } from '../contract';

export type WorkspaceState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; workspace: Workspace };

/** The active workspace, refetched whenever the main process says the data changed. */
export function useWorkspace(): { state: WorkspaceState; reload: () => Promise<void> } {
  const [state, setState] = useState<WorkspaceState>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      const workspace = await call('workspace.get', {});
      setState({ status: 'ready', workspace });
    } catch (error) {
      setState({ status: 'error', message: userMessage(error) });
    }
  }, []);
  useEffect(() => {
    void reload();
    return subscribe('data.changed', () => void reload());
  }, [reload]);
  return { state, reload };
}
