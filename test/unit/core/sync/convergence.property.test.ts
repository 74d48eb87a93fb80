import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvariants, opArbitrary, Run, timedClock, type Op, type RulesChecked, type TimedClock } from '../../../support/convergence-model';
import type { CutMode } from '../../../support/tcp-proxy';
import { converged, eventually, syncHarness } from '../../../support/sync-cores';

/**
 * Convergence with real network partitions and reminders. Three computers (Desk — the reminder
 * computer —, Laptop, Tablet), each reaching the server through a TCP proxy of its own. A run does
 * random edits, creates reminders due within minutes (follow-ups, and interviews whose planned
 * reminders follow), cuts computers off the network (a refused connection, or a blackhole that
 * never answers) while their sync stays ON, puts a computer to sleep (no network, its timers
 * stopped) and wakes it, and lets awake minutes pass on every clock so each
 * core's real scheduler fires from its own timer and shows what it may through its real
 * notification port. Then every cut is healed, the computers converge, two last minutes pass (so a
 * clock a few seconds behind reaches what the others reached).
 *
 * | rule                     | checked after heal and convergence                                                    |
 * |--------------------------|---------------------------------------------------------------------------------------|
 * | partition ≠ sync off     | a refused cut shows the computer as offline while sync stays on (during the run)       |
 * | equal boards             | every computer shows the same board, archived cards included                          |
 * | nothing acknowledged lost| every action any computer acknowledged is in every computer's synced history          |
 * | each reminder once       | no occurrence (followUpId + occurrence) shown as an OS notification twice, on one computer or on two |
 * | nothing silently lost    | every occurrence that came due, of a follow-up that still exists, was shown somewhere or is listed as delivered or due on every computer |
 * | each reminder on time    | an occurrence an awake computer's scheduler found due while on the network is shown somewhere within two minutes: a computer asleep — the desktop at home — must not hold it back |
 *
 * The one double of a known shape (the reminder computer cut off but awake shows what it claimed
 * ahead; an online computer took the claim over after its silence) is counted in the random runs
 * and reproduced strictly in its own cases below; any other double fails.
 *
 * fast-check prints the seed and the ops on a failure (`HEARBACK_SHRINK=1` shrinks them; by
 * default a run ends at the first failure, each run taking seconds). `HEARBACK_CONVERGENCE_RUNS=n`
 * runs more than the suite's 5; `HEARBACK_SEED=s` replays a seed.
 */
const harness = syncHarness('p');
const NAMES = ['Desk', 'Laptop', 'Tablet'];
/** Longer than any step takes on a busy machine; a step past it is hung. */
const STEP_MS = 90_000;

async function partitionedRun(ops: readonly Op[], rules: Omit<RulesChecked, 'reminderComputer'>): Promise<void> {
  const clocks = new Map<string, TimedClock>(NAMES.map((n) => [n, timedClock()]));
  const computers = await harness.proxiedComputers(NAMES, (name) => clocks.get(name)!);
  const run = new Run(
    computers,
    NAMES.map((n) => clocks.get(n)!),
  );
  try {
    // Two cards everyone has before the run, so reminders have somewhere to go from the first op.
    for (const company of ['Northwind', 'Initech']) await computers[0]!.core.dispatch('applications.create', { company, role: 'Engineer', stageId: 'applied' });
    await run.replicateConnected();
    for (const [step, o] of ops.entries()) {
      await run.within(STEP_MS, `op ${step} ${JSON.stringify(o)}`, run.apply(o, step));
      const c = 'on' in o ? computers[o.on]! : null;
      // A refused cut is seen as offline, with sync on: not the "sync off" rule.
      if (o.kind === 'cut' && c?.proxy?.state() === 'refuse') await eventually(() => c.core.sync.status().state === 'offline', `${c.name} to show offline once cut`, 10_000);
    }
    await run.within(STEP_MS, 'the heal', run.healAll());
    await run.within(STEP_MS, 'converging after the heal', converged(computers, 60_000));
    await run.within(STEP_MS, 'the minutes after the heal', run.pass(2));
    await run.within(STEP_MS, 'converging again', converged(computers, 60_000));
    run.collect(-1);
    const score = await checkInvariants(run, { ...rules, reminderComputer: NAMES[0]! });
    tally.runs++;
    tally.reminders += score.reminders;
    tally.shown += score.shown;
    tally.badgeOnly += score.badgeOnly;
    tally.offlineReminderComputerDoubles += score.offlineReminderComputerDoubles;
  } finally {
    for (const c of computers) {
      await run.within(STEP_MS, `closing ${c.name}`, c.core.close()).catch(() => undefined);
      await c.proxy?.close();
    }
  }
}
const tally = { runs: 0, reminders: 0, shown: 0, badgeOnly: 0, offlineReminderComputerDoubles: 0 };

/** The race the rule must survive: the reminder computer cut off while another computer is online when a reminder comes due. */
const reminderComputerCutOff = (mode: CutMode): Op[] => [
  { kind: 'followUp', on: 1, card: 0, inMin: 5 },
  { kind: 'time', minutes: 1 },
  { kind: 'cut', on: 0, mode },
  { kind: 'time', minutes: 6 },
];

/** The reminder computer asleep (shut at home) while the laptop, awake and online, reaches a reminder. */
const REMINDER_COMPUTER_ASLEEP: Op[] = [
  { kind: 'followUp', on: 1, card: 0, inMin: 5 },
  { kind: 'time', minutes: 1 },
  { kind: 'sleep', on: 0 },
  { kind: 'time', minutes: 30 },
  { kind: 'wake', on: 0 },
  { kind: 'time', minutes: 1 },
];

/** Every computer online; the reminder computer's clock half a minute behind the others'. */
const REMINDER_COMPUTER_CLOCK_BEHIND: Op[] = [
  { kind: 'followUp', on: 1, card: 0, inMin: 5 },
  { kind: 'skew', on: 0, ms: -30_000 },
  { kind: 'time', minutes: 5 },
  { kind: 'time', minutes: 2 },
];

describe('sync convergence (property)', () => {
  it('three computers, random actions, reminders, network cuts with sync on and sleep: after healing, equal boards, every action in every history, each reminder shown once (but the known double below), on time, and none lost', async () => {
    const shrink = process.env['HEARBACK_SHRINK'] === '1';
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(opArbitrary, { minLength: 5, maxLength: 25, size: 'large' }), (ops) => partitionedRun(ops, { onTime: true, offlineReminderComputerDouble: 'counted' })),
        {
          numRuns: Number(process.env['HEARBACK_CONVERGENCE_RUNS'] ?? 5),
          // A fixed seed in the suite, so a run fails only on a change; HEARBACK_SEED explores others.
          // Seed -68711966 (run 4) still breaks the on-time rule after a blackholed laptop heals:
          // an open finding, see the sync issue.
          seed: Number(process.env['HEARBACK_SEED'] ?? 29),
          endOnFailure: !shrink,
        },
      );
    } finally {
      console.log(
        `sync convergence: ${tally.runs} runs passed; ${tally.reminders} reminders came due, ${tally.shown} shown as notifications, ${tally.badgeOnly} listed in the app only; ${tally.offlineReminderComputerDoubles} shown twice by the known double`,
      );
    }
  }, 300_000);

  // The one double left, by choice. The desk (the reminder computer) claims the 08:05 reminder
  // ahead at 08:00 and loses its network at 08:01 while awake. At 08:05 the laptop, online, finding
  // the desk silent for over three minutes, takes the claim over and shows it; the desk, offline,
  // shows the reminder it holds too. Silence cannot tell a desk cut off from a desk asleep (or from
  // a server that is down for everyone), and the app's rule is that never missing a reminder
  // outranks never showing one twice (the scheduler's table): the asleep case below needs the
  // takeover, and a desk offline must still remind. This pins that exactly this shape, and no
  // other, is what remains.
  const doubleShown = /each reminder once: \S+ 2026-03-02T08:05:00\.000Z shown 2 times:\n {2}on (Desk|Laptop) at .*\n {2}on (Desk|Laptop) at /;
  it('the double left by choice — the reminder computer cut off (connection refused) while awake over three minutes before a reminder the laptop reaches online: both show it at 08:05', async () => {
    await expect(partitionedRun(reminderComputerCutOff('refuse'), { onTime: true, offlineReminderComputerDouble: 'fail' })).rejects.toThrow(doubleShown);
  }, 120_000);
  // No answer: the desk's claim gives up after CLAIM_TIMEOUT_MS (real time) and falls back on its
  // replica's copy ("mine": it shows it, the known double) — unless the network came back first and
  // the laptop's takeover reached the replica (shown once). Either way, nothing else may break.
  it('the double left by choice — the reminder computer cut off (no answer) while awake over three minutes before a reminder the laptop reaches online: at most that double', async () => {
    const outcome = await partitionedRun(reminderComputerCutOff('blackhole'), { onTime: true, offlineReminderComputerDouble: 'fail' }).then(
      () => 'shown once',
      (error: unknown) => {
        expect(String(error)).toMatch(doubleShown);
        return 'the known double';
      },
    );
    console.log(`reminder computer without answers: ${outcome}`);
  }, 120_000);

  // No network trouble, the desk's clock 30 s behind. It claimed the 08:05 reminder ahead; at 08:05
  // the laptop and the tablet find it held by the desk (awake) and record nothing, so the desk's own
  // 08:05 finds it undelivered and shows it. (Before, they recorded it delivered; the record reached
  // the desk first, and the reminder was shown nowhere.)
  it("the reminder computer's clock 30 s behind, everyone online: the reminder it claimed ahead is shown once, by it", async () => {
    await partitionedRun(REMINDER_COMPUTER_CLOCK_BEHIND, { onTime: true, offlineReminderComputerDouble: 'fail' });
  }, 120_000);

  it('the reminder computer asleep while the laptop, awake and online, reaches a reminder: the laptop shows it on time, once', async () => {
    await partitionedRun(REMINDER_COMPUTER_ASLEEP, { onTime: true, offlineReminderComputerDouble: 'fail' });
  }, 120_000);
});

type OffOp = { kind: 'create'; on: number } | { kind: 'note'; on: number; card: number } | { kind: 'off'; on: number } | { kind: 'on'; on: number };
const offOp: fc.Arbitrary<OffOp> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 2 }).map((on) => ({ kind: 'create' as const, on })) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('note' as const), on: fc.integer({ min: 0, max: 2 }), card: fc.nat({ max: 30 }) }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 2 }).map((on) => ({ kind: 'off' as const, on })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 2 }).map((on) => ({ kind: 'on' as const, on })) },
);

/**
 * Sync turned off and on again (Settings → Sync, not a network failure): a computer that stopped
 * syncing keeps working alone, and once turned on again every computer converges. (With sync off a
 * computer shows every reminder itself — the single-computer rule — so no reminders here.)
 */
describe('sync turned off and on again (property)', () => {
  it('edits made while sync was off on some computers: once on again, equal boards', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(offOp, { minLength: 4, maxLength: 14 }), async (ops) => {
        const computers = await harness.computers(...NAMES);
        const off = new Set<number>();
        let n = 0;
        try {
          for (const o of ops) {
            const c = computers[o.on]!;
            const cards = [...c.core.store.active.applications.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
            if (o.kind === 'create') await c.core.dispatch('applications.create', { company: `Co ${o.on}-${++n}`, role: 'Engineer', stageId: 'applied' });
            else if (o.kind === 'note' && cards.length > 0) await c.core.dispatch('applications.update', { id: cards[o.card % cards.length]!.id, patch: { notes: `note ${++n}` } });
            else if (o.kind === 'off' && !off.has(o.on)) {
              off.add(o.on);
              await c.core.sync.stop();
              expect(c.core.sync.status().state).toBe('off');
            } else if (o.kind === 'on' && off.delete(o.on)) await c.core.sync.start(c.connection);
          }
          for (const i of off) await computers[i]!.core.sync.start(computers[i]!.connection);
          await converged(computers, 40_000);
        } finally {
          for (const c of computers) await c.core.close().catch(() => undefined);
        }
      }),
      { numRuns: 3, endOnFailure: true },
    );
  }, 120_000);
});
