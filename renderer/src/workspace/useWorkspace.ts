import { useCallback, useEffect, useRef, useState } from 'react';
import { applyWorkspacePatch, type Workspace } from '../../../shared/contract';
import { call, subscribe, userMessage } from '../contract';

export type WorkspaceState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; workspace: Workspace };

/**
 * The active workspace, kept current by the patches that come with each `data.changed`: one
 * change costs the size of the change. It is fetched whole only at start and when a patch does
 * not follow the revision held (a missed event, an import); answers older than what is held are
 * ignored, so a slow refetch never rolls the board back.
 */
export function useWorkspace(): { state: WorkspaceState; reload: () => Promise<void> } {
  const [state, setState] = useState<WorkspaceState>({ status: 'loading' });
  const held = useRef<Workspace | null>(null);
  const hold = useCallback((workspace: Workspace) => {
    held.current = workspace;
    setState({ status: 'ready', workspace });
  }, []);
  const reload = useCallback(async () => {
    try {
      const workspace = await call('workspace.get', {});
      if (held.current === null || workspace.revision >= held.current.revision) hold(workspace);
    } catch (error) {
      if (held.current === null) setState({ status: 'error', message: userMessage(error) });
    }
  }, [hold]);
  useEffect(() => {
    void reload();
    return subscribe('data.changed', (change) => {
      const current = held.current;
      if (current !== null && change.revision <= current.revision) return;
      const patched = current === null ? null : applyWorkspacePatch(current, change);
      if (patched !== null) hold(patched);
      else void reload();
    });
  }, [reload, hold]);
  return { state, reload };
}
