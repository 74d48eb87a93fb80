import type { Reminder } from '../../../../shared/contract/events';
import { DEFAULT_SETTINGS, type FollowUp, type Settings } from '../../../../shared/domain';
import type { DeliveryRecord, SchedulerPorts } from '../../../../electron/core/scheduler';
import { NOT_RECORDED } from '../../../../electron/core/scheduler/reminder-text';

/**
 * A clock whose timers count only awake time, like the OS: `advance` lets time pass with the
 * machine awake (timers fire), `sleep` moves the wall clock only, `jump` changes the wall clock.
 */
export class FakeClock {
  wall: number;
  private timers = new Map<number, { fn: () => void; remaining: number }>();
  private nextId = 1;
  maxArmed = 0;
  maxDelay = 0;

  constructor(start: string) {
    this.wall = Date.parse(start);
  }
  now = (): number => this.wall;
  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.timers.set(id, { fn, remaining: ms });
    this.maxArmed = Math.max(this.maxArmed, this.timers.size);
    this.maxDelay = Math.max(this.maxDelay, ms);
    return id;
  };
  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };
  armed(): number {
    return this.timers.size;
  }
  /** Awake time passes: timers fire in order, and each wake-up is allowed to finish. */
  async advance(ms: number): Promise<void> {
    let left = ms;
    for (;;) {
      let soonest: [number, { fn: () => void; remaining: number }] | null = null;
      for (const entry of this.timers) if (soonest === null || entry[1].remaining < soonest[1].remaining) soonest = entry;
      if (soonest === null || soonest[1].remaining > left) break;
      const step = soonest[1].remaining;
      this.pass(step);
      left -= step;
      this.timers.delete(soonest[0]);
      soonest[1].fn();
      await settle();
    }
    this.pass(left);
  }
  private pass(ms: number): void {
    this.wall += ms;
    for (const t of this.timers.values()) t.remaining -= ms;
  }
  /** The machine sleeps: the wall clock moves, timers do not count it. */
  sleep(ms: number): void {
    this.wall += ms;
  }
  jump(to: string): void {
    this.wall = Date.parse(to);
  }
}

/** Let pending promise chains (recompute, recordDeliveries) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export interface Shown {
  at: number;
  reminders: Reminder[];
  digest: boolean;
}

/** A store that keeps deliveries on the follow-ups, as the real one does, and a notifier log. */
export class FakeWorld {
  followUps: FollowUp[];
  settings: Settings;
  zone: string;
  shown: Shown[] = [];
  recorded: DeliveryRecord[] = [];
  failNextRecord = false;
  /** Problems seen at show time (a reminder shown without its record). */
  violations: string[] = [];

  constructor(
    readonly clock: FakeClock,
    followUps: FollowUp[],
    zone = 'America/New_York',
    settings: Partial<Settings> = {},
  ) {
    this.followUps = followUps;
    this.zone = zone;
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
  }

  ports(): SchedulerPorts {
    return {
      clock: this.clock,
      source: {
        snapshot: () => ({ followUps: this.followUps.filter((f) => f.status === 'pending' || f.status === 'snoozed'), settings: this.settings, zone: this.zone }),
        recordDeliveries: async (deliveries) => {
          await Promise.resolve();
          if (this.failNextRecord) {
            this.failNextRecord = false;
            throw new Error('disk full');
          }
          const at = new Date(this.clock.now()).toISOString();
          this.recorded.push(...deliveries);
          this.followUps = this.followUps.map((f) => {
            const mine = deliveries.filter((d) => d.followUpId === f.id);
            return mine.length === 0 ? f : { ...f, deliveries: [...f.deliveries, ...mine.map((d) => ({ occurrence: d.occurrence, at, via: d.via }))] };
          });
        },
      },
      notifier: {
        show: (reminders, digest) => {
          for (const r of reminders) {
            const f = this.followUps.find((x) => x.id === r.followUpId);
            // Shown unrecorded only when recording failed, and then the text says so.
            if (!f?.deliveries.some((d) => d.occurrence === r.occurrence) && !r.body.includes(NOT_RECORDED)) this.violations.push(`${r.followUpId} shown before recorded`);
          }
          this.shown.push({ at: this.clock.now(), reminders, digest });
        },
      },
    };
  }

  /** How many times each (follow-up, occurrence) was shown. */
  showCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of this.shown) for (const r of s.reminders) counts.set(`${r.followUpId}@${r.occurrence}`, (counts.get(`${r.followUpId}@${r.occurrence}`) ?? 0) + 1);
    return counts;
  }
}
