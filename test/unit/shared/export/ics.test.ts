import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine, icsRrule, icsTextLine } from '../../../../shared/export';
import { makeApplication, makeFollowUp, makeInterview } from './fixtures';

const STAMP = '2026-03-05T10:00:00.000Z';
const encoder = new TextEncoder();

/** Text as ical.js gives it back: our escaping drops controls other than tab/newline and normalises newlines. */
function expectedRoundTrip(text: string): string {
  return (
    text
      .replace(/\r\n|\r/g, '\n')
      // eslint-disable-next-line no-control-regex -- mirrors what the escaper removes
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  );
}

function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

const hostileText = fc.string({
  unit: fc.oneof(fc.constantFrom('😀', '👩‍💻', 'é', '中', '\n', '\r\n', '\r', '\\', ';', ',', ':', '"', '\t', '\u0000', '\u0007', '\u001b', ' ', 'a'), fc.string({ unit: 'grapheme', maxLength: 1 })),
  maxLength: 300,
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and newlines as RFC 5545 §3.3.11 says', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('drops control characters other than tab', () => {
    expect(escapeIcsText('a\u0000b\u0007c\td')).toBe('abc\td');
  });
});

describe('foldIcsLine', () => {
  it('never exceeds 75 octets per physical line and never splits a UTF-8 sequence', () => {
    fc.assert(
      fc.property(hostileText, (value) => {
        const folded = icsTextLine('DESCRIPTION', value);
        expect(folded.endsWith('\r\n')).toBe(true);
        const lines = folded.slice(0, -2).split('\r\n');
        for (const [i, line] of lines.entries()) {
          expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
          if (i > 0) expect(line.startsWith(' ')).toBe(true);
          // A split surrogate pair would show up as a lone surrogate at a line edge.
          expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
        expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`DESCRIPTION:${escapeIcsText(value)}`);
      }),
      { numRuns: 300 },
    );
  });
  it('folds exactly at 75 octets', () => {
    const folded = foldIcsLine('X'.repeat(160));
    expect(folded.split('\r\n').map((l) => l.length)).toEqual([75, 75, 12]);
  });
  it('moves a 4-octet emoji to the next line rather than splitting it', () => {
    const folded = foldIcsLine(`${'x'.repeat(73)}😀`);
    expect(folded).toBe(`${'x'.repeat(73)}\r\n 😀`);
  });
});

describe('icsRrule', () => {
  it('accepts RRULE bodies with or without the name', () => {
    expect(icsRrule('FREQ=WEEKLY;BYDAY=MO,WE')).toBe('FREQ=WEEKLY;BYDAY=MO,WE');
    expect(icsRrule('RRULE:freq=daily;count=3')).toBe('FREQ=DAILY;COUNT=3');
  });
  it.each(['FREQ=DAILY\r\nBEGIN:VEVENT', 'COUNT=3', 'FREQ=DAILY;X="a"', ''])('refuses %j', (value) => {
    expect(icsRrule(value)).toBeNull();
  });
});

describe('buildIcs', () => {
  it('round-trips hostile interview and follow-up text through ical.js', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (company, round, title) => {
        const app = makeApplication({ company: company || 'x' });
        const ics = buildIcs(
          {
            applications: [app],
            interviews: [makeInterview({ round: round || 'r', location: title })],
            followUps: [makeFollowUp({ title: title || 't' })],
          },
          STAMP,
        );
        const events = parse(ics)
          .getAllSubcomponents('vevent')
          .map((v) => new ICAL.Event(v));
        expect(events).toHaveLength(2);
        expect(events[0]?.summary).toBe(expectedRoundTrip(`Interview: ${round || 'r'} — ${company || 'x'} (Engineer)`));
        if (title) expect(events[0]?.location).toBe(expectedRoundTrip(title));
        expect(events[1]?.summary).toBe(expectedRoundTrip(`${title || 't'} — ${company || 'x'} (Engineer)`));
      }),
      { numRuns: 150 },
    );
  });

  it('writes interviews in UTC with their duration, and follow-ups with a display alarm', () => {
    const ics = buildIcs({ applications: [makeApplication()], interviews: [makeInterview()], followUps: [makeFollowUp()] }, STAMP);
    const [interview, followUp] = parse(ics).getAllSubcomponents('vevent');
    const ev = new ICAL.Event(interview);
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-03-10T13:00:00.000Z');
    expect(ev.endDate.toJSDate().toISOString()).toBe('2026-03-10T13:45:00.000Z');
    expect(ev.uid).toBe('interview-int1@hearback');
    const alarm = followUp?.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('omits cancelled follow-ups and the alarm of done ones', () => {
    const ics = buildIcs(
      {
        applications: [makeApplication()],
        interviews: [],
        followUps: [makeFollowUp({ id: 'a', status: 'cancelled' }), makeFollowUp({ id: 'b', status: 'done' })],
      },
      STAMP,
    );
    const events = parse(ics).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(events[0]?.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('writes a recurring follow-up with TZID and RRULE that keeps the wall time across DST', () => {
    // Mondays 09:00 in Berlin, starting before the 29 March 2026 spring-forward.
    const ics = buildIcs(
      {
        applications: [makeApplication()],
        interviews: [],
        followUps: [makeFollowUp({ dueAt: '2026-03-16T08:00:00.000Z', recurrence: 'FREQ=WEEKLY;COUNT=4' })],
      },
      STAMP,
    );
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20260316T090000');
    const cal = parse(ics);
    const vtz = cal.getFirstSubcomponent('vtimezone');
    expect(vtz).not.toBeNull();
    const tz = new ICAL.Timezone(vtz as ICAL.Component);
    ICAL.TimezoneService.register(tz, 'Europe/Berlin');
    try {
      const ev = new ICAL.Event(cal.getFirstSubcomponent('vevent') as ICAL.Component);
      const it = ev.iterator();
      const instants: string[] = [];
      for (let next = it.next(); next && instants.length < 4; next = it.next()) {
        const time = next.clone();
        time.zone = tz;
        instants.push(time.toJSDate().toISOString());
      }
      expect(instants).toEqual(['2026-03-16T08:00:00.000Z', '2026-03-23T08:00:00.000Z', '2026-03-30T07:00:00.000Z', '2026-04-06T07:00:00.000Z']);
    } finally {
      ICAL.TimezoneService.remove('Europe/Berlin');
    }
  });
});
