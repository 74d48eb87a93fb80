import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readIcs, type IcsResult } from '../../../../shared/calendar/parse-ics';

/**
 * Calendars nobody would write on purpose: random RRULEs (any frequency, impossible BY-rules,
 * huge COUNTs, no end), long EXDATE/RDATE lists, overrides, nested components, stray lines, many
 * events. The reader never throws, finishes a file within 3 s, and never runs more than 100 ms
 * without pausing — a pause is where the core lets every other call through (parse-in-slices.ts),
 * so that gap is the longest another call can wait on it.
 */

const NOW = Date.parse('2026-12-01T12:00:00Z');
const options = { fallbackZone: 'Europe/Berlin', windowStartMs: NOW - 14 * 86_400_000, windowEndMs: NOW + 366 * 86_400_000 };

const stamp = fc.integer({ min: Date.parse('1970-01-01T00:00:00Z'), max: Date.parse('2031-12-31T00:00:00Z') }).map((ms) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, ''),
);
const zoneParam = fc.constantFrom('', ';TZID=Europe/Berlin', ';TZID=W. Europe Standard Time', ';TZID=Customized Time Zone', ';VALUE=DATE', ';TZID=America/New_York');
const dateTime = fc.tuple(zoneParam, stamp).map(([zone, s]) => (zone === ';VALUE=DATE' ? `${zone}:${s.slice(0, 8)}` : zone === '' ? `:${s}` : `${zone}:${s.slice(0, 15)}`));
const byRule = fc.constantFrom(
  '',
  ';BYMONTH=2;BYMONTHDAY=31',
  ';BYDAY=MO,TU,WE,TH,FR',
  ';BYSETPOS=-1;BYDAY=MO',
  ';BYYEARDAY=366',
  ';BYWEEKNO=53',
  ';BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23',
  ';BYMINUTE=0,15,30,45',
  ';BYSECOND=0,30',
  ';BYDAY=-1FR;BYMONTH=2,4',
);
const rrule = fc
  .tuple(fc.constantFrom('SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'), fc.integer({ min: 1, max: 5 }), fc.option(fc.integer({ min: 1, max: 10_000_000 })), fc.option(stamp), byRule)
  .map(([freq, interval, count, until, by]) => `RRULE:FREQ=${freq};INTERVAL=${interval}${count !== null ? `;COUNT=${count}` : until !== null ? `;UNTIL=${until}` : ''}${by}`);
const nesting = fc.integer({ min: 0, max: 30 }).map((depth) => [...Array.from({ length: depth }, (_, i) => `BEGIN:X-NEST${i}`), 'X-DEEP:1', ...Array.from({ length: depth }, (_, i) => `END:X-NEST${depth - 1 - i}`)]);
const stray = fc.constantFrom('', 'SUMMARY=Out of form', 'a line without a colon', ' folded tail', '', 'X-ALT-DESC;FMTTYPE=text/html:<a href="https://teams.microsoft.com/l/meetup-join/x">Join</a>');

const vevent = fc
  .record({
    uid: fc.integer({ min: 0, max: 20 }),
    start: dateTime,
    rrule: fc.option(rrule, { nil: undefined }),
    exdates: fc.array(dateTime, { maxLength: 200 }),
    rdates: fc.array(dateTime, { maxLength: 200 }),
    override: fc.option(dateTime, { nil: undefined }),
    nesting,
    stray,
  })
  .map((e) =>
    [
      'BEGIN:VEVENT',
      `UID:hostile-${e.uid}`,
      `DTSTART${e.start}`,
      'DURATION:PT1S',
      ...(e.rrule ? [e.rrule] : []),
      ...(e.exdates.length > 0 ? [`EXDATE${e.exdates[0]!.split(':')[0]}:${e.exdates.map((d) => d.split(':')[1]).join(',')}`] : []),
      ...e.rdates.map((d) => `RDATE${d}`),
      ...(e.override ? [`RECURRENCE-ID${e.override}`] : []),
      ...e.nesting,
      e.stray,
      'SUMMARY:Hostile',
      'END:VEVENT',
    ].filter((l) => l !== ''),
  );

const calendar = fc.array(vevent, { minLength: 1, maxLength: 60 }).map((events) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hostile//EN', ...events.flat(), 'END:VCALENDAR', ''].join('\r\n'));

/** This process's CPU time, ms: a stretch is the reader's own work, not the time other processes on a busy machine took. */
const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** Reads like the core does, recording the longest stretch between two pauses (CPU) and the whole time (wall). */
function timedRead(text: string): { result: IcsResult; longestStretchMs: number; totalMs: number } {
  const reading = readIcs(text, { ...options, clock: () => performance.now() });
  const start = performance.now();
  let last = cpuMs();
  let longestStretchMs = 0;
  for (;;) {
    const step = reading.next();
    const now = cpuMs();
    longestStretchMs = Math.max(longestStretchMs, now - last);
    last = now;
    if (step.done) return { result: step.value, longestStretchMs, totalMs: performance.now() - start };
  }
}

describe('a hostile calendar', () => {
  it('never throws, ends within 3 s, and pauses at least every 100 ms', () => {
    // The first read loads ical.js's and Intl's zone data, which a running app has long loaded.
    timedRead('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:w\r\nDTSTART;TZID=Europe/Berlin:20261201T100000\r\nRRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    let worstStretch = 0;
    let worstTotal = 0;
    fc.assert(
      fc.property(calendar, (text) => {
        const { result, longestStretchMs, totalMs } = timedRead(text);
        worstStretch = Math.max(worstStretch, longestStretchMs);
        worstTotal = Math.max(worstTotal, totalMs);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) expect(result.events.length).toBeLessThanOrEqual(10_000);
        expect(totalMs).toBeLessThan(3000);
        expect(longestStretchMs).toBeLessThan(100);
      }),
      // A failure is reported as found: shrinking re-reads hostile files for minutes.
      { numRuns: 60, seed: 2112, endOnFailure: true },
    );
    console.log(`hostile calendars: longest stretch without a pause ${worstStretch.toFixed(1)} ms, longest read ${worstTotal.toFixed(0)} ms (60 files)`);
  });
});
