/**
 * The follow-up engine: pure policy (what to remind, when), recurrence, quiet hours, snooze and
 * the due-reminder arithmetic the scheduler runs on. No I/O; the clock comes in as `now`.
 */
export { planInterviewFollowUps, PLAN_REASONS, type PlanContext } from './plan-interview-follow-ups';
export { applyFollowUpAction, cancelFollowUps, currentDueMs, HEARD_BACK_REASON } from './follow-up-actions';
export { nextOccurrence, nextOccurrenceMs, currentOccurrenceMs, wasDelivered, isOpen, recurrenceOf } from './occurrences';
export { validateRecurrence, compileRecurrence, occurrenceAtOrAfter, occurrenceAtOrBefore, advanceRecurrence, type Recurrence } from './recurrence';
export { RecurrenceError, parseRule, type RecurrenceErrorCode, type ParsedRule } from './recurrence-rule';
export { proposeGhosted, type GhostedProposal } from './ghosting';
export { isQuietAt, quietHoursEndAfter, type QuietHours } from './quiet-hours';
export { snoozeUntil, SNOOZED_BEFORE_PROMISE, snoozePresetsFor, presetTimeMs, defaultPickTimeMs, SNOOZE_PRESETS, SNOOZE_TOMORROW_TIME, type SnoozePreset, type SnoozePresetName, type SnoozeSituation } from './snooze';
export { wasSent, SENT_REASON } from './sent';
export { promiseDateProblem, interviewDay } from './promise';
export { isBusinessDay, businessDayOnOrAfter, addBusinessDays, type WorkCalendar } from './business-days';
export { interviewEndMs, hearBackPromptDueMs, thankYouDueMs, firstCheckInDate, checkInFloorMs, checkInDueMs, isEnteredLate, followUpHappenedAtMs } from './cadence-dates';
export { checkInBySentDateFromMs, nextCheckInBySentDateFromMs, CHECK_IN_GAP_BUSINESS_DAYS } from './sent-timing';
export * from './zoned-time';
export { scanFollowUps, upcomingOccurrences, type DueReminder, type FollowUpScan, type OccurrenceKey } from './due-reminders';
export { waitingFollowUps, NO_HOLDS } from './check-in-order';
export { urgencyOf, urgencies, needsAttention, attentionCount, type Urgency, type UrgencyState } from './urgency';
export * from './new-follow-up';
