import type { Reminder } from '../../../../shared/contract/events';
import { MS_PER_DAY, MS_PER_HOUR } from '../../../../shared/followup';
import type { DeliveryClaim } from '../sync-port';
import type { CoreSyncEngine } from './sync-engine';

/**
 * Each reminder once across computers: before its OS notification, a computer claims the
 * occurrence on the server (delivery-claims.ts: created once, a second create is a 409). One
 * computer is the reminder computer (reminder-role.ts): while it reaches the server it claims
 * ahead every occurrence due in the next {@link CLAIM_AHEAD_MS} and says it is awake, so that
 * cut off it shows what it holds and an online computer's claim is refused; a reminder computer
 * silent for minutes (asleep) has its claims taken over, so reminders reach the computer in use.
 *
 * | claim (claimDelivery)                                | this computer                                                   |
 * |------------------------------------------------------|-----------------------------------------------------------------|
 * | accepted: created now, held by this computer (ahead), or taken over from a silent reminder computer | shows the notification (the delivery is recorded either way) |
 * | refused: another computer holds it                   | recorded silently, listed in the app, no notification            |
 * | held: the reminder computer, awake, claimed it ahead | not recorded here (heldElsewhere), listed as due until its record arrives, no notification |
 * | offline, no claim known here                         | the reminder computer shows it; the others badge and list it     |
 * | sync off                                             | shows it (a single computer)                                     |
 *
 * What remains possible, and why it is rare: the reminder computer cut off from the network while
 * awake for longer than the silence that lets others take over (delivery-claims.ts), or for the
 * seconds between a follow-up arriving and its claim going out, shows what an online computer
 * showed too. Two computers both holding the role is not possible once they have synced.
 */
export async function remindersToShow(sync: CoreSyncEngine, reminders: readonly Reminder[]): Promise<Reminder[]> {
  if (sync.status().state === 'off') return [...reminders];
  const claims = await Promise.all(reminders.map((r) => sync.claimDelivery(r.followUpId, r.occurrence)));
  return reminders.filter((_, i) => mayShow(sync, claims[i]!));
}

/**
 * Before the deliveries are recorded: those the reminder computer, awake, claimed ahead and will
 * show (`held`), as `<followUpId> <occurrence>`. They are not recorded here — a record would reach
 * the reminder computer before its own due moment when its clock is behind, and it would show
 * nothing. Today lists them as due until the reminder computer's record arrives.
 */
export async function heldElsewhere(sync: CoreSyncEngine, deliveries: readonly { followUpId: string; occurrence: string }[]): Promise<Set<string>> {
  if (sync.status().state === 'off' || deliveries.length === 0) return new Set();
  const answers = await Promise.all(deliveries.map((d) => sync.claimDelivery(d.followUpId, d.occurrence)));
  return new Set(deliveries.filter((_, i) => answers[i] === 'held').map((d) => `${d.followUpId} ${d.occurrence}`));
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
export const CLAIM_AHEAD_MS = 7 * MS_PER_DAY;
/** Looked at again at least this often while nothing changes (a recurring series moves on). */
const CLAIM_AHEAD_EVERY_MS = MS_PER_HOUR;

/**
 * The reminder computer's claims ahead: after a data change, for the follow-ups it touched (a
 * whole pass costs a scan of every follow-up); a whole pass when sync becomes synced, after a
 * failure, and at least every {@link CLAIM_AHEAD_EVERY_MS} from the scheduler's checks (a series
 * moves on). Every pass first says this computer is awake (delivery-claims.ts). One at a time.
 */
export class ClaimAhead {
  private running: Promise<void> | null = null;
  private again = false;
  /** Follow-ups waiting for a pass, or every one. */
  private dirty: Set<string> | 'all' = 'all';
  private lastWholeMs: number | null = null;

  constructor(
    private readonly deps: {
      sync: CoreSyncEngine;
      now: () => number;
      /** The occurrences due from now until `untilMs`, of the follow-ups in `only` when given. */
      occurrences: (nowMs: number, untilMs: number, only: ReadonlySet<string> | null) => { followUpId: string; occurrence: string }[];
      /** The weekly work-search reminder's claim keys (week starts) it may show next, when it is on. */
      weeklyKeys?: (nowMs: number) => string[];
    },
  ) {}

  /**
   * `followUps`: the ones a data change touched; none given: a whole pass. Asks while a pass runs
   * are folded into one more pass after it (a burst of changes is never a burst of passes).
   */
  request(followUps?: Iterable<string>): Promise<void> {
    if (followUps === undefined) this.dirty = 'all';
    else if (this.dirty !== 'all') for (const id of followUps) this.dirty.add(id);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop();
    return this.running;
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false;
        await this.pass();
      } while (this.again);
    } finally {
      this.running = null;
    }
  }

  private async pass(): Promise<void> {
    const { sync } = this.deps;
    if (!sync.reminderComputer || (sync.status().state !== 'synced' && sync.status().state !== 'syncing')) return;
    await sync.sayPresent();
    const nowMs = this.deps.now();
    const due = this.lastWholeMs === null || nowMs - this.lastWholeMs >= CLAIM_AHEAD_EVERY_MS || nowMs < this.lastWholeMs;
    const whole = this.dirty === 'all' || due;
    const only = whole ? null : (this.dirty as Set<string>);
    if (only !== null && only.size === 0) return;
    this.dirty = new Set();
    const keys = this.deps.occurrences(nowMs, nowMs + CLAIM_AHEAD_MS, only);
    if (whole) for (const week of this.deps.weeklyKeys?.(nowMs) ?? []) keys.push({ followUpId: WEEKLY_REMINDER_CLAIM, occurrence: week });
    if (await sync.claimAhead(keys)) {
      if (whole) this.lastWholeMs = nowMs;
    } else this.dirty = 'all';
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
