import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../../shared/calendar/parse-ics';

/** The lenient pre-pass (rules table in ics-lines.ts): files other readers accept are read, not refused. */

const options = { fallbackZone: 'Europe/Berlin', windowStartMs: Date.parse('2026-12-01T00:00:00Z'), windowEndMs: Date.parse('2027-12-01T00:00:00Z') };
const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:x@example.com', 'DTSTART:20261210T100000Z', ...lines, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
const read = (text: string) => {
  const result = parseIcs(text, options);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('the lenient pre-pass', () => {
  it('a blank line inside a folded value: the fold after it joins the line before', () => {
    const result = read(calendar('DESCRIPTION:Join https://meet.google.com/kfx-', '', ' pqnb-zwe today'));
    expect(result.events[0]!.description).toBe('Join https://meet.google.com/kfx-pqnb-zwe today');
  });

  it('SUMMARY=… is read as SUMMARY:…, and counted', () => {
    const result = read(calendar('SUMMARY=Interview: Globex'));
    expect(result.events[0]!.summary).toBe('Interview: Globex');
    expect(result.problems).toContain('1 line was out of form and read leniently');
  });

  it('a line without a colon after a description is a line of that description (its fold was lost)', () => {
    expect(read(calendar('DESCRIPTION:First line', 'second line')).events[0]!.description).toBe('First line\nsecond line');
  });

  it('a line without a colon anywhere else is dropped; LF and CR line endings read like CRLF', () => {
    const text = calendar('garbage without colon', 'SUMMARY:Kept').replace(/\r\n/g, '\n');
    expect(read(text).events[0]!.summary).toBe('Kept');
    expect(read(calendar('SUMMARY:Kept').replace(/\r\n/g, '\r')).events[0]!.summary).toBe('Kept');
  });

  it('text after END:VCALENDAR (a mail footer) is left out; an unbalanced file is still damaged', () => {
    expect(read(`${calendar('SUMMARY:Kept')}--\r\nSent from my phone\r\n`).events).toHaveLength(1);
    expect(parseIcs(calendar('SUMMARY:x').replace('END:VEVENT\r\n', ''), options)).toMatchObject({ ok: false, code: 'broken' });
  });

  it('one unreadable event is skipped and named; the others are read', () => {
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:bad', 'DTSTART;TZID="Europe/Berlin:20261210T100000', 'END:VEVENT', 'BEGIN:VEVENT', 'UID:good', 'DTSTART:20261210T100000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join(
      '\r\n',
    );
    const result = read(text);
    expect(result.events.map((e) => e.uid)).toEqual(['good']);
    expect(result.problems).toContain('1 event in it could not be read and was skipped');
  });
});
