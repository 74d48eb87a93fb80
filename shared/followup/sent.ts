import type { FollowUp } from '../domain';

/** The reason a follow-up carries once the user marked it sent. */
export const SENT_REASON = 'Marked sent';

/**
 * Rule 4 of the lifecycle: a follow-up was sent only when the user marked it sent (or the app saw it
 * sent). Heard back, skipped, cancelled and "promise recorded" never count. Records written before
 * the reason existed carry an empty reason with status `done`.
 */
export function wasSent(followUp: Pick<FollowUp, 'status' | 'statusReason'>): boolean {
  return followUp.status === 'done' && (followUp.statusReason === SENT_REASON || followUp.statusReason === '');
}
