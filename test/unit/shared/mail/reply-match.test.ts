import { describe, expect, it } from 'vitest';
import { matchKey, replyMatch, sentThreadApplication, type MailMessage } from '../../../../shared/mail';
import { makeApplication, makeInterview } from '../export/fixtures';

const app = makeApplication({ id: 'app1', company: 'Acme', contacts: [{ id: 'c1', name: 'Dana', title: '', email: 'dana@acme.example', phone: '', notes: '' }] });
const interview = makeInterview({ id: 'i1', applicationId: 'app1', startsAt: '2026-03-10T13:00:00.000Z', heardBackAt: null });
const msg = (over: Partial<MailMessage> = {}): MailMessage => ({
  messageId: 'r1@acme.example', date: '2026-03-12T10:00:00.000Z', from: { address: 'dana@acme.example', name: 'Dana' }, to: [], cc: [], subject: 'Re: Thanks', inReplyTo: [], references: [], autoSubmitted: '', precedence: '', listId: '', ...over,
});
const ctx = { applications: [app], interviews: [interview], knownMessageIds: new Map<string, string>(), ownAddresses: new Set<string>(), accountId: 'acc' };

describe('what an inbox message leaves behind (shared/mail/reply-match.ts)', () => {
  it('a reply after the interview: only id, date, sender, subject and the match', () => {
    expect(replyMatch(msg(), ctx)).toEqual({
      id: 'mid:r1@acme.example', accountId: 'acc', messageId: 'r1@acme.example', date: '2026-03-12T10:00:00.000Z', sender: 'Dana <dana@acme.example>', subject: 'Re: Thanks', applicationIds: ['app1'], via: 'contact', outcome: null, status: 'open', answeredApplicationId: null,
    });
  });

  it.each([
    ['before the interview (an invitation found by the first look back)', msg({ date: '2026-03-01T10:00:00.000Z' })],
    ['after heard back was recorded', msg()],
  ])('asks nothing %s', (name, message) => {
    const interviews = name.startsWith('after') ? [{ ...interview, heardBackAt: '2026-03-11T00:00:00.000Z' }] : [interview];
    expect(replyMatch(message, { ...ctx, interviews })).toBeNull();
  });

  it('messages without a Message-ID are keyed by date, sender and subject', () => {
    expect(matchKey(msg({ messageId: '' }))).toBe('hdr:2026-03-12T10:00:00.000Z|dana@acme.example|Re: Thanks');
  });

  it('a message the user sent to a contact ties its thread to the application; to a stranger, to nothing', () => {
    expect(sentThreadApplication(msg({ from: { address: 'me@me.example', name: '' }, to: [{ address: 'dana@acme.example', name: '' }] }), [app])).toBe('app1');
    expect(sentThreadApplication(msg({ from: { address: 'me@me.example', name: '' }, to: [{ address: 'x@elsewhere.example', name: '' }] }), [app])).toBeNull();
    expect(sentThreadApplication(msg({ messageId: '', to: [{ address: 'dana@acme.example', name: '' }] }), [app])).toBeNull();
  });
});
