import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMailto, composeDraft, greeting } from '../../../../shared/drafts';
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
  const draft = composeDraft({ followUp: followUp({ kind: 'thank-you' }), application: app, interview: interview(), interviewers: [robin], userName: 'Sam Lee' });
  it('thanks them for their time, on the interview day in its zone', () => {
    expect(draft.email.body).toContain('Thank you for your time on Tuesday, March 3 talking with me about the Platform Engineer role at Acme.');
  });
  it('mentions the memorable detail and restates interest with the fit line', () => {
    expect(draft.email.body).toContain('our conversation about the migration to event sourcing.');
    expect(draft.email.body).toContain("I'm still very interested in the position, and I believe I'd be a good fit: I have run payment migrations at scale.");
  });
  it('greets by first name, signs with the user name, and is addressed to the interviewer', () => {
    expect(draft.email.body.startsWith('Hi Robin,')).toBe(true);
    expect(draft.email.body.endsWith('Best regards,\nSam Lee')).toBe(true);
    expect(draft.to).toBe('robin@acme.example');
    expect(draft.mailto.startsWith('mailto:robin@acme.example?subject=')).toBe(true);
  });
  it('is short and has a phone script', () => {
    expect(draft.email.body.split('\n').length).toBeLessThan(10);
    expect(draft.phoneScript).toContain('Hi, this is Sam Lee.');
  });
});

describe('check-in draft merely asks whether the door is open or shut', () => {
  const draft = composeDraft({ followUp: followUp({ kind: 'check-in', channel: 'phone' }), application: app, interview: interview(), interviewers: [], userName: undefined });
  it('asks whether the position is still open', () => {
    expect(draft.email.body).toContain('whether the position is still open, or whether a decision has been made');
    expect(draft.phoneScript).toContain("I'm calling to ask whether the position is still open");
  });
  it('greets neutrally with no interviewer and leaves a placeholder name in the script', () => {
    expect(draft.email.body.startsWith('Hello,')).toBe(true);
    expect(draft.phoneScript).toContain('[your name]');
    expect(draft.to).toBe('');
  });
});

describe('drafts are never gendered', () => {
  it.each(['thank-you', 'check-in', 'hear-back-prompt', 'custom'] as const)('%s', (kind) => {
    const d = composeDraft({ followUp: followUp({ kind, title: 'Send portfolio' }), application: app, interview: interview(), interviewers: [robin, { ...robin, name: 'Kai' }] });
    expect(`${d.email.subject}\n${d.email.body}\n${d.phoneScript}`).not.toMatch(GENDERED);
  });
});

describe('saved edits win over the generated draft', () => {
  it('uses followUp.draft', () => {
    const d = composeDraft({ followUp: followUp({ kind: 'thank-you', draft: { subject: 'Mine', body: 'My words' } }), application: app, interview: null, interviewers: [robin] });
    expect(d.email).toEqual({ subject: 'Mine', body: 'My words' });
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
    expect(buildMailto({ to: ['a+b@x.example'], subject: 'Q&A = 100%?', body: 'one\ntwo' })).toBe(
      'mailto:a%2Bb@x.example?subject=Q%26A%20%3D%20100%25%3F&body=one%0D%0Atwo',
    );
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
