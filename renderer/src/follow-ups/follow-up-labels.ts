import type { FollowUp, FollowUpKind } from '../../../shared/domain';

export const KIND_LABEL: Record<FollowUpKind, string> = {
  'thank-you': 'Thank-you note',
  'check-in': 'Check-in',
  'hear-back-prompt': 'Ask when you’ll hear back',
  custom: 'Reminder',
};

export const STATUS_LABEL: Record<FollowUp['status'], string> = {
  pending: 'To do',
  snoozed: 'Snoozed',
  done: 'Done',
  skipped: 'Skipped',
  cancelled: 'Cancelled',
};

/** The title to show: the follow-up's own, else its kind ("Check-in 2"). */
export function followUpTitle(f: FollowUp): string {
  if (f.title.trim() !== '') return f.title;
  return f.kind === 'check-in' && f.sequence > 0 ? `${KIND_LABEL[f.kind]} ${f.sequence}` : KIND_LABEL[f.kind];
}

/** When the follow-up next asks for attention: the snooze end when snoozed, else its due time. */
export function attentionAt(f: FollowUp): string {
  return f.status === 'snoozed' && f.snoozedUntil !== null ? f.snoozedUntil : f.dueAt;
}
