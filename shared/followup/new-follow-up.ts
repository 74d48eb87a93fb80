import type { FollowUp } from '../domain';

/** What the caller decides about a new follow-up; everything else starts the same for every one. */
export type NewFollowUpFields = Pick<FollowUp, 'id' | 'applicationId' | 'interviewId' | 'kind' | 'title' | 'dueAt' | 'timeZone' | 'channel' | 'origin'> & Partial<Pick<FollowUp, 'recurrence' | 'sequence'>>;

/**
 * A new follow-up, the user's or the planner's. Rules:
 *
 * | field                        | a new follow-up starts                     |
 * |------------------------------|--------------------------------------------|
 * | status, statusReason         | `pending`, no reason                       |
 * | snoozedUntil, draft          | none                                       |
 * | deliveries                   | none yet                                   |
 * | recurrence, sequence         | as given, else one-off (`null`) and `0`    |
 * | createdAt, updatedAt         | both `now`                                 |
 */
export function newFollowUp(fields: NewFollowUpFields, now: string): FollowUp {
  return {
    ...fields,
    recurrence: fields.recurrence ?? null,
    sequence: fields.sequence ?? 0,
    status: 'pending',
    statusReason: '',
    snoozedUntil: null,
    draft: null,
    deliveries: [],
    createdAt: now,
    updatedAt: now,
  };
}
