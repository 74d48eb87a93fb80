import { changeTouchesApplication, type ApplicationDetail } from '../../../shared/contract';
import { useContractQuery } from '../contract/useContractQuery';

export type DetailState = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; detail: ApplicationDetail };

/** One application with its interviews and follow-ups (archived ones too), kept fresh. */
export function useApplicationDetail(id: string): { state: DetailState; reload: () => Promise<void> } {
  const { state, reload } = useContractQuery('applications.get', { id }, { staleAfter: (change) => changeTouchesApplication(change, id) });
  if (state.status === 'ready') return { state: { status: 'ready', detail: state.data }, reload };
  if (state.status === 'loading') return { state, reload };
  // A link whose id could never name an application (a mangled notification or bookmark) is as
  // missing as a deleted one; the schema's wording would mean nothing to the user.
  const code = state.error?.error.code;
  const noSuchId = code === 'not_found' || (code === 'invalid_request' && (state.error?.error.issues ?? []).some((i) => i.path === 'id'));
  return { state: noSuchId ? { status: 'missing' } : { status: 'error', message: state.message }, reload };
}
