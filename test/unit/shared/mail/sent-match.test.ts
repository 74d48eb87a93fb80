import { describe, expect, it } from 'vitest';
import { sentFollowUpFor, type MailMessage, type SentCandidate } from '../../../../shared/mail';
import { followUp } from '../followup/fixtures';

const END = Date.parse('2026-03-10T10:00:00.000Z');
const FLOOR = Date.parse('2026-03-16T08:00:00.000Z');
const thanks = followUp({ id: 'thanks', kind: 'thank-you', sequence: 0, channel: 'email', status: 'pending' });
const check1 = followUp({ id: 'c1', kind: 'check-in', sequence: 1, channel: 'email', status: 'pending' });
const check2 = followUp({ id: 'c2', kind: 'check-in', sequence: 2, channel: 'email', status: 'pending' });
const candidates: SentCandidate[] = [
  { followUp: check2, recipients: ['dana@northwind.test'], earliestMs: FLOOR + 7 * 86_400_000 },
  { followUp: check1, recipients: ['dana@northwind.test'], earliestMs: FLOOR - 86_400_000 },
  { followUp: thanks, recipients: ['dana@northwind.test'], earliestMs: END },
];
const sent = (date: string, to = 'dana@northwind.test', cc: string[] = []): MailMessage => ({
  messageId: 'm@me', date, from: { address: 'me@me.test', name: '' }, to: [{ address: to, name: '' }], cc: cc.map((address) => ({ address, name: '' })), subject: 'Thank you', inReplyTo: [], references: [], autoSubmitted: '', precedence: '', listId: '',
});

describe('a message in Sent is a follow-up (rules in shared/mail/sent-match.ts)', () => {
  it.each([
    ['a thank-you after the interview', sent('2026-03-10T16:00:00.000Z'), 'thanks'],
    ['addressed in Cc, case-insensitive', sent('2026-03-10T16:00:00.000Z', 'someone@else.test', ['Dana@Northwind.test']), 'thanks'],
    ['before the interview ended: nothing', sent('2026-03-10T09:30:00.000Z'), null],
    ['to someone else: nothing', sent('2026-03-10T16:00:00.000Z', 'lee@contoso.test'), null],
  ])('%s', (_name, message, expected) => {
    expect(sentFollowUpFor(message, candidates)?.id ?? null).toBe(expected);
  });

  it('with the thank-you sent, a message near the promise is the first check-in, never the second', () => {
    const rest = candidates.filter((c) => c.followUp.id !== 'thanks');
    expect(sentFollowUpFor(sent('2026-03-16T09:00:00.000Z'), rest)?.id).toBe('c1');
    // A second thank-you the day after the interview is not a check-in.
    expect(sentFollowUpFor(sent('2026-03-11T09:00:00.000Z'), rest)).toBeNull();
  });

  it('closed follow-ups and phone ones never count; a bad date never matches', () => {
    const closed = candidates.map((c) => ({ ...c, followUp: { ...c.followUp, status: 'done' as const } }));
    expect(sentFollowUpFor(sent('2026-03-20T09:00:00.000Z'), closed)).toBeNull();
    const phone = candidates.map((c) => ({ ...c, followUp: { ...c.followUp, channel: 'phone' as const } }));
    expect(sentFollowUpFor(sent('2026-03-20T09:00:00.000Z'), phone)).toBeNull();
    expect(sentFollowUpFor(sent('not a date'), candidates)).toBeNull();
  });
});
