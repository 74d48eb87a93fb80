import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMailto, composeDraft, greeting, PHONE_SCRIPT_INTROS } from '../../../../shared/drafts';
import { application, followUp, interview } from '../followup/fixtures';

const app = application();
const robin = app.contacts[0];
if (!robin) throw new Error('fixture without contact');

/** Pull a query parameter back out of a mailto: link, decoded. */
function param(link: string, name: string): string | null {
  const query = link.slice(link.indexOf('?') + 1);
  for (const pair of query.split('&')) {
    const [key, value] = pair.split('=');
    if (key === name) return decodeURIComponent(value ?? '');
  }
  return null;
}

const GENDERED = /\b(Mr|Mrs|Ms|Miss|Sir|Madam|he|she|him|her|his|hers)\b/i;

describe('thank-you draft (rule 2 of the advice)', () => {
  const promised = interview({ hearBack: { status: 'date', date: '2026-03-10', channel: 'email', asked: true } });
  const draft = composeDraft({ followUp: followUp({ kind: 'thank-you' }), application: app, interview: promised, interviewers: [robin], userName: 'Sam Lee' });
  it('thanks them for their time, on the interview day in its zone', () => {
    expect(draft.email.body).toContain('Thank you for your time on Tuesday, March 3, talking with me about the Platform Engineer role at Acme.');
  });
  it('mentions the memorable detail and restates interest with the fit line', () => {
    expect(draft.email.body).toContain('I especially enjoyed our conversation about the migration to event sourcing.');
    expect(draft.email.body).toContain("I'm still very interested in the position, and I believe I'd be a good fit: I have run payment migrations at scale.");
  });
  it('greets by first name, signs with the user name, and is addressed to the interviewer', () => {
    expect(draft.email.body.startsWith('Hi Robin,')).toBe(true);
    expect(draft.email.body.endsWith('Best regards,\nSam Lee')).toBe(true);
    expect(draft.to).toBe('robin@acme.example');
    expect(draft.mailto.startsWith('mailto:robin@acme.example?subject=')).toBe(true);
  });
  it('is short, does not ask when they will answer (the promise is known), and has a phone script', () => {
    expect(draft.email.body.split('\n').length).toBeLessThan(10);
    expect(draft.email.body).not.toMatch(/hear about next steps/);
    expect(draft.phoneScript).toContain('Hi, this is Sam Lee. I interviewed for the Platform Engineer role at Acme on Tuesday, March 3.');
    expect(draft.phoneScript).toContain('I especially enjoyed our conversation about the migration to event sourcing.');
  });
  it('reads the Kafka example as a person would write it', () => {
    const kafka = composeDraft({ followUp: followUp({ kind: 'thank-you' }), application: app, interview: interview({ memorableDetail: 'we talked about their migration to Kafka' }), interviewers: [robin] });
    expect(kafka.email.body).toContain('I especially enjoyed our conversation — we talked about their migration to Kafka.');
    expect(kafka.email.body).not.toMatch(/about we\b/);
  });
  it('leaves the detail sentence out when there is no detail', () => {
    const plain = composeDraft({ followUp: followUp({ kind: 'thank-you' }), application: app, interview: interview({ memorableDetail: '  ' }), interviewers: [robin] });
    expect(plain.email.body).not.toMatch(/enjoyed/);
    expect(plain.email.body).toContain('the Platform Engineer role at Acme.\n\n');
  });
});

describe('the thank-you asks when they will answer when the promise is unknown (one message, not two)', () => {
  const draft = composeDraft({ followUp: followUp({ kind: 'thank-you' }), application: app, interview: interview({ hearBack: { status: 'unknown', date: null, channel: null, asked: false } }), interviewers: [robin], userName: 'Sam Lee' });
  it('asks politely in the email, before the sign-off', () => {
    expect(draft.email.body).toContain('Could you also let me know when and how I can expect to hear about next steps?\n\nBest regards,\nSam Lee');
  });
  it('asks in the phone script too', () => {
    expect(draft.phoneScript).toContain('Could you tell me when and how I can expect to hear about next steps?');
  });
  it.each([
    ['not given', { status: 'not_given', date: null, channel: 'email', asked: true }],
    ['a date', { status: 'date', date: '2026-03-10', channel: null, asked: true }],
  ] as const)('does not ask once the promise is recorded (%s)', (_, hearBack) => {
    const known = composeDraft({ followUp: followUp({ kind: 'thank-you' }), application: app, interview: interview({ hearBack: { ...hearBack } }), interviewers: [robin] });
    expect(known.email.body).not.toMatch(/next steps/);
  });
});

describe('the hear-back question says "thank you again" only after the thank-you was sent', () => {
  const compose = (thankYouSent: boolean) => composeDraft({ followUp: followUp({ kind: 'hear-back-prompt' }), application: app, interview: interview(), interviewers: [robin], thankYouSent });
  it('thank-you not sent: no "again"', () => {
    const d = compose(false);
    expect(`${d.email.body}\n${d.phoneScript}`).not.toMatch(/again/i);
    expect(d.email.body).toContain('Thank you for talking with me on Tuesday, March 3, about the Platform Engineer role at Acme. Could you tell me when and how I can expect to hear about next steps?');
  });
  it('thank-you sent: "Thank you again for the conversation"', () => {
    expect(compose(true).email.body).toContain('Thank you again for the conversation on Tuesday, March 3, about');
  });
});

describe('check-in draft merely asks whether the door is open or shut', () => {
  const draft = composeDraft({ followUp: followUp({ kind: 'check-in', channel: 'phone' }), application: app, interview: interview(), interviewers: [], userName: undefined });
  it('asks whether the position is still open', () => {
    expect(draft.email.body).toContain('whether the position is still open, or whether a decision has been made');
    expect(draft.phoneScript).toContain("I'm calling to ask whether the position is still open");
  });
  it('greets neutrally with no interviewer and has no address', () => {
    expect(draft.email.body.startsWith('Hello,')).toBe(true);
    expect(draft.to).toBe('');
  });
});

describe('without a name the drafts still read well: no placeholder to send by mistake', () => {
  it.each(['thank-you', 'check-in', 'hear-back-prompt', 'custom'] as const)('%s', (kind) => {
    for (const userName of [undefined, '', '   ']) {
      const d = composeDraft({ followUp: followUp({ kind, title: 'Send portfolio' }), application: app, interview: interview(), interviewers: [robin], userName });
      expect(d.email.body.endsWith('Best regards,')).toBe(true);
      expect(d.phoneScript.startsWith('Hi, I ')).toBe(true);
      expect(`${d.email.body}\n${d.phoneScript}`).not.toMatch(/\[|\]|this is\s*[.,]|undefined/i);
    }
  });
  it('with a name, every kind signs the email and introduces the call with it', () => {
    for (const kind of ['thank-you', 'check-in', 'hear-back-prompt', 'custom'] as const) {
      const d = composeDraft({ followUp: followUp({ kind, title: 'Send portfolio' }), application: app, interview: interview(), interviewers: [robin], userName: '  Sam Lee ' });
      expect(d.email.body.endsWith('Best regards,\nSam Lee')).toBe(true);
      expect(d.phoneScript.startsWith('Hi, this is Sam Lee. I ')).toBe(true);
    }
  });
});

describe('each kind has its own phone-script intro', () => {
  it('no two kinds share one, and only the check-in talks about the door being open or shut', () => {
    const intros = Object.values(PHONE_SCRIPT_INTROS);
    expect(new Set(intros).size).toBe(intros.length);
    expect(PHONE_SCRIPT_INTROS['check-in']).toMatch(/door is open or shut/);
    expect(PHONE_SCRIPT_INTROS['thank-you']).toMatch(/thank-you/);
    expect(PHONE_SCRIPT_INTROS['thank-you']).not.toMatch(/door/);
  });
});

describe('drafts are never gendered', () => {
  it.each(['thank-you', 'check-in', 'hear-back-prompt', 'custom'] as const)('%s', (kind) => {
    const d = composeDraft({ followUp: followUp({ kind, title: 'Send portfolio' }), application: app, interview: interview(), interviewers: [robin, { ...robin, name: 'Kai' }] });
    expect(`${d.email.subject}\n${d.email.body}\n${d.phoneScript}`).not.toMatch(GENDERED);
  });
});

describe('saved edits win over the generated draft, which stays available for a reset', () => {
  it('uses followUp.draft and says it is an edit', () => {
    const d = composeDraft({ followUp: followUp({ kind: 'thank-you', draft: { subject: 'Mine', body: 'My words' } }), application: app, interview: null, interviewers: [robin] });
    expect(d.email).toEqual({ subject: 'Mine', body: 'My words' });
    expect(d.edited).toBe(true);
    expect(d.generated.subject).toBe('Thank you — Platform Engineer interview');
    expect(d.mailto).toContain('subject=Mine');
  });
  it('without an edit the email is the generated draft', () => {
    const d = composeDraft({ followUp: followUp({ kind: 'thank-you' }), application: app, interview: null, interviewers: [robin] });
    expect(d.edited).toBe(false);
    expect(d.email).toEqual(d.generated);
  });
});

describe('greeting', () => {
  it.each([
    [[], 'Hello,'],
    [[{ name: 'Robin Okafor' }], 'Hi Robin,'],
    [[{ name: 'Robin' }, { name: 'Sam' }], 'Hi Robin and Sam,'],
    [[{ name: 'Robin' }, { name: 'Sam' }, { name: 'Kai' }], 'Hi Robin, Sam and Kai,'],
  ])('%j → %s', (people, expected) => {
    expect(greeting(people)).toBe(expected);
  });
});

describe('mailto: links (RFC 6068)', () => {
  it('encodes line breaks as %0D%0A and reserved characters', () => {
    expect(buildMailto({ to: ['a+b@x.example'], subject: 'Q&A = 100%?', body: 'one\ntwo' })).toBe('mailto:a%2Bb@x.example?subject=Q%26A%20%3D%20100%25%3F&body=one%0D%0Atwo');
  });
  it('property: decoding subject and body gives back the text (line breaks as CRLF)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 500 }), (subject, body) => {
        const link = buildMailto({ to: ['robin@acme.example'], subject, body });
        expect(param(link, 'subject')).toBe(subject);
        expect(param(link, 'body')).toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
        expect(link).not.toMatch(/[\s<>"]/);
      }),
      { numRuns: 300 },
    );
  });
  it('never throws on lone surrogates in user text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (text) => {
        expect(() => buildMailto({ to: [], subject: text, body: text })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
