import type { Interview } from '../../../shared/domain';
import { interviewEndMs } from '../../../shared/followup';

export interface MissingAfterInterview {
  promise: boolean;
  detail: boolean;
}

/**
 * What the user should still record about an interview that has ended: the hear-back promise
 * (rule 1) and the memorable detail (rule 2). Nothing once the company has answered.
 */
export function missingAfterInterview(interview: Interview, nowMs: number): MissingAfterInterview {
  if (interviewEndMs(interview) > nowMs || interview.heardBackAt !== null) return { promise: false, detail: false };
  return { promise: interview.hearBack.status === 'unknown', detail: interview.memorableDetail.trim() === '' };
}

export function missingText(missing: MissingAfterInterview): string | null {
  if (missing.promise && missing.detail) return 'Record when and how you’ll hear back, and one memorable detail for your thank-you note.';
  if (missing.promise) return 'Record when and how you’ll hear back — if you didn’t ask, ask now by email.';
  if (missing.detail) return 'Add one memorable detail from the conversation — your thank-you note mentions it.';
  return null;
}
