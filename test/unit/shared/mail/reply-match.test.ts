import { describe, expect, it } from 'vitest';
import { interviewAwaitingAnswer, matchKey, replyMatch, sentThreadApplication, type MailMessage } from '../../../../shared/mail';
import { makeApplication, makeInterview } from '../export/fixtures';

const app = makeApplication({ id: 'app1', company: 'Acme', contacts: [{ id: 'c1', name: 'Dana', title: '', email: 'dana@acme.example', phone: '', notes: '' }] });
const interview = makeInterview({ id: 'i1', applicationId: 'app1', startsAt: '2026-03-10T13:00:00.000Z', heardBackAt: null });
const msg = (over: Partial<MailMessage> = {}): MailMessage => ({
  messageId: 'r1@acme.example',
  date: '2026-03-12T10:00:00.000Z',
  from: { address: 'dana@acme.example', name: 'Dana' },
  to: [],
  cc: [],
  subject: 'Re: Thanks',
  inReplyTo: [],
  references: [],
  autoSubmitted: '',
  precedence: '',
  listId: '',
  ...over,
});
const ctx = { applications: [app], interviews: [interview], knownMessageIds: new Map<string, string>(), ownAddresses: new Set<string>(), accountId: 'acc' };

describe('what an inbox message leaves behind (shared/mail/reply-match.ts)', () => {
  it('a reply after the interview: only id, date, sender, subject and the match', () => {
    expect(replyMatch(msg(), ctx)).toEqual({
      id: 'mid:r1@acme.example',
      accountId: 'acc',
      messageId: 'r1@acme.example',
      date: '2026-03-12T10:00:00.000Z',
      sender: 'Dana <dana@acme.example>',
      subject: 'Re: Thanks',
      applicationIds: ['app1'],
      via: 'contact',
      outcome: null,
      status: 'open',
      answeredApplicationId: null,
    });
  });

  it.each([
    ['older than the application in Hearback, proposing nothing (an old invitation found by the first look back)', msg({ date: '2026-02-20T10:00:00.000Z' })],
    ['no newer than the answer already recorded', msg()],
  ])('asks nothing when %s', (name, message) => {
    const interviews = name.startsWith('no newer') ? [{ ...interview, heardBackAt: '2026-03-12T10:00:00.000Z' }] : [interview];
    expect(replyMatch(message, { ...ctx, interviews })).toBeNull();
  });

  // Reported: matching needed an interview that started before the message.
  it.each([
    ['before the scheduled interview (a rejection)', msg({ date: '2026-03-05T10:00:00.000Z' }), 'rejection' as const],
    ['with no interview at all (a rejection after applying)', msg({ date: '2026-03-05T10:00:00.000Z' }), 'rejection' as const],
    ['older than the application in Hearback when it proposes an outcome', msg({ date: '2026-02-20T10:00:00.000Z' }), 'rejection' as const],
    ['a scheduling confirmation before any interview', msg({ date: '2026-03-05T10:00:00.000Z', subject: 'New Event: Sam and Dana' }), 'next-round' as const],
  ])('asks about the application %s', (name, message, outcome) => {
    const interviews = name.includes('no interview') ? [] : [interview];
    expect(replyMatch(message, { ...ctx, interviews }, outcome)).toMatchObject({ applicationIds: ['app1'], outcome, status: 'open' });
  });

  it('asks which application when two at one company match (one without an interview)', () => {
    const second = makeApplication({ id: 'app2', company: 'Acme', role: 'Designer', contacts: [{ id: 'c9', name: 'Kim', title: '', email: 'kim@acme.example', phone: '', notes: '' }] });
    const fromDomain = msg({ from: { address: 'talent@acme.example', name: 'Acme Talent' } });
    expect(replyMatch(fromDomain, { ...ctx, applications: [app, second] })).toMatchObject({ applicationIds: ['app1', 'app2'], via: 'domain' });
  });

  it('the interview Heard back records on: the latest started before, else the next one scheduled, else none', () => {
    const later = makeInterview({ id: 'i2', applicationId: 'app1', startsAt: '2026-03-20T13:00:00.000Z', heardBackAt: null });
    expect(interviewAwaitingAnswer('app1', '2026-03-12T10:00:00.000Z', [interview, later])?.id).toBe('i1');
    expect(interviewAwaitingAnswer('app1', '2026-03-05T10:00:00.000Z', [interview, later])?.id).toBe('i1');
    expect(interviewAwaitingAnswer('app1', '2026-03-15T10:00:00.000Z', [{ ...interview, heardBackAt: '2026-03-12T00:00:00.000Z' }, later])?.id).toBe('i2');
    expect(interviewAwaitingAnswer('app1', '2026-03-15T10:00:00.000Z', [])).toBeNull();
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
