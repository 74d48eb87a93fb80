import type { Application } from '../../../shared/domain';
import { useContractQuery } from '../contract/useContractQuery';

export type ArchivedState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; items: Application[]; total: number };

/**
 * Archived applications matching `query` (first page), refetched when an application changes
 * (archiving and restoring are application changes).
 */
export function useArchived(query: string): { state: ArchivedState; reload: () => void } {
  const { state, reload } = useContractQuery(
    'applications.listArchived',
    { query: query.trim(), limit: 100 },
    { staleAfter: (change) => change.patch === null || change.patch.upsert.applications.length > 0 || change.patch.remove.applications.length > 0 },
  );
  const archived: ArchivedState = state.status === 'ready' ? { status: 'ready', items: state.data.items, total: state.data.total } : state.status === 'error' ? { status: 'error', message: state.message } : state;
  return { state: archived, reload: () => void reload() };
}
