import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIcs, type IcsOptions } from '../../../../shared/calendar/parse-ics';
import { ianaZoneFor } from '../../../../shared/calendar/event-zone';
import { localTimeToEpochMs } from '../../../../shared/followup/zoned-time';

const feed = (name: string) => readFileSync(join(__dirname, 'feeds', name), 'utf8');
const options: IcsOptions = {
  fallbackZone: 'Asia/Kolkata',
  windowStartMs: Date.parse('2026-11-17T00:00:00Z'),
  windowEndMs: Date.parse('2027-03-01T00:00:00Z'),
};

function events(text: string, opts: IcsOptions = options) {
  const result = parseIcs(text, opts);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('Google Calendar secret-address feed', () => {
  const result = events(feed('google.ics'));
  const byKey = new Map(result.events.map((e) => [e.key, e]));

  it('reads an IANA TZID with the recurrence engine’s conversion', () => {
    const interview = byKey.get('4k2j3h4k5j6h7g8f9d0s@google.com')!;
    expect(interview.startsAt).toBe(new Date(localTimeToEpochMs('2026-12-08', '14:00', 'America/New_York')).toISOString());
    expect(interview.startsAt).toBe('2026-12-08T19:00:00.000Z');
    expect(interview.endsAt).toBe('2026-12-08T20:00:00.000Z');
    expect(interview.timeZone).toBe('America/New_York');
    expect(interview.organizer).toEqual({ email: 'priya.raman@acme.io', name: 'Priya Raman' });
    expect(interview.attendees.map((a) => a.email)).toEqual(['priya.raman@acme.io', 'jordan@example.com']);
    expect(interview.description).toContain('https://meet.google.com/abc-defg-hij');
  });

  it('expands a weekly series in the window, minus EXDATE, with RECURRENCE-ID overrides', () => {
    const standups = result.events.filter((e) => e.uid === 'standup-series@google.com' && e.startsAt >= '2026-12-07' && e.startsAt < '2026-12-17');
    expect(standups.map((e) => [e.startsAt, e.status, e.summary])).toEqual([
      ['2026-12-07T16:00:00.000Z', 'confirmed', 'Daily standup (moved)'],
      ['2026-12-14T14:30:00.000Z', 'cancelled', 'Daily standup'],
      ['2026-12-16T14:30:00.000Z', 'confirmed', 'Daily standup'],
    ]);
    const moved = standups[0]!;
    expect(moved.recurrenceId).toBe('2026-12-07T14:30:00.000Z');
    expect(moved.key).toBe('standup-series@google.com#2026-12-07T14:30:00.000Z');
    expect(moved.sequence).toBe(1);
  });

  it('keeps occurrences inside the window only, across the DST change', () => {
    const standups = result.events.filter((e) => e.uid === 'standup-series@google.com');
    expect(standups.every((e) => Date.parse(e.endsAt) >= options.windowStartMs && Date.parse(e.startsAt) <= options.windowEndMs)).toBe(true);
    // 09:30 New York is 14:30Z in winter; in November before the 1st Sunday it was 13:30Z (outside the window).
    expect(standups.filter((e) => e.status === 'confirmed' && !e.recurrenceId?.startsWith('2026-12-07')).every((e) => e.startsAt.endsWith('14:30:00.000Z'))).toBe(true);
  });

  it('reads all-day dates and UTC times in the calendar’s or user’s zone', () => {
    const holiday = byKey.get('holiday@google.com')!;
    expect(holiday.allDay).toBe(true);
    expect(holiday.timeZone).toBe('Asia/Kolkata');
    expect(holiday.startsAt).toBe('2026-12-23T18:30:00.000Z');
    const call = byKey.get('utc-call@google.com')!;
    expect(call.startsAt).toBe('2026-12-10T17:00:00.000Z');
    expect(call.timeZone).toBe('America/New_York'); // X-WR-TIMEZONE
  });
});

describe('Outlook / Exchange invitation', () => {
  const result = events(feed('outlook.ics'));
  it('maps a Windows zone name to its IANA zone', () => {
    const e = result.events.find((x) => x.uid.startsWith('040000008200E000'))!;
    expect(e.timeZone).toBe('Europe/Berlin');
    expect(e.startsAt).toBe('2026-12-09T09:00:00.000Z');
    expect(e.sequence).toBe(2);
    expect(result.method).toBe('REQUEST');
    expect(e.attendees.map((a) => a.email)).toContain('max.weber@globex.de');
  });
  it('reads a "Customized Time Zone" through its VTIMEZONE and names a zone that agrees', () => {
    const e = result.events.find((x) => x.uid === 'outlook-custom-zone-1')!;
    expect(e.startsAt).toBe('2026-12-15T12:30:00.000Z');
    expect(e.timeZone).toBe('Etc/GMT-1');
    expect(e.location).toBe('Globex HQ, Friedrichstraße 12, 10117 Berlin');
  });
  it('agrees with the user zone when the offsets match', () => {
    const e = events(feed('outlook.ics'), { ...options, fallbackZone: 'Europe/Paris' }).events.find((x) => x.uid === 'outlook-custom-zone-1')!;
    expect(e.timeZone).toBe('Europe/Paris');
  });
});

describe('iCloud feed', () => {
  const result = events(feed('icloud.ics'));
  it('uses the IANA TZID, and its VTIMEZONE agrees with the engine', () => {
    const e = result.events.find((x) => x.summary.includes('Initech'))!;
    expect(e.timeZone).toBe('Europe/London');
    expect(e.startsAt).toBe('2026-12-11T16:00:00.000Z');
    expect(e.url).toBe('https://calendly.com/events/abcd-1234');
  });
  it('reads a floating time in the user’s zone and says so', () => {
    const e = result.events.find((x) => x.uid === 'floating-lunch-icloud')!;
    expect(e.floating).toBe(true);
    expect(e.startsAt).toBe(new Date(localTimeToEpochMs('2026-12-12', '12:30', 'Asia/Kolkata')).toISOString());
  });
});

describe('cancellations and sequence', () => {
  it('METHOD:CANCEL cancels every event in the file', () => {
    const text = feed('outlook.ics').replace('METHOD:REQUEST', 'METHOD:CANCEL').replace('SEQUENCE:2', 'SEQUENCE:3');
    const e = events(text).events.find((x) => x.uid.startsWith('040000008200E000'))!;
    expect(e.status).toBe('cancelled');
    expect(e.sequence).toBe(3);
  });
});

const wrap = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${body}\r\nEND:VCALENDAR\r\n`;

describe('bad input', () => {
  it.each([
    ['html', '<!DOCTYPE html><html><body>Sign in</body></html>'],
    ['not-a-calendar', 'BEGIN:VCARD\nEND:VCARD'],
    ['not-a-calendar', ''],
    ['broken', 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\n'],
  ])('%s', (code, text) => {
    const result = parseIcs(text, options);
    expect(result).toMatchObject({ ok: false, code });
  });

  it('refuses a feed larger than the limit before parsing it', () => {
    const result = parseIcs('BEGIN:VCALENDAR\n' + 'X'.repeat(2000), { ...options, maxChars: 1000 });
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('reads an event whose TZID the file never defines in the user’s zone, marks it and names it', () => {
    const text = wrap('BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Mars/Olympus:20261210T100000\r\nSUMMARY:x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\nDTSTART:20261210T100000Z\r\nSUMMARY:y\r\nEND:VEVENT');
    const result = events(text);
    expect(result.events.map((e) => [e.uid, e.startsAt, e.timeZone, e.unknownZone])).toEqual([
      ['a', new Date(localTimeToEpochMs('2026-12-10', '10:00', 'Asia/Kolkata')).toISOString(), 'Asia/Kolkata', 'Mars/Olympus'],
      ['b', '2026-12-10T10:00:00.000Z', 'Asia/Kolkata', null],
    ]);
    expect(result.problems.join()).toContain('The time zone “Mars/Olympus” is not defined in this calendar: its times were read in Asia/Kolkata');
  });

  it('reads an undefined TZID in the calendar’s declared zone (X-WR-TIMEZONE) when it has one', () => {
    const text = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Europe/Berlin\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Customized Time Zone 1:20261210T100000\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const [event] = events(text).events;
    expect(event).toMatchObject({ startsAt: '2026-12-10T09:00:00.000Z', timeZone: 'Europe/Berlin', unknownZone: 'Customized Time Zone 1' });
  });

  it.each([
    ['secondly forever from 1970', 'DTSTART:19700101T000000Z\r\nRRULE:FREQ=SECONDLY'],
    ['a rule that never matches', 'DTSTART:20261201T100000Z\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31;BYDAY=MO'],
    ['minutely without end', 'DTSTART:20200101T000000Z\r\nRRULE:FREQ=MINUTELY;INTERVAL=1'],
  ])('an endless RRULE (%s) is bounded and named', (_name, rule) => {
    const result = events(wrap(`BEGIN:VEVENT\r\nUID:endless\r\n${rule}\r\nSUMMARY:x\r\nEND:VEVENT`), { ...options, maxSteps: 2000 });
    expect(result.events.length).toBeLessThanOrEqual(2000);
  });
});

describe('TZID names', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['/mozilla.org/20050126_1/Europe/Berlin', 'Europe/Berlin'],
    ['/Europe/Berlin', 'Europe/Berlin'],
    ['Customized Time Zone', null],
    ['GMT+0200', null],
  ])('%s → %s', (tzid, zone) => {
    expect(ianaZoneFor(tzid)).toBe(zone);
  });
});
