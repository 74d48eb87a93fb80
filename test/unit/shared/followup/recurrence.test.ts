import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceRecurrence, compileRecurrence, occurrenceAtOrAfter, occurrenceAtOrBefore, toInstant, validateRecurrence } from '../../../../shared/followup';

/** The first `n` occurrences at or after the start, as ISO instants. */
function expand(rule: string, start: string, zone: string, n: number): string[] {
  const rec = compileRecurrence(rule, start, zone);
  const out: string[] = [];
  let from = rec.startMs;
  for (let i = 0; i < n; i++) {
    const next = occurrenceAtOrAfter(rec, from);
    if (next === null) break;
    out.push(toInstant(next));
    from = next + 1;
  }
  return out;
}

describe('recurrence keeps the wall time in the reminder zone across DST', () => {
  it('daily 09:00 in New York moves from 14:00Z to 13:00Z after spring-forward', () => {
    expect(expand('FREQ=DAILY', '2026-03-07T14:00:00.000Z', 'America/New_York', 3)).toEqual(['2026-03-07T14:00:00.000Z', '2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z']);
  });
  it('daily 02:30 in New York: on the gap night it fires at 03:30 EDT, then back to 02:30', () => {
    expect(expand('FREQ=DAILY', '2026-03-07T07:30:00.000Z', 'America/New_York', 3)).toEqual(['2026-03-07T07:30:00.000Z', '2026-03-08T07:30:00.000Z', '2026-03-09T06:30:00.000Z']);
  });
  it('daily 01:30 in New York: on the overlap night it fires once, at the earlier instant', () => {
    expect(expand('FREQ=DAILY', '2026-10-31T05:30:00.000Z', 'America/New_York', 3)).toEqual(['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
  });
  it('weekly 09:00 in Berlin across the October change', () => {
    expect(expand('FREQ=WEEKLY;BYDAY=FR', '2026-10-23T07:00:00.000Z', 'Europe/Berlin', 2)).toEqual(['2026-10-23T07:00:00.000Z', '2026-10-30T08:00:00.000Z']);
  });
  it('Lord Howe: 02:15 on the 30-minute spring-forward night becomes 02:45', () => {
    expect(expand('FREQ=DAILY;COUNT=2', '2026-10-02T15:45:00.000Z', 'Australia/Lord_Howe', 5)).toEqual(['2026-10-02T15:45:00.000Z', '2026-10-03T15:45:00.000Z']);
  });
  it('Kolkata has no DST: weekly stays at 03:30Z', () => {
    expect(expand('FREQ=WEEKLY;INTERVAL=2', '2026-03-02T03:30:00.000Z', 'Asia/Kolkata', 2)).toEqual(['2026-03-02T03:30:00.000Z', '2026-03-16T03:30:00.000Z']);
  });
  it('MONTHLY with BYDAY=1MO picks the first Monday; COUNT ends the series', () => {
    expect(expand('FREQ=MONTHLY;BYDAY=1MO;COUNT=3', '2026-01-05T14:00:00.000Z', 'America/New_York', 5)).toEqual(['2026-01-05T14:00:00.000Z', '2026-02-02T14:00:00.000Z', '2026-03-02T14:00:00.000Z']);
  });
  it('UNTIL in UTC is an instant; a date-only UNTIL includes that day', () => {
    expect(expand('FREQ=DAILY;UNTIL=20260310T140000Z', '2026-03-09T13:00:00.000Z', 'America/New_York', 5)).toHaveLength(2);
    expect(expand('FREQ=DAILY;UNTIL=20260310', '2026-03-09T13:00:00.000Z', 'America/New_York', 5)).toHaveLength(2);
  });
  it('finds the last occurrence at or before an instant', () => {
    const rec = compileRecurrence('FREQ=DAILY', '2026-03-01T14:00:00.000Z', 'America/New_York');
    expect(toInstant(occurrenceAtOrBefore(rec, Date.parse('2026-03-20T12:00:00.000Z')) ?? 0)).toBe('2026-03-19T13:00:00.000Z');
    expect(occurrenceAtOrBefore(rec, Date.parse('2026-03-01T13:59:59.000Z'))).toBeNull();
  });
});

describe('validateRecurrence refuses rules that are invalid or never happen', () => {
  const start = '2026-03-03T14:00:00.000Z';
  it.each([
    ['FREQ=HOURLY;INTERVAL=2;BYHOUR=1', /too frequent/],
    ['FREQ=MINUTELY', /too frequent/],
    ['FREQ=DAILY;BYHOUR=9', /BYHOUR is not supported/],
    ['FREQ=YEARLY', /not supported/],
    ['INTERVAL=2', /FREQ is required/],
    ['FREQ=DAILY;COUNT=3;UNTIL=20270101', /COUNT and UNTIL/],
    ['FREQ=DAILY;UNTIL=20260101', /never produces/],
    ['FREQ=DAILY;INTERVAL=7;BYDAY=MO', /never falls on MO/],
    ['FREQ=MONTHLY;BYDAY=5MO', /fifth weekday/],
    ['FREQ=WEEKLY;BYDAY=1MO', /needs FREQ=MONTHLY/],
    ['FREQ=DAILY;INTERVAL=0', /between 1 and/],
    ['FREQ=DAILY;COUNT=x', /whole number/],
    ['FREQ=DAILY;UNTIL=20260230', /not a real date/],
    ['DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY', /single RRULE line/],
    ['', /empty/],
    ['garbage', /NAME=VALUE/],
  ])('%s', (rule, message) => {
    const result = validateRecurrence(rule, start, 'America/New_York');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
  it('accepts the supported forms', () => {
    for (const rule of ['FREQ=DAILY', 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE', 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=4', 'freq=daily;until=20261231T000000Z']) {
      expect(validateRecurrence(rule, start, 'Europe/Berlin')).toEqual({ ok: true });
    }
  });
  it('refuses an unknown zone with a message', () => {
    expect(validateRecurrence('FREQ=DAILY', start, 'Mars/Olympus')).toMatchObject({ ok: false });
  });

  it('fuzz: no rule built from RRULE parts hangs, and accepted rules expand', () => {
    const part = fc.oneof(
      fc.constantFrom('SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY').map((f) => `FREQ=${f}`),
      fc.integer({ min: -1, max: 400 }).map((n) => `INTERVAL=${n}`),
      fc.integer({ min: 0, max: 50 }).map((n) => `COUNT=${n}`),
      fc.integer({ min: 0, max: 23 }).map((n) => `BYHOUR=${n}`),
      fc.constantFrom('20250101', '20261231T000000Z', '20270315T120000').map((u) => `UNTIL=${u}`),
      fc.array(fc.tuple(fc.constantFrom('', '1', '-1', '2', '5', '-5'), fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')), { minLength: 1, maxLength: 3 }).map((days) => `BYDAY=${days.map(([n, d]) => n + d).join(',')}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') }),
        fc.constantFrom('America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata'),
        (parts, startMs, zone) => {
          const rule = parts.join(';');
          const start = toInstant(startMs);
          const began = Date.now();
          const result = validateRecurrence(rule, start, zone);
          if (result.ok) {
            const rec = compileRecurrence(rule, start, zone);
            occurrenceAtOrAfter(rec, startMs + 400 * 86_400_000);
            occurrenceAtOrBefore(rec, startMs + 400 * 86_400_000);
          }
          expect(Date.now() - began).toBeLessThan(2_000);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('marking a recurring reminder sent moves on to the next occurrence without moving the series', () => {
  it('consumes COUNT for the occurrences acknowledged', () => {
    const next = advanceRecurrence('FREQ=DAILY;COUNT=3', '2026-03-07T14:00:00.000Z', 'America/New_York', Date.parse('2026-03-07T15:00:00.000Z'));
    expect(next).toEqual({ rule: 'FREQ=DAILY;COUNT=2', dueAt: '2026-03-08T13:00:00.000Z' });
  });
  it('keeps UNTIL and BYDAY as written; null when nothing is left', () => {
    const next = advanceRecurrence('FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260312', '2026-03-02T14:00:00.000Z', 'America/New_York', Date.parse('2026-03-02T15:00:00.000Z'));
    expect(next).toEqual({ rule: 'FREQ=WEEKLY;UNTIL=20260312;BYDAY=MO,WE', dueAt: '2026-03-04T14:00:00.000Z' });
    expect(advanceRecurrence('FREQ=DAILY;COUNT=1', '2026-03-02T14:00:00.000Z', 'America/New_York', Date.parse('2026-03-02T15:00:00.000Z'))).toBeNull();
  });
});
