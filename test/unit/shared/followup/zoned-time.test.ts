import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { epochMsToWallTime, localDateOf, localTimeToEpochMs, toInstant, floatingToEpochMs, epochMsToFloating } from '../../../../shared/followup';

const at = (date: string, time: string, zone: string): string => toInstant(localTimeToEpochMs(date, time, zone));

describe('wall time → instant in a named zone (RFC 5545 §3.3.5)', () => {
  it.each([
    // zone, date, wall time, instant, why
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z', 'gap: 02:30 takes the offset before the gap (→ 03:30 EDT)'],
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z', 'overlap: the earlier instant (EDT)'],
    ['America/New_York', '2026-07-01', '09:00', '2026-07-01T13:00:00.000Z', 'summer time'],
    ['Europe/Berlin', '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z', 'gap → 03:30 CEST'],
    ['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z', 'overlap: CEST, the earlier'],
    ['Australia/Lord_Howe', '2026-10-04', '02:15', '2026-10-03T15:45:00.000Z', '30-minute gap: +10:30 before it (→ 02:45)'],
    ['Australia/Lord_Howe', '2026-04-05', '01:45', '2026-04-04T14:45:00.000Z', '30-minute overlap: +11, the earlier'],
    ['Asia/Kolkata', '2026-03-08', '09:00', '2026-03-08T03:30:00.000Z', 'no DST, half-hour offset'],
  ])('%s %s %s → %s (%s)', (zone, date, time, instant) => {
    expect(at(date, time, zone)).toBe(instant);
  });

  it('reads the wall time of an instant back in the zone', () => {
    expect(epochMsToWallTime(Date.parse('2026-03-08T07:30:00.000Z'), 'America/New_York')).toEqual({ date: '2026-03-08', minutes: 3 * 60 + 30 });
  });

  it('round-trips floating dates outside gaps whatever the host zone', () => {
    const ms = Date.parse('2026-06-15T10:20:30.400Z');
    for (const zone of ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
      expect(floatingToEpochMs(epochMsToFloating(ms, zone), zone)).toBe(ms);
    }
  });
});

describe('the calendar date of an instant in a zone', () => {
  // Rule: localDateOf (through Intl, for speed) names the same date as Temporal's zoned date,
  // for any instant a store holds and any zone, across DST changes and date-line zones.
  const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'America/St_Johns'];
  it('agrees with Temporal for any instant and zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        expect(localDateOf(ms, zone)).toBe(Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDate().toString());
      }),
      { numRuns: 2000 },
    );
  });
  it.each([
    // instant, zone, date, why
    ['2026-03-08T04:59:59.999Z', 'America/New_York', '2026-03-07', 'one ms before local midnight (EST)'],
    ['2026-03-08T05:00:00.000Z', 'America/New_York', '2026-03-08', 'local midnight'],
    ['2026-12-31T10:00:00.000Z', 'Pacific/Kiritimati', '2027-01-01', '+14: already the next year'],
    ['0500-06-01T12:00:00.000Z', 'UTC', '0500-06-01', 'a year before 1000 keeps four digits'],
  ])('%s in %s is %s (%s)', (instant, zone, date) => {
    expect(localDateOf(Date.parse(instant), zone)).toBe(date);
  });
});
