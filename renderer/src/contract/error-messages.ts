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

/**
 * A sentence for the user. The core writes `message` for the user (field problems in plain words,
 * conflicts, read-only reasons), except a missing record's, which names ids: that one gets the
 * code's sentence. Anything that is not a contract failure (a bug in the page) is never shown raw.
 */
export function userMessage(error: unknown): string {
  if (error instanceof ContractCallError) {
    if (error.error.code === 'not_found' || error.error.code === 'unknown_method' || error.error.message === '') return SENTENCES[error.error.code];
    return error.error.message;
  }
  return 'Something went wrong in this window. Reload it; your data is safe.';
}
