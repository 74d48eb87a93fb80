import fc from 'fast-check';
import type { EventPayload } from '../../shared/contract/events';
import type { FollowUp, HistoryEvent } from '../../shared/domain';
import { scanFollowUps } from '../../shared/followup';
import { FakeClock } from '../unit/core/scheduler/fakes';
import { boardOf, eventually, type Computer, type ComputerClock } from './sync-cores';
import type { CutMode } from './tcp-proxy';

/**
 * The convergence model: what a run does to three computers (random edits, reminders due soon,
 * network cuts with sync staying on, time passing on every clock) and what it saw (every OS
 * notification each computer showed, with when and in which sync state). The invariants are
 * checked by `checkInvariants` once the cuts are healed and the computers converged.
 */

export const START = '2026-03-02T08:00:00.000Z'; // 09:00 in Berlin: waking hours for the whole run
export const ZONE = 'Europe/Berlin';
const MINUTE = 60_000;

export type Op =
  | { kind: 'create'; on: number }
  | { kind: 'move'; on: number; card: number; stage: number }
  | { kind: 'note'; on: number; card: number }
  | { kind: 'archive'; on: number; card: number }
  | { kind: 'delete'; on: number; card: number }
  /** A reminder of the user's own on a card, due in `inMin` minutes. */
  | { kind: 'followUp'; on: number; card: number; inMin: number }
  /** An interview starting in `inMin` minutes: its planned reminders (the thank-you note…) come from the policy. */
  | { kind: 'interview'; on: number; card: number; inMin: number }
  | { kind: 'cut'; on: number; mode: CutMode }
  | { kind: 'heal'; on: number }
  /**
   * Minutes pass on every computer, awake: first the computers on the network replicate what they
   * have (a minute is ample for that on loopback), then each core's scheduler fires from its own timer.
   */
  | { kind: 'time'; minutes: number }
  /** One computer's wall clock off by a few seconds (the clocks' skew the HLC must absorb). */
  | { kind: 'skew'; on: number; ms: number }
  /** A computer shut or asleep (the desktop at home while the laptop is out): no network, its timers stopped, the wall clock going on. */
  | { kind: 'sleep'; on: number }
  /** It wakes: back on the network, its late timer firing as after a real sleep. */
  | { kind: 'wake'; on: number };

const STAGES = ['wishlist', 'applied', 'interviewing', 'offer'];
const on = fc.integer({ min: 0, max: 2 });
const card = fc.nat({ max: 30 });
const soon = fc.integer({ min: 1, max: 10 });
/** Awake time a run may pass in all: from 09:00 in Berlin to 19:00, short of the default quiet hours (21:00). */
export const TIME_BUDGET_MIN = 600;
export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: on.map((n) => ({ kind: 'create' as const, on: n })) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), on, card, stage: fc.nat({ max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('note' as const), on, card }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('archive' as const), on, card }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), on, card }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('followUp' as const), on, card, inMin: soon }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('interview' as const), on, card, inMin: soon }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('cut' as const), on, mode: fc.constantFrom<CutMode>('refuse', 'blackhole') }) },
  { weight: 2, arbitrary: on.map((n) => ({ kind: 'heal' as const, on: n })) },
  // Mostly minutes; sometimes hours, for the interviews' planned reminders (the hear-back question an hour after, the thank-you note three).
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 15 }).map((minutes) => ({ kind: 'time' as const, minutes })) },
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 200 }).map((minutes) => ({ kind: 'time' as const, minutes })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('skew' as const), on, ms: fc.integer({ min: -5_000, max: 5_000 }) }) },
  { weight: 1, arbitrary: on.map((n) => ({ kind: 'sleep' as const, on: n })) },
  { weight: 1, arbitrary: on.map((n) => ({ kind: 'wake' as const, on: n })) },
);

/** How late a reminder may be shown after an awake computer on the network found it due (the claim's round trip, a minute's tick). */
export const ON_TIME_MS = 2 * 60_000;

/** A computer's clock whose timers fire as it advances (the scheduler's own minute timer included). */
export function timedClock(): ComputerClock & { advanceAwake(ms: number): Promise<void>; sleep(ms: number): void; skew(ms: number): void } {
  const clock = new FakeClock(START);
  return {
    now: clock.now,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    set: (iso) => clock.jump(iso),
    advance: (ms) => void clock.advance(ms),
    advanceAwake: (ms) => clock.advance(ms),
    sleep: (ms) => clock.sleep(ms),
    skew: (ms) => clock.jump(new Date(clock.now() + ms).toISOString()),
  };
}
export type TimedClock = ReturnType<typeof timedClock>;

/** One OS notification as a computer's notification port received it. */
export interface Shown {
  computer: string;
  followUpId: string;
  occurrence: string;
  /** The computer's clock then, and its sync state and network. */
  at: string;
  state: string;
  network: string;
  /** The op after which it was seen (-1: after the heal). */
  step: number;
}

/** An occurrence a computer's own scheduler found due (its `reminders.due` event), awake and on the network then. */
export interface FoundDue {
  computer: string;
  followUpId: string;
  occurrence: string;
  at: string;
  step: number;
}

export class Run {
  readonly shown: Shown[] = [];
  readonly foundDue: FoundDue[] = [];
  readonly asleep = new Set<number>();
  private readonly seen = new Map<Computer, number>();
  private notes = 0;
  private elapsedMin = 0;
  private step = -1;

  constructor(
    readonly computers: readonly Computer[],
    private readonly clocks: readonly TimedClock[],
  ) {
    for (const [i, c] of computers.entries())
      c.core.onEvent((event, payload) => {
        if (event !== 'reminders.due' || this.asleep.has(i) || this.cutOff(c)) return;
        const at = new Date(c.clock.now()).toISOString();
        for (const r of (payload as EventPayload<'reminders.due'>).reminders) this.foundDue.push({ computer: c.name, followUpId: r.followUpId, occurrence: r.occurrence, at, step: this.step });
      });
  }

  /** Each computer's sync state and network, for a failure's message. */
  describe(): string {
    return this.computers.map((c) => `${c.name}: sync ${c.core.sync.status().state}, network ${c.proxy?.state() ?? 'direct'}`).join('; ');
  }

  /**
   * A step that does not finish in `ms` fails the run naming the step and every computer's state
   * (a hung request, a claim that never settles), rather than hanging the suite.
   */
  async within<T>(ms: number, what: string, step: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish in ${ms / 1000} s (${this.describe()})`)), ms)));
    try {
      return await Promise.race([step, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  cutOff(c: Computer): boolean {
    return c.proxy !== undefined && c.proxy.state() !== 'open';
  }

  /** Lets each computer finish what it started; a blackholed computer's claims wait for the heal, so it is only given a moment. */
  async settleAll(): Promise<void> {
    for (const c of this.computers) {
      if (c.proxy?.state() === 'blackhole') await Promise.race([c.core.settled(), new Promise((r) => setTimeout(r, 50))]);
      else await c.core.settled();
    }
  }

  /** Takes in what each notification port received since the last look. */
  collect(step: number): void {
    for (const c of this.computers) {
      const from = this.seen.get(c) ?? 0;
      for (const batch of c.core.shown.slice(from))
        for (const r of batch)
          this.shown.push({
            computer: c.name,
            followUpId: r.followUpId,
            occurrence: r.occurrence,
            at: new Date(c.clock.now()).toISOString(),
            state: c.core.sync.status().state,
            network: c.proxy?.state() ?? 'direct',
            step,
          });
      this.seen.set(c, c.core.shown.length);
    }
  }

  /** The computers on the network hold the same records (each cut one keeps what it had). */
  async replicateConnected(): Promise<void> {
    const connected = this.computers.filter((c) => !this.cutOff(c));
    const records = (c: Computer) => boardOf(c.core) + JSON.stringify([...c.core.store.allRecordSets()].flatMap((set) => [...set.followUps.values()].map((f) => [f.id, f.status, f.deliveries.length])).sort());
    await eventually(
      async () => {
        for (const c of connected) await c.core.sync.idle();
        if (!connected.every((c) => c.core.sync.status().state === 'synced')) return false;
        const all = connected.map(records);
        return all.every((r) => r === all[0]);
      },
      `${connected.map((c) => c.name).join(', ')} to replicate`,
      30_000,
    );
  }

  async apply(o: Op, step: number): Promise<void> {
    this.step = step;
    if (o.kind === 'time') {
      const minutes = Math.min(o.minutes, TIME_BUDGET_MIN - this.elapsedMin);
      this.elapsedMin += minutes;
      return this.passMinutes(minutes, step);
    }
    const c = this.computers[o.on]!;
    const clock = this.clocks[o.on]!;
    // Nobody uses a computer that is asleep: only waking it does anything.
    if (this.asleep.has(o.on) && o.kind !== 'wake') return;
    const cards = [...c.core.store.active.applications.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const target = 'card' in o ? cards[o.card % Math.max(1, cards.length)] : undefined;
    const inMin = (minutes: number) => new Date(clock.now() + minutes * MINUTE).toISOString();
    if (o.kind === 'create') await c.core.dispatch('applications.create', { company: `Co ${o.on}-${++this.notes}`, role: 'Engineer', stageId: 'applied' });
    else if (o.kind === 'move' && target) await c.core.dispatch('applications.move', { id: target.id, toStageId: STAGES[o.stage], toIndex: 0 });
    else if (o.kind === 'note' && target) await c.core.dispatch('applications.update', { id: target.id, patch: { notes: `note ${++this.notes} from ${c.name}` } });
    else if (o.kind === 'archive' && target) await c.core.dispatch('applications.setArchived', { id: target.id, archived: true });
    else if (o.kind === 'delete' && target) await c.core.dispatch('applications.delete', { id: target.id });
    else if (o.kind === 'followUp' && target) await c.core.dispatch('followUps.create', { applicationId: target.id, title: `Check in ${++this.notes}`, dueAt: inMin(o.inMin), timeZone: ZONE });
    else if (o.kind === 'interview' && target) await c.core.dispatch('interviews.create', { applicationId: target.id, round: `Round ${++this.notes}`, startsAt: inMin(o.inMin), timeZone: ZONE, durationMinutes: 15 });
    else if (o.kind === 'cut' && !this.cutOff(c)) await c.proxy!.cut(o.mode);
    else if (o.kind === 'heal' && this.cutOff(c) && !this.asleep.has(o.on)) await c.proxy!.heal();
    else if (o.kind === 'sleep' && !this.asleep.has(o.on)) {
      this.asleep.add(o.on);
      if (!this.cutOff(c)) await c.proxy!.cut('refuse');
    } else if (o.kind === 'wake' && this.asleep.delete(o.on) && this.cutOff(c)) await c.proxy!.heal();
    else if (o.kind === 'skew') clock.skew(o.ms);
    await this.settleAll();
    this.collect(step);
  }

  /** Every computer awake and on the network again. */
  async healAll(): Promise<void> {
    this.asleep.clear();
    for (const c of this.computers) if (this.cutOff(c)) await c.proxy!.heal();
  }

  /** Awake minutes on every clock after the heal, so what came due is delivered online too. */
  async pass(minutes: number): Promise<void> {
    await this.passMinutes(minutes, -1);
  }

  private async passMinutes(minutes: number, step: number): Promise<void> {
    this.step = step;
    await this.replicateConnected();
    // Minute by minute on every computer in turn, so no computer runs ahead by more than a minute.
    for (let m = 0; m < minutes; m++) {
      for (const [i, clock] of this.clocks.entries()) {
        if (this.asleep.has(i)) clock.sleep(MINUTE);
        else await clock.advanceAwake(MINUTE);
      }
      await this.settleAll();
      this.collect(step);
    }
  }
}

export type Rule = 'equal boards' | 'nothing acknowledged lost' | 'each reminder once' | 'nothing silently lost' | 'each reminder on time';

/** The invariants violated in a run, each with what the run saw (fast-check prints it with the counterexample). */
export class Violation extends Error {
  constructor(readonly problems: readonly { rule: Rule; detail: string }[]) {
    super(problems.map((p) => `${p.rule}: ${p.detail}`).join('\n'));
  }
}

const keyOf = (followUpId: string, occurrence: string) => `${followUpId} ${occurrence}`;

/** The invariants of the property's header table, checked after heal and convergence; throws a Violation naming every one broken. */
export interface RulesChecked {
  onTime: boolean;
  /**
   * A double of one known shape — the reminder computer, awake but cut off, shows an occurrence
   * it claimed ahead while an online computer, after the reminder computer's silence, took the
   * claim over and showed it too — is `'fail'` (the strict rule) or only `'counted'` (while that
   * trade-off stands, so the random runs keep checking every other double).
   */
  offlineReminderComputerDouble: 'fail' | 'counted';
  reminderComputer: string;
}

/** A double where the reminder computer showed it cut off (sync offline) and every other showing was online. */
function isOfflineReminderComputerDouble(list: readonly Shown[], reminderComputer: string): boolean {
  const offline = list.filter((s) => s.computer === reminderComputer && s.network !== 'open');
  return list.length === 2 && offline.length === 1 && list.every((s) => s === offline[0] || s.network === 'open');
}

export async function checkInvariants(run: Run, rules: RulesChecked): Promise<{ reminders: number; shown: number; badgeOnly: number; offlineReminderComputerDoubles: number }> {
  const { computers } = run;
  const problems: { rule: Rule; detail: string }[] = [];
  const boards = computers.map((c) => boardOf(c.core));
  for (const [i, board] of boards.entries()) if (board !== boards[0]) problems.push({ rule: 'equal boards', detail: `${computers[i]!.name} and ${computers[0]!.name} differ` });

  // Every acknowledged action (each computer's own, from its journal) is in every synced history.
  const histories = await Promise.all(computers.map(async (c) => new Set((await c.core.sync.syncedHistory()).map((h) => h.action))));
  for (const c of computers)
    for (const e of c.core.store.iterateHistory() as Iterable<HistoryEvent>) {
      if (e.summary.startsWith('From ')) continue;
      for (const [i, history] of histories.entries())
        if (!history.has(e.actionId)) problems.push({ rule: 'nothing acknowledged lost', detail: `${c.name}'s "${e.summary}" (${e.actionId}) is missing from ${computers[i]!.name}'s synced history` });
    }

  // Each reminder once: no occurrence shown as an OS notification twice, on one computer or two.
  const shownBy = new Map<string, Shown[]>();
  for (const s of run.shown) shownBy.set(keyOf(s.followUpId, s.occurrence), [...(shownBy.get(keyOf(s.followUpId, s.occurrence)) ?? []), s]);
  let offlineReminderComputerDoubles = 0;
  for (const [key, list] of shownBy)
    if (list.length > 1 && rules.offlineReminderComputerDouble === 'counted' && isOfflineReminderComputerDouble(list, rules.reminderComputer)) offlineReminderComputerDoubles++;
    else if (list.length > 1)
      problems.push({ rule: 'each reminder once', detail: `${key} shown ${list.length} times:\n${list.map((s) => `  on ${s.computer} at ${s.at} (sync ${s.state}, network ${s.network}, seen after op ${s.step})`).join('\n')}` });

  // Nothing silently lost: every occurrence that came due (delivered on some computer, or shown) of
  // a follow-up that still exists was shown somewhere, or every computer lists it as delivered or due.
  const due = new Set<string>(shownBy.keys());
  const followUpsOn = computers.map((c) => new Map<string, FollowUp>([...c.core.store.allRecordSets()].flatMap((set) => [...set.followUps.entries()])));
  for (const followUps of followUpsOn) for (const f of followUps.values()) for (const d of f.deliveries) due.add(keyOf(f.id, d.occurrence));
  let badgeOnly = 0;
  let reminders = 0;
  for (const key of due) {
    const [followUpId, occurrence] = key.split(' ') as [string, string];
    if (!followUpsOn.every((m) => m.has(followUpId))) continue; // deleted with its card: nothing left to remind of
    reminders++;
    if (shownBy.has(key)) continue;
    badgeOnly++;
    for (const [i, c] of computers.entries()) {
      const f = followUpsOn[i]!.get(followUpId)!;
      const delivered = f.deliveries.some((d) => d.occurrence === occurrence);
      const listedDue = scanFollowUps([f], c.clock.now(), ZONE).due.some((d) => d.occurrence === occurrence);
      if (!delivered && !listedDue) problems.push({ rule: 'nothing silently lost', detail: `${key} was shown nowhere and ${c.name} lists it neither as delivered nor as due` });
    }
  }
  // On time: an occurrence an awake computer's scheduler found due while on the network is shown (somewhere) within ON_TIME_MS.
  const reported = new Set<string>();
  for (const found of rules.onTime ? run.foundDue : []) {
    const key = keyOf(found.followUpId, found.occurrence);
    if (reported.has(key)) continue;
    const first = (shownBy.get(key) ?? []).map((s) => Date.parse(s.at)).sort((a, b) => a - b)[0];
    if (first !== undefined && first <= Date.parse(found.at) + ON_TIME_MS) continue;
    reported.add(key);
    const late = first === undefined ? 'it was never shown' : `it was first shown at ${new Date(first).toISOString()} on ${shownBy.get(key)!.find((s) => Date.parse(s.at) === first)!.computer}`;
    problems.push({ rule: 'each reminder on time', detail: `${key}: ${found.computer}, awake and on the network, found it due at ${found.at} (op ${found.step}); ${late}` });
  }
  if (problems.length > 0) throw new Violation(problems);
  return { reminders, shown: shownBy.size, badgeOnly, offlineReminderComputerDoubles };
}
