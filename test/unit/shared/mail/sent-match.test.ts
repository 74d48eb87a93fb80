import { describe, expect, it } from 'vitest';
import { asksForUpdate, sentFollowUpFor, type MailMessage, type SentCandidate } from '../../../../shared/mail';
import { followUp } from '../followup/fixtures';

// Interview Thu 10 Dec 2026 (ends 10:00 UTC); answer promised for Fri 11 Dec; first check-in planned Mon 14 Dec.
const END = Date.parse('2026-12-10T10:00:00.000Z');
const PROMISE_PASSED = Date.parse('2026-12-12T00:00:00.000Z');
const thanks = followUp({ id: 'thanks', kind: 'thank-you', sequence: 0, channel: 'email', status: 'pending' });
const check1 = followUp({ id: 'c1', kind: 'check-in', sequence: 1, channel: 'email', status: 'pending', dueAt: '2026-12-14T09:00:00.000Z' });
const check2 = followUp({ id: 'c2', kind: 'check-in', sequence: 2, channel: 'email', status: 'pending', dueAt: '2026-12-21T09:00:00.000Z' });
const base = { recipients: ['dana@northwind.test'], interviewEndMs: END, promisePassedMs: PROMISE_PASSED, nextCheckInFromMs: null };
const candidates: SentCandidate[] = [
  { ...base, followUp: check2 },
  { ...base, followUp: check1 },
  { ...base, followUp: thanks },
];
const sent = (date: string, over: Partial<MailMessage> = {}): MailMessage => ({
  messageId: 'm@me',
  date,
  from: { address: 'me@me.test', name: '' },
  to: [{ address: 'dana@northwind.test', name: '' }],
  cc: [],
  subject: 'Thank you',
  inReplyTo: [],
  references: [],
  autoSubmitted: '',
  precedence: '',
  listId: '',
  ...over,
});
const to = (address: string, cc: string[] = []) => ({ to: [{ address, name: '' }], cc: cc.map((a) => ({ address: a, name: '' })) });

describe('a message in Sent is a follow-up, by time and content (rules in shared/mail/sent-match.ts)', () => {
  it.each([
    ['a same-day thank-you', sent('2026-12-10T16:00:00.000Z'), 'thanks'],
    ['addressed in Cc, case-insensitive', sent('2026-12-10T16:00:00.000Z', to('someone@else.test', ['Dana@Northwind.test'])), 'thanks'],
    ['before the interview ended: nothing', sent('2026-12-10T09:30:00.000Z'), null],
    ['to someone else: nothing', sent('2026-12-10T16:00:00.000Z', to('lee@contoso.test')), null],
    // Reported: a check-in the user sent on Sat 12 Dec (promise Fri 11, check-in planned Mon 14) was not seen.
    ['written the day after the promise passed, two days before the check-in is due', sent('2026-12-12T10:00:00.000Z', { subject: 'Quick question' }), 'c1'],
    // Reported: the check-in was taken for the open thank-you.
    ['asking for an update in German while the thank-you is open', sent('2026-12-11T08:00:00.000Z', { subject: 'Kurze Nachfrage', to: [{ address: 'dana@northwind.test', name: '' }] }), 'c1'],
    ['a thank-you the day after, before the promise passed', sent('2026-12-11T08:00:00.000Z', { subject: 'Thanks again' }), 'thanks'],
  ])('%s', (_name, message, expected) => {
    expect(sentFollowUpFor(message, candidates)?.id ?? null).toBe(expected);
  });

  it('reads the message’s own words for an update asked (EN, DE, FR, ES)', () => {
    expect(sentFollowUpFor(sent('2026-12-11T08:00:00.000Z', { subject: 'Re: Onsite' }), candidates, 'Ich wollte mich nach dem aktuellen Stand erkundigen.')?.id).toBe('c1');
    for (const text of ['Just checking in on the role.', 'Gibt es schon Neuigkeiten?', 'Je me permets de revenir vers vous.', 'Quería hacer un seguimiento de mi candidatura.']) expect(asksForUpdate('', text), text).toBe(true);
    for (const text of ['Thank you for your time today.', 'Vielen Dank für das nette Gespräch.', 'Merci pour votre temps.', 'Gracias por su tiempo.']) expect(asksForUpdate('', text), text).toBe(false);
  });

  it('one message is one follow-up: a second note before the next check-in may count is nothing', () => {
    // Check-in 1 sent Mon 14 Dec: the next may count from Thu 17 Dec, 00:00 (sent-timing.ts).
    const afterFirst = [{ ...base, followUp: check2, nextCheckInFromMs: Date.parse('2026-12-17T00:00:00.000Z') }];
    expect(sentFollowUpFor(sent('2026-12-15T09:00:00.000Z', { subject: 'Following up' }), afterFirst)).toBeNull();
    expect(sentFollowUpFor(sent('2026-12-16T23:59:59.000Z', { subject: 'Following up' }), afterFirst)).toBeNull();
    expect(sentFollowUpFor(sent('2026-12-17T00:00:00.000Z', { subject: 'Following up' }), afterFirst)?.id).toBe('c2');
    expect(sentFollowUpFor(sent('2026-12-21T09:00:00.000Z', { subject: 'Following up' }), afterFirst)?.id).toBe('c2');
  });

  it('closed follow-ups and phone ones never count; a bad date never matches', () => {
    const closed = candidates.map((c) => ({ ...c, followUp: { ...c.followUp, status: 'done' as const } }));
    expect(sentFollowUpFor(sent('2026-12-20T09:00:00.000Z'), closed)).toBeNull();
    const phone = candidates.map((c) => ({ ...c, followUp: { ...c.followUp, channel: 'phone' as const } }));
    expect(sentFollowUpFor(sent('2026-12-20T09:00:00.000Z'), phone)).toBeNull();
    expect(sentFollowUpFor(sent('not a date'), candidates)).toBeNull();
  });
});
