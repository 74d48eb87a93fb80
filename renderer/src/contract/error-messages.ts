import type { ContractErrorCode } from '../../../shared/contract';
import { ContractCallError } from './call-error';

const SENTENCES: Record<ContractErrorCode, string> = {
  invalid_request: 'Some of the values are not valid.',
  unknown_method: 'This version of Hearback cannot do that.',
  not_found: 'That item no longer exists — it may have been deleted in another window.',
  conflict: 'That change conflicts with the current data.',
  read_only: 'Your data is open read-only, so nothing can be changed.',
  forbidden: 'This window is not allowed to change your data.',
  unavailable: 'That is not available right now.',
  internal: 'Something went wrong and nothing was changed.',
};

/** A sentence for the user: the specific message when there is one, else the code's sentence. */
export function userMessage(error: unknown): string {
  if (error instanceof ContractCallError) return error.error.message || SENTENCES[error.error.code];
  return error instanceof Error ? error.message : 'Something went wrong.';
}
