import type { Reminder } from '../../../shared/contract/events';
import type { FollowUp, Settings } from '../../../shared/domain';

export type DeliveryVia = 'notification' | 'digest' | 'in-app';

export interface DeliveryRecord {
  followUpId: string;
  /** ISO instant of the occurrence delivered. */
  occurrence: string;
  via: DeliveryVia;
}

export type RecomputeReason = 'start' | 'resume' | 'data-changed' | 'clock-jump' | 'timezone-change' | 'quiet-hours-end' | 'tick';

/** What a host may tell the scheduler happened (the OS woke up, the zone or the clock changed). */
export type SchedulerHint = Extract<RecomputeReason, 'resume' | 'timezone-change' | 'clock-jump'>;

/** Everything the scheduler touches, given to it (so it runs and is tested under plain Node). */
export interface SchedulerPorts {
  /**
   * The minute timer fired this much later than armed (beyond the jump tolerance): the computer
   * slept. The core treats it as a resume, so a host without an OS resume event (browser mode)
   * refreshes what the desktop app refreshes on one.
   */
  onWoke?: (lateByMs: number) => void;
  clock: {
    /** Wall clock, epoch ms. */
    now(): number;
    setTimeout(fn: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
  };
  source: {
    /**
     * Current pending/snoozed follow-ups, settings and the user's zone; `heldApplications`:
     * applications whose check-ins a mail reply holds (urgency.ts).
     */
    snapshot(): { followUps: readonly FollowUp[]; settings: Settings; zone: string; heldApplications?: ReadonlySet<string> };
    /** Durably record deliveries BEFORE they are shown (resolves when on disk). */
    recordDeliveries(deliveries: DeliveryRecord[]): Promise<void>;
  };
  notifier: { show(reminders: Reminder[], digest: boolean): void };
  /** Other timed notices looked at on every check (at least once a minute), after the reminders: the weekly work-search reminder. */
  onCheck?: (nowMs: number) => Promise<void> | void;
}

export interface Scheduler {
  start(): void;
  stop(): void;
  /** Look at the clock and the data again; serialized, so repeated calls are harmless. */
  recompute(reason: RecomputeReason): Promise<void>;
  /** Timers currently armed: 0 or 1. */
  armedTimers(): number;
  /** Resolves once every recompute asked for so far has finished (tests wait on it, not on time). */
  idle(): Promise<void>;
}
