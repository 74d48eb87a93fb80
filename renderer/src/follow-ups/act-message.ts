import type { FollowUpAction, FollowUpActResult } from '../../../shared/contract';
import type { FollowUp } from '../../../shared/domain';
import { followUpTitle } from './follow-up-labels';
import { formatInstant } from './format-time';

/**
 * The toast after an action: what happened to the follow-up it named, then every other follow-up
 * the action changed (its cascade, shared/followup/LIFECYCLE.md), by what happened to them.
 */

function namedMessage(before: FollowUp, after: FollowUp, act: FollowUpAction, zone: string): string {
  const title = followUpTitle(before);
  switch (act.action) {
    case 'markSent':
      return `Marked “${title}” as sent.`;
    case 'snooze': {
      const until = after.snoozedUntil ? ` until ${formatInstant(after.snoozedUntil, zone)}` : '';
      const early = act.preset === 'until' && act.beforePromise ? ' That is before the promised date.' : '';
      return `Snoozed “${title}”${until}.${early}`;
    }
    case 'heardBack':
      return `Recorded that you heard back; “${title}” is cancelled.`;
    case 'skip':
      return `Skipped “${title}”.`;
    case 'reopen':
      return `Reopened “${title}”.`;
  }
}

function cascadeGroup(after: FollowUp): string {
  if (after.status === 'skipped') return 'Also skipped';
  if (after.status === 'cancelled') return 'Also cancelled';
  if (after.status === 'done') return 'Also done';
  return 'Also re-planned';
}

export function actMessage(args: { before: FollowUp; act: FollowUpAction; result: FollowUpActResult; zone: string }): string {
  const { before, act, result, zone } = args;
  const groups = new Map<string, string[]>();
  for (const f of result.cascade) {
    const group = cascadeGroup(f);
    const when = group === 'Also re-planned' ? ` (due ${formatInstant(f.dueAt, zone)})` : '';
    groups.set(group, [...(groups.get(group) ?? []), `“${followUpTitle(f)}”${when}`]);
  }
  const rest = [...groups].map(([group, titles]) => `${group}: ${titles.join(', ')}.`);
  return [namedMessage(before, result.followUp, act, zone), ...rest].join(' ');
}
