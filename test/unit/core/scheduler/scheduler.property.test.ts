import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScheduler, DIGEST_THRESHOLD, MAX_TIMER_MS } from '../../../../electron/core/scheduler';
import { followUp } from '../../shared/followup/fixtures';
import { FakeClock, FakeWorld, settle } from './fakes';

const HOUR = 3_600_000;
const START = Date.parse('2026-03-07T12:00:00.000Z'); // the weekend DST starts in New York

type Op = { kind: 'awake'; ms: number } | { kind: 'sleep'; ms: number; resume: boolean } | { kind: 'recompute' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.integer({ min: 0, max: 3 * HOUR }).map((ms) => ({ kind: 'awake' as const, ms })),
  fc.record({ kind: fc.constant('sleep' as const), ms: fc.integer({ min: 0, max: 12 * HOUR }), resume: fc.boolean() }),
  fc.constant({ kind: 'recompute' as const }),
);

describe('scheduler properties', () => {
  it('random schedules and sleep gaps: every due reminder is delivered exactly once, recorded first; >3 at once is one digest; ≤ 1 timer of ≤ 60 s', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: -6 * HOUR, max: 36 * HOUR }), { minLength: 1, maxLength: 10 }),
        fc.constantFrom('America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata'),
        fc.boolean(),
        fc.array(op, { maxLength: 8 }),
        async (offsets, zone, quiet, ops) => {
          const clock = new FakeClock(new Date(START).toISOString());
          const followUps = offsets.map((o, i) => followUp({ id: `f${i}`, dueAt: new Date(START + o).toISOString(), timeZone: zone }));
          const world = new FakeWorld(clock, followUps, zone, { quietHours: { enabled: quiet, start: '21:00', end: '08:00' } });
          const scheduler = createScheduler(world.ports());
          scheduler.start();
          await settle();
          for (const o of ops) {
            if (o.kind === 'awake') await clock.advance(o.ms);
            else if (o.kind === 'sleep') {
              clock.sleep(o.ms);
              if (o.resume) await scheduler.recompute('resume');
            } else await scheduler.recompute('data-changed');
            expect(scheduler.armedTimers()).toBeLessThanOrEqual(1);
          }
          // Stay awake long enough for any quiet night to end.
          await clock.advance(50 * HOUR - (clock.now() - START) > 0 ? 50 * HOUR - (clock.now() - START) : 24 * HOUR);
          scheduler.stop();

          expect(world.violations).toEqual([]);
          expect(clock.maxArmed).toBeLessThanOrEqual(1);
          expect(clock.maxDelay).toBeLessThanOrEqual(MAX_TIMER_MS);
          for (const f of world.followUps) expect(f.deliveries).toHaveLength(1);
          for (const count of world.showCounts().values()) expect(count).toBe(1);
          for (const shown of world.shown) expect(shown.digest).toBe(shown.reminders.length > DIGEST_THRESHOLD);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
