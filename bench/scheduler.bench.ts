import { createScheduler } from '../electron/core/scheduler';
import { DEFAULT_SETTINGS, type FollowUp } from '../shared/domain';
import { scanFollowUps } from '../shared/followup';
import { median } from './support';

/**
 * Scheduler benchmarks: how long one pass over the open follow-ups takes (what is due, when to
 * wake), how it scales from 1k to 10k, and that 10k pending follow-ups still arm one timer.
 */

const NOW = Date.parse('2026-03-10T15:00:00.000Z');
const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const RULES = ['FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', 'FREQ=MONTHLY;BYDAY=1MO', 'FREQ=DAILY;INTERVAL=3;COUNT=20'];
const RUNS = 15;
const WARM_UPS = 3;

/** `total` follow-ups, one in five recurring, due from two weeks ago to two months ahead. */
function makeFollowUps(total: number): FollowUp[] {
  const list: FollowUp[] = [];
  for (let i = 0; i < total; i++) {
    const recurring = i % 5 === 0;
    const offsetMs = ((i * 7919) % (74 * 24)) * 3_600_000 - 14 * 86_400_000;
    const dueAt = new Date(NOW + offsetMs).toISOString();
    list.push({
      id: `f${i}`,
      applicationId: `a${i % 500}`,
      interviewId: null,
      kind: recurring ? 'custom' : i % 3 === 0 ? 'check-in' : 'thank-you',
      title: `Follow-up ${i}`,
      dueAt,
      timeZone: ZONES[i % ZONES.length] ?? 'UTC',
      recurrence: recurring ? (RULES[i % RULES.length] ?? null) : null,
      sequence: 0,
      channel: 'email',
      status: 'pending',
      statusReason: '',
      snoozedUntil: null,
      draft: null,
      deliveries: offsetMs < 0 && !recurring ? [{ occurrence: dueAt, at: dueAt, via: 'notification' }] : [],
      origin: recurring ? 'user' : 'policy',
      createdAt: dueAt,
      updatedAt: dueAt,
    });
  }
  return list;
}

function timeOnce(followUps: readonly FollowUp[]): number {
  const began = performance.now();
  scanFollowUps(followUps, NOW, 'America/New_York');
  return performance.now() - began;
}

/** Median scan times of both sizes, sampled alternately so machine load drifts affect both alike. */
function timePlans(small: readonly FollowUp[], large: readonly FollowUp[]): { small: number; large: number } {
  for (let i = 0; i < WARM_UPS; i++) {
    timeOnce(small);
    timeOnce(large);
  }
  const s: number[] = [];
  const l: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    s.push(timeOnce(small));
    l.push(timeOnce(large));
  }
  return { small: median(s), large: median(l) };
}

async function armedTimersWith(followUps: readonly FollowUp[]): Promise<number> {
  let id = 0;
  const scheduler = createScheduler({
    clock: {
      now: () => NOW,
      setTimeout: () => ++id,
      clearTimeout: () => {},
    },
    source: {
      snapshot: () => ({ followUps, settings: { ...DEFAULT_SETTINGS, quietHours: { enabled: false, start: '21:00', end: '08:00' } }, zone: 'America/New_York' }),
      recordDeliveries: async () => {},
    },
    notifier: { show: () => {} },
  });
  scheduler.start();
  await scheduler.recompute('start');
  const armed = scheduler.armedTimers();
  scheduler.stop();
  return armed;
}

export async function run(): Promise<Record<string, number>> {
  const tenK = makeFollowUps(10_000); // 2,000 recurring
  const oneK = makeFollowUps(1_000);
  const { small: plan1k, large: plan10k } = timePlans(oneK, tenK);
  return {
    'scheduler.plan_10k_ms': Math.round(plan10k * 100) / 100,
    'scheduler.plan_scaling': Math.round((plan10k / Math.max(plan1k, 0.001)) * 100) / 100,
    'scheduler.armed_timers': await armedTimersWith(tenK),
  };
}
