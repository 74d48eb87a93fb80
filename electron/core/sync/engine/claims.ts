import type { Reminder } from '../../../../shared/contract/events';
import type { DeliveryClaim } from '../sync-port';
import type { CoreSyncEngine } from './sync-engine';

/**
 * Each reminder once across computers: before its OS notification, this computer claims the
 * occurrence on the server (`delivery:<followUpId>:<occurrence>`, created once: a second create is
 * a 409).
 *
 * | claim     | this computer                                                                  |
 * |-----------|--------------------------------------------------------------------------------|
 * | accepted  | shows the notification (the delivery is recorded in the store either way)      |
 * | refused   | another computer showed it: recorded silently, listed in the app, no notification |
 * | offline   | only the reminder computer shows it; the others show the badge and the in-app list |
 * | sync off  | shows it (a single computer)                                                    |
 */
export async function remindersToShow(sync: CoreSyncEngine, reminders: readonly Reminder[]): Promise<Reminder[]> {
  if (sync.status().state === 'off') return [...reminders];
  const claims = await Promise.all(reminders.map((r) => sync.claimDelivery(r.followUpId, r.occurrence)));
  return reminders.filter((_, i) => mayShow(sync, claims[i]!));
}

/** The weekly work-search reminder's claim: one per reviewed week (`delivery:worklog:<weekStart>`). */
export const WEEKLY_REMINDER_CLAIM = 'worklog';

/**
 * The weekly work-search reminder, once across computers by the same rule: its toast and its
 * notification show where the claim for that week is accepted (or, offline, on the reminder
 * computer); elsewhere the week simply counts as reminded.
 */
export async function weeklyReminderIsMine(sync: CoreSyncEngine, weekStart: string): Promise<boolean> {
  if (sync.status().state === 'off') return true;
  return mayShow(sync, await sync.claimDelivery(WEEKLY_REMINDER_CLAIM, weekStart));
}

function mayShow(sync: CoreSyncEngine, claim: DeliveryClaim): boolean {
  return claim === 'accepted' || (claim === 'offline' && sync.reminderComputer);
}

/** Claims still waiting for the server, so the core's `settled()` and `close()` wait for them. */
export class ClaimsInFlight {
  private readonly running = new Set<Promise<void>>();

  add(claim: Promise<void>): void {
    const tracked = claim.catch(() => undefined).finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
