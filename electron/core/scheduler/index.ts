export { createScheduler, MAX_TIMER_MS, CLOCK_JUMP_TOLERANCE_MS, DIGEST_THRESHOLD } from './create-scheduler';
export type { SchedulerPorts, Scheduler, RecomputeReason, DeliveryRecord, DeliveryVia } from './ports';
export { toReminder } from './reminder-text';
