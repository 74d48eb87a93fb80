import { MS_PER_MINUTE } from '../../../../shared/followup';
import type { DeliveryClaim } from '../sync-port';
import type { PouchDatabase, PouchDoc } from './pouch';

/**
 * Reminder claims on the server: `delivery:<followUpId>:<occurrence>`, created once (a second
 * create is a 409), so one computer shows each reminder. The reminder computer claims a week
 * ahead while it reaches the server and says it is awake (`presence:<device>`, renewed at least
 * every {@link PRESENCE_EVERY_MS}), so that a spell cut off from the network does not make it and
 * an online computer both show one reminder; and so that a reminder computer that sleeps (its
 * lid closed) does not hold reminders back, an online computer takes over a claim made ahead by a
 * reminder computer silent for longer than {@link PRESENCE_STALE_MS}.
 *
 * | at the due moment, this computer …           | the server's claim                            | answer   |
 * |-----------------------------------------------|-----------------------------------------------|----------|
 * | reaches the server                            | none: created now for this computer            | accepted |
 * |                                               | this computer's (made ahead)                  | accepted |
 * |                                               | another's, made at its due moment              | refused  |
 * |                                               | another's made ahead, that computer heard from within PRESENCE_STALE_MS | held (it will show it; nothing recorded here) |
 * |                                               | another's made ahead, that computer silent longer: taken over (a write on its revision; a race for it is won once) | accepted |
 * | does not reach it (or no answer in {@link CLAIM_TIMEOUT_MS}) | this replica's copy: this computer's → accepted; another's made ahead → held; another's → refused; none → offline (the reminder computer shows it, claims.ts) | |
 *
 * What stays possible: the reminder computer cut off from the network (awake) for longer than
 * PRESENCE_STALE_MS while another computer online takes its claims over — both show those. A
 * sleeping reminder computer is the common case and is the one this favours: reminders reach the
 * computer in use on time.
 */
export const PRESENCE_EVERY_MS = MS_PER_MINUTE;
export const PRESENCE_STALE_MS = 3 * MS_PER_MINUTE;
/** A server that accepts connections but never answers must not hold a reminder back (the scheduler waits on the claim). */
export const CLAIM_TIMEOUT_MS = 10_000;

/** The promise's answer, or `fallback` once `ms` passed without one (the request itself is left to fail on its own). */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export interface DeliveryClaimsDeps {
  device: { id: string; name: string };
  now: () => number;
  /** The server's database while replication runs and is not refused; null otherwise. */
  remote: () => PouchDatabase | null;
  /** This computer's replica (claims arrive in it by replication). */
  local: () => PouchDatabase | null;
  isReminderComputer: () => boolean;
}

const claimId = (followUpId: string, occurrence: string) => `delivery:${followUpId}:${occurrence}`;
const presenceId = (device: string) => `presence:${device}`;

export class DeliveryClaims {
  private presenceRev: string | undefined;
  private lastPresenceMs: number | null = null;

  constructor(private readonly deps: DeliveryClaimsDeps) {}

  async claim(followUpId: string, occurrence: string): Promise<DeliveryClaim> {
    const id = claimId(followUpId, occurrence);
    const db = this.deps.remote();
    if (db) {
      const answer = await within(
        this.claimOn(db, id).catch(() => 'offline' as const),
        CLAIM_TIMEOUT_MS,
        'offline' as const,
      );
      if (answer !== 'offline') return answer;
    }
    const held = await this.deps
      .local()
      ?.get(id)
      .catch(() => null);
    if (!held || held['type'] !== 'delivery') return 'offline';
    if (held['dev'] === this.deps.device.id) return 'accepted';
    return held['ahead'] === true && held['takenFrom'] === undefined ? 'held' : 'refused';
  }

  /** The reminder computer's claims ahead (claims.ts): false when it may not (not the reminder computer, or the server unreachable). */
  async claimAhead(keys: readonly { followUpId: string; occurrence: string }[]): Promise<boolean> {
    const db = this.deps.remote();
    if (!db || !this.deps.isReminderComputer()) return false;
    try {
      await this.sayPresent(db, true);
      const local = this.deps.local();
      const missing: { followUpId: string; occurrence: string }[] = [];
      for (const key of keys) {
        const held = await local?.get(claimId(key.followUpId, key.occurrence)).catch(() => null);
        if (!held) missing.push(key);
      }
      if (missing.length === 0) return true;
      const at = new Date(this.deps.now()).toISOString();
      // One request; a 409 on an occurrence another computer claimed first leaves it that computer's.
      await db.bulkDocs(missing.map((k) => ({ _id: claimId(k.followUpId, k.occurrence), type: 'delivery', dev: this.deps.device.id, name: this.deps.device.name, at, ahead: true })));
      return true;
    } catch {
      return false;
    }
  }

  /** While it reaches the server, the reminder computer says it is awake (at most once a minute unless `force`). */
  async sayPresent(db: PouchDatabase, force = false): Promise<void> {
    const now = this.deps.now();
    if (!force && this.lastPresenceMs !== null && now - this.lastPresenceMs < PRESENCE_EVERY_MS && now >= this.lastPresenceMs) return;
    const doc = (rev: string | undefined): PouchDoc => ({ _id: presenceId(this.deps.device.id), ...(rev ? { _rev: rev } : {}), type: 'presence', at: new Date(now).toISOString() });
    try {
      this.presenceRev = (await db.put(doc(this.presenceRev))).rev;
    } catch (error) {
      if ((error as { status?: number }).status !== 409) throw error;
      const current = await db.get(presenceId(this.deps.device.id));
      this.presenceRev = (await db.put(doc(current._rev))).rev;
    }
    this.lastPresenceMs = now;
  }

  private async claimOn(db: PouchDatabase, id: string): Promise<DeliveryClaim> {
    const mine = { _id: id, type: 'delivery', dev: this.deps.device.id, name: this.deps.device.name, at: new Date(this.deps.now()).toISOString() };
    try {
      await db.put(mine);
      return 'accepted';
    } catch (error) {
      if ((error as { status?: number }).status !== 409) throw error;
    }
    const taken = await db.get(id);
    if (taken['dev'] === this.deps.device.id) return 'accepted';
    if (taken['ahead'] !== true || typeof taken['dev'] !== 'string') return 'refused';
    if (!(await this.silent(db, taken['dev']))) return 'held';
    try {
      await db.put({ ...mine, _rev: taken._rev, takenFrom: taken['dev'] });
      return 'accepted';
    } catch (error) {
      if ((error as { status?: number }).status === 409) return 'refused';
      throw error;
    }
  }

  /** Whether that computer has not said it is awake for longer than PRESENCE_STALE_MS (or never did). */
  private async silent(db: PouchDatabase, device: string): Promise<boolean> {
    const presence = await db.get(presenceId(device)).catch(() => null);
    const at = typeof presence?.['at'] === 'string' ? Date.parse(presence['at']) : NaN;
    return !Number.isFinite(at) || this.deps.now() - at > PRESENCE_STALE_MS;
  }
}
