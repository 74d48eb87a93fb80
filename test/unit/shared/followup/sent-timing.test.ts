import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, checkInBySentDateFromMs, checkInFloorMs, epochMsToWallTime, isBusinessDay, localDateOf, MS_PER_DAY, nextCheckInBySentDateFromMs } from '../../../../shared/followup';
import { sentFollowUpFor, type MailMessage, type SentCandidate } from '../../../../shared/mail';
import { followUp, interview, settings } from './fixtures';

const BERLIN = settings({ timeZone: 'Europe/Berlin' });
const NEW_YORK = settings({ timeZone: 'America/New_York' });
const at = (iso: string) => Date.parse(iso);

describe('when a sent message counts as the next check-in (rules in shared/followup/sent-timing.ts)', () => {
  it.each([
    ['a Monday check-in: the next counts from Thursday 00:00', BERLIN, 'Europe/Berlin', '2026-12-14T08:00:00.000Z', '2026-12-16T23:00:00.000Z'],
    ['a Friday check-in: the weekend is not waiting time (Wednesday 00:00)', BERLIN, 'Europe/Berlin', '2026-12-18T08:00:00.000Z', '2026-12-22T23:00:00.000Z'],
    ['the user’s holidays are not waiting time either', settings({ timeZone: 'Europe/Berlin', holidays: ['2026-12-24', '2026-12-25'] }), 'Europe/Berlin', '2026-12-21T08:00:00.000Z', '2026-12-27T23:00:00.000Z'],
    // Thu 5 Mar 23:30 EST is already Fri 6 Mar in UTC; the clocks spring forward on Sun 8 Mar.
    ['late on Thursday in New York before spring-forward: Tuesday 00:00 EDT', NEW_YORK, 'America/New_York', '2026-03-06T04:30:00.000Z', '2026-03-10T04:00:00.000Z'],
    // Berlin falls back on Sun 25 Oct 2026: Wednesday 00:00 is CET (UTC+1).
    ['a Friday in Berlin before fall-back: Wednesday 00:00 CET', BERLIN, 'Europe/Berlin', '2026-10-23T10:00:00.000Z', '2026-10-27T23:00:00.000Z'],
  ])('%s', (_name, userSettings, zone, previous, expected) => {
    expect(new Date(nextCheckInBySentDateFromMs(at(previous), userSettings, zone)).toISOString()).toBe(expected);
  });

  it('a second note after the weekend is not the next check-in (raw days would count it)', () => {
    // Check-in 1 sent Fri 18 Dec, 09:00 Berlin; a note on Mon 21 Dec, 11:00 — more than 3×24 h later.
    const check2 = followUp({ id: 'c2', kind: 'check-in', sequence: 2, channel: 'email', status: 'pending', interviewId: 'iv1' });
    const candidate: SentCandidate = {
      followUp: check2,
      recipients: ['dana@northwind.test'],
      interviewEndMs: at('2026-12-01T10:00:00.000Z'),
      promisePassedMs: at('2026-12-05T00:00:00.000Z'),
      nextCheckInFromMs: nextCheckInBySentDateFromMs(at('2026-12-18T08:00:00.000Z'), BERLIN, 'Europe/Berlin'),
    };
    const sent = (date: string): MailMessage => ({
      messageId: 'm@me',
      date,
      from: { address: 'me@me.test', name: '' },
      to: [{ address: 'dana@northwind.test', name: '' }],
      cc: [],
      subject: 'Following up',
      inReplyTo: [],
      references: [],
      autoSubmitted: '',
      precedence: '',
      listId: '',
    });
    expect(sentFollowUpFor(sent('2026-12-21T10:00:00.000Z'), [candidate])).toBeNull();
    expect(sentFollowUpFor(sent('2026-12-22T22:59:59.000Z'), [candidate])).toBeNull();
    expect(sentFollowUpFor(sent('2026-12-22T23:00:00.000Z'), [candidate])?.id).toBe('c2');
  });

  it('the promise passes at midnight after the promised date, in the user’s zone, across DST', () => {
    // New York falls back on Sun 1 Nov 2026: midnight that night is still EDT (UTC−4).
    const promisedSat = interview({ hearBack: { status: 'date', date: '2026-10-31', channel: 'email', asked: true } });
    expect(new Date(checkInBySentDateFromMs(promisedSat, NEW_YORK, 'America/New_York')).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    const promisedSun = interview({ hearBack: { status: 'date', date: '2026-11-01', channel: 'email', asked: true } });
    expect(new Date(checkInBySentDateFromMs(promisedSun, NEW_YORK, 'America/New_York')).toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('with no date promised, a message counts by date from the first check-in’s planned instant', () => {
    const noDate = interview();
    expect(checkInBySentDateFromMs(noDate, NEW_YORK, 'America/New_York')).toBe(checkInFloorMs(noDate, NEW_YORK, 'America/New_York'));
  });

  it('property: the next check-in counts from midnight of the third business day after, in any zone', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Auckland'];
    fc.assert(
      fc.property(fc.integer({ min: at('2026-01-01T00:00:00.000Z'), max: at('2027-12-31T00:00:00.000Z') }), fc.constantFrom(...zones), fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }), (previousMs, zone, workWeek) => {
        const userSettings = settings({ timeZone: zone, workWeek });
        const from = nextCheckInBySentDateFromMs(previousMs, userSettings, zone);
        const day = localDateOf(from, zone);
        expect(epochMsToWallTime(from, zone).minutes).toBe(0);
        expect(isBusinessDay(day, userSettings)).toBe(true);
        expect(day).toBe(addBusinessDays(localDateOf(previousMs, zone), 3, userSettings));
        // Never the same week's second note: at least two whole days of waiting.
        expect(from - previousMs).toBeGreaterThan(2 * MS_PER_DAY - MS_PER_DAY / 24);
      }),
    );
  });
});
