import { isQuietAt, quietHoursEndAfter, scanFollowUps } from '../../../shared/followup';
import type { DeliveryRecord, RecomputeReason, Scheduler, SchedulerPorts } from './ports';
import { NOT_RECORDED, toReminder } from './reminder-text';

/** Never sleep longer than this: timers do not count time while the machine sleeps, and Node fires over-long timers at once. */
export const MAX_TIMER_MS = 60_000;
/** A tick this far from when it was expected means the machine slept or the clock was changed. */
export const CLOCK_JUMP_TOLERANCE_MS = 5_000;
/** More than this many reminders at once are shown as one digest notification. */
export const DIGEST_THRESHOLD = 3;
/** Remembered deliveries (beyond the stored records) kept at most. */
const RECENT_LIMIT = 20_000;

/**
 * The main-process scheduler. One timer, at most a minute long; every wake-up (timer, resume,
 * data change…) re-reads the data and the wall clock and delivers what is due and undelivered:
 * recorded first, shown second, at most once per occurrence, nothing during quiet hours, and more
 * than {@link DIGEST_THRESHOLD} at once as a single digest.
 *
 * When the delivery cannot be recorded ("never miss a follow-up" outranks "never twice"):
 *
 * | recording the delivery | what happens                                                          |
 * |------------------------|-----------------------------------------------------------------------|
 * | succeeds               | shown                                                                 |
 * | fails (full disk, read-only folder…) | shown anyway, its text saying it could not be recorded; kept in memory, so this session shows it once |
 * | later wake-ups          | the unrecorded deliveries are recorded first; once that succeeds, they are in the store like any other |
 * | the app quits before    | not recorded: the next session may show it again (once)              |
 */
export function createScheduler(ports: SchedulerPorts): Scheduler {
  const { clock, source, notifier } = ports;
  let running = false;
  let timer: unknown = null;
  let expectedFireAt: number | null = null;
  let chain: Promise<void> = Promise.resolve();
  /** Deliveries recorded (or shown unrecorded) by this process, in case a snapshot lags behind the store. */
  const recent = new Set<string>();
  /** Shown but not yet recorded (writes failed): recorded at the next wake-up that can write. */
  const unrecorded = new Map<string, DeliveryRecord>();

  const key = (followUpId: string, occurrence: string): string => `${followUpId}\u0000${occurrence}`;

  function disarm(): void {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    expectedFireAt = null;
  }

  function arm(delayMs: number): void {
    disarm();
    if (!running) return;
    const delay = Math.min(MAX_TIMER_MS, Math.max(0, Math.ceil(delayMs)));
    expectedFireAt = clock.now() + delay;
    timer = clock.setTimeout(onTimer, delay);
  }

  function onTimer(): void {
    const expected = expectedFireAt;
    timer = null;
    expectedFireAt = null;
    const lateBy = expected === null ? 0 : clock.now() - expected;
    const jumped = Math.abs(lateBy) > CLOCK_JUMP_TOLERANCE_MS;
    void recompute(jumped ? 'clock-jump' : 'tick');
    if (lateBy > CLOCK_JUMP_TOLERANCE_MS) ports.onWoke?.(lateBy);
  }

  /** Records what was shown unrecorded; true when nothing is left to record. */
  async function recordLeftovers(): Promise<boolean> {
    if (unrecorded.size === 0) return true;
    try {
      await source.recordDeliveries([...unrecorded.values()]);
      unrecorded.clear();
      return true;
    } catch {
      return false;
    }
  }

  async function deliver(nowMs: number, reasonHint: RecomputeReason): Promise<void> {
    void reasonHint; // every reason does the same thing: the clock and the data are the truth
    const writesWork = await recordLeftovers();
    const { followUps, settings, zone, heldApplications } = source.snapshot();
    const scan = scanFollowUps(followUps, nowMs, zone, (id, occurrence) => recent.has(key(id, occurrence)), heldApplications);
    const quiet = isQuietAt(nowMs, settings.quietHours, zone);
    if (!quiet && scan.due.length > 0) {
      const digest = scan.due.length > DIGEST_THRESHOLD;
      const via = !settings.notificationsEnabled ? 'in-app' : digest ? 'digest' : 'notification';
      const records: DeliveryRecord[] = scan.due.map((d) => ({ followUpId: d.followUp.id, occurrence: d.occurrence, via }));
      let recorded = writesWork;
      if (recorded) {
        try {
          await source.recordDeliveries(records);
        } catch {
          recorded = false;
        }
      }
      for (const r of records) {
        remember(key(r.followUpId, r.occurrence));
        if (!recorded) unrecorded.set(key(r.followUpId, r.occurrence), r);
      }
      const reminders = scan.due.map(toReminder);
      notifier.show(recorded ? reminders : reminders.map((r) => ({ ...r, body: `${r.body} ${NOT_RECORDED}` })), digest);
    }
    await ports.onCheck?.(nowMs);
    // While something waits to be recorded, wake at least every MAX_TIMER_MS to try again.
    armNext(scan.nextWakeMs, quiet, settings, zone, 0, unrecorded.size > 0 ? MAX_TIMER_MS : null);
  }

  function armNext(nextWakeMs: number | null, quiet: boolean, settings: ReturnType<SchedulerPorts['source']['snapshot']>['settings'], zone: string, atLeastMs = 0, atMostMs: number | null = null): void {
    const now = clock.now();
    let wake = nextWakeMs ?? now + MAX_TIMER_MS;
    if (quiet) wake = Math.max(wake, quietHoursEndAfter(now, settings.quietHours, zone));
    else if (settings.quietHours.enabled) {
      // Wake when quiet hours begin too, so nothing is shown from a stale decision.
      wake = Math.min(wake, now + MAX_TIMER_MS);
    }
    // Quiet hours or not: recording what was already shown is no notification, so it is retried.
    if (atMostMs !== null) wake = Math.min(wake, now + atMostMs);
    arm(Math.max(atLeastMs, wake - now));
  }

  function remember(k: string): void {
    recent.add(k);
    if (recent.size > RECENT_LIMIT) {
      const oldest = recent.values().next();
      if (!oldest.done) recent.delete(oldest.value);
    }
  }

  /**
   * Another wake-up (a data change, the user's first click after opening the lid) can come before
   * the late timer fires: the armed timer being overdue is the same news. Told once; an OS resume
   * or a reported clock change is the host's own news (it refreshes itself), so it only clears it.
   */
  function noticeOverdueTimer(reason: RecomputeReason): void {
    if (expectedFireAt === null) return;
    const lateBy = clock.now() - expectedFireAt;
    if (lateBy <= CLOCK_JUMP_TOLERANCE_MS) return;
    expectedFireAt = null;
    if (reason !== 'resume' && reason !== 'clock-jump') ports.onWoke?.(lateBy);
  }

  function recompute(reason: RecomputeReason): Promise<void> {
    noticeOverdueTimer(reason);
    const run = async (): Promise<void> => {
      if (!running) return;
      await deliver(clock.now(), reason);
    };
    chain = chain.then(run, run);
    return chain.catch(() => {
      // A failing snapshot must not stop the scheduler: keep ticking.
      if (running && timer === null) arm(MAX_TIMER_MS);
    });
  }

  return {
    start(): void {
      if (running) return;
      running = true;
      void recompute('start');
    },
    stop(): void {
      running = false;
      disarm();
    },
    recompute,
    armedTimers: () => (timer === null ? 0 : 1),
    idle: () =>
      chain.then(
        () => undefined,
        () => undefined,
      ),
  };
}
