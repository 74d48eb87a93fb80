import type { Reminder } from '../../../../shared/contract/events';
import type { DeliveryClaim } from '../sync-port';
import type { CoreSyncEngine } from './sync-engine';

/**
 * Each reminder once across computers: before its OS notification, a computer claims the
 * occurrence on the server (`delivery:<followUpId>:<occurrence>`, created once: a second create is
 * a 409). One computer is the reminder computer (reminder-role.ts): while it reaches the server it
 * claims ahead every occurrence due in the next {@link CLAIM_AHEAD_MS} (`claimAhead`), so that when
 * it is later cut off it shows only what it holds, and an online computer's claim for those is refused.
 *
 * | claim (claimDelivery)                          | this computer                                                   |
 * |------------------------------------------------|-----------------------------------------------------------------|
 * | accepted: created now, or held by this computer (ahead) | shows the notification (the delivery is recorded either way) |
 * | refused: another computer holds it             | recorded silently, listed in the app, no notification            |
 * | offline, no claim known here                   | the reminder computer shows it; the others badge and list it     |
 * | sync off                                       | shows it (a single computer)                                     |
 *
 * What remains possible, and why it is rare: the reminder computer, cut off for longer than the
 * claim-ahead span (or for the seconds between a follow-up arriving and its claim going out),
 * shows an unclaimed occurrence that an online computer claimed meanwhile. Two computers both
 * holding the role is not possible once they have synced: the role is one document.
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

/** How far ahead the reminder computer claims: a week of being cut off without a double notification. */
export const CLAIM_AHEAD_MS = 7 * 24 * 60 * 60 * 1000;
/** Looked at again at least this often while nothing changes (a recurring series moves on). */
const CLAIM_AHEAD_EVERY_MS = 60 * 60 * 1000;

/**
 * The reminder computer's claims ahead: asked after every data change, whenever sync becomes
 * synced, and by the scheduler's checks; runs one at a time, skips when nothing changed since the
 * last successful pass (the store's revision, the hour), and tries again on the next ask after a failure.
 */
export class ClaimAhead {
  private running: Promise<void> | null = null;
  private again = false;
  private done: { revision: number; atMs: number } | null = null;

  constructor(
    private readonly deps: {
      sync: CoreSyncEngine;
      now: () => number;
      revision: () => number;
      /** The occurrences due from now until `untilMs`. */
      occurrences: (nowMs: number, untilMs: number) => { followUpId: string; occurrence: string }[];
      /** The weekly work-search reminder's claim keys (week starts) it may show next, when it is on. */
      weeklyKeys?: (nowMs: number) => string[];
    },
  ) {}

  request(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.request();
      }
    });
    return this.running;
  }

  private async pass(): Promise<void> {
    const { sync } = this.deps;
    if (!sync.reminderComputer || (sync.status().state !== 'synced' && sync.status().state !== 'syncing')) return;
    const nowMs = this.deps.now();
    const revision = this.deps.revision();
    if (this.done && this.done.revision === revision && nowMs - this.done.atMs < CLAIM_AHEAD_EVERY_MS && nowMs >= this.done.atMs) return;
    const keys = this.deps.occurrences(nowMs, nowMs + CLAIM_AHEAD_MS);
    for (const week of this.deps.weeklyKeys?.(nowMs) ?? []) keys.push({ followUpId: WEEKLY_REMINDER_CLAIM, occurrence: week });
    if (await sync.claimAhead(keys)) this.done = { revision, atMs: nowMs };
  }
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
