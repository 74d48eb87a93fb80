import { useCallback, useEffect, useState } from 'react';
import type { SyncView } from '../../../shared/contract';
import { call, subscribe } from '../contract';

/** Sync's connection and status, asked once and then kept current by the `sync.status` event. */
export function useSyncView(): { view: SyncView | null; setView: (view: SyncView) => void; reload: () => Promise<void> } {
  const [view, setView] = useState<SyncView | null>(null);
  const reload = useCallback(async () => {
    try {
      setView(await call('sync.status', {}));
    } catch {
      // The status line stays as it was; Settings → Sync shows a failing call's reason itself.
    }
  }, []);
  useEffect(() => {
    void reload();
    return subscribe('sync.status', setView);
  }, [reload]);
  return { view, setView, reload };
}
