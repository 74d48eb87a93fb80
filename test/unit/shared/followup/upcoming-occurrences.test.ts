import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanFollowUps, upcomingOccurrences } from '../../../../shared/followup';
import type { FollowUp } from '../../../../shared/domain';
import { followUp } from './fixtures';

/**
 * What the reminder computer claims ahead (sync) must cover every notification the scheduler
 * would give in that span: an occurrence missing from the claims is one an online computer could
 * show while the reminder computer, cut off, shows it too.
 */
const START = Date.parse('2026-03-01T12:00:00.000Z');
const HOUR = 3_600_000;
const SPAN = 7 * 24 * HOUR;

const arbFollowUp = (index: number): fc.Arbitrary<FollowUp> =>
  fc
    .record({
      dueOffsetH: fc.integer({ min: -72, max: 24 * 9 }),
      recurrence: fc.constantFrom(null, 'FREQ=DAILY', 'FREQ=WEEKLY', 'FREQ=DAILY;COUNT=3', 'FREQ=DAILY;INTERVAL=2', 'FREQ=WEEKLY;BYDAY=MO,WE,FR'),
      snoozeOffsetH: fc.option(fc.integer({ min: -24, max: 24 * 8 }), { nil: null }),
      zone: fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC'),
      origin: fc.constantFrom('user' as const, 'policy' as const),
    })
    .map(({ dueOffsetH, recurrence, snoozeOffsetH, zone, origin }) =>
      followUp({
        id: `fu${index}`,
        interviewId: null,
        kind: 'custom',
        dueAt: new Date(START + dueOffsetH * HOUR).toISOString(),
        recurrence,
        timeZone: zone,
        status: snoozeOffsetH === null ? 'pending' : 'snoozed',
        snoozedUntil: snoozeOffsetH === null ? null : new Date(START + snoozeOffsetH * HOUR).toISOString(),
        origin,
        createdAt: new Date(START - 96 * HOUR).toISOString(),
        updatedAt: new Date(START - HOUR).toISOString(),
      }),
    );

describe('the occurrences claimed ahead', () => {
  it('cover every reminder the scheduler gives at any moment of the span', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 1_000 }), { minLength: 1, maxLength: 4 }).chain((ids) => fc.tuple(...ids.map((_, i) => arbFollowUp(i)))),
        fc.array(fc.integer({ min: 0, max: SPAN }), { minLength: 1, maxLength: 12 }),
        (followUps, moments) => {
          const claimed = new Set(upcomingOccurrences(followUps, START, START + SPAN).map((k) => `${k.followUpId} ${k.occurrence}`));
          for (const offset of moments) {
            for (const due of scanFollowUps(followUps, START + offset, 'Europe/Berlin').due) {
              expect(claimed, `at +${offset} ms`).toContain(`${due.followUp.id} ${due.occurrence}`);
              checked++;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    // The property means something only when the scheduler had reminders to give.
    expect(checked).toBeGreaterThan(300);
  });

  it('leave out what is delivered, closed, or was planned after its moment had passed', () => {
    const delivered = followUp({ id: 'a', dueAt: '2026-03-01T11:00:00.000Z', recurrence: null, deliveries: [{ occurrence: '2026-03-01T11:00:00.000Z', at: '2026-03-01T11:00:00.000Z', via: 'notification' }] });
    const done = followUp({ id: 'b', dueAt: '2026-03-02T11:00:00.000Z', recurrence: null, status: 'done' });
    const late = followUp({ id: 'c', dueAt: '2026-03-01T10:00:00.000Z', recurrence: null, origin: 'policy', createdAt: '2026-03-01T11:00:00.000Z' });
    const ahead = followUp({ id: 'd', dueAt: '2026-03-03T09:00:00.000Z', recurrence: null, status: 'pending', snoozedUntil: null });
    expect(upcomingOccurrences([delivered, done, late, ahead], START, START + SPAN)).toEqual([{ followUpId: 'd', occurrence: '2026-03-03T09:00:00.000Z' }]);
  });
});
