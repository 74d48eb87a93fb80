import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeDraft } from '../../../../shared/drafts';
import type { HearBackPromise } from '../../../../shared/domain';
import { application, followUp, interview } from '../followup/fixtures';

/**
 * The whole email and phone script, not only the detail sentence: whatever the user typed into
 * the company, role, fit line, memorable detail and their name, every kind of draft reads cleanly.
 */

const COMPANIES = ['Acme', 'Acme Inc.', 'Yahoo!', 'Globex Corporation', 'Initech (EU)', 'A.B. Dick Co.'];
const ROLES = ['Platform Engineer', 'Backend role', 'the SRE position', 'Senior Engineer, Payments', 'QA'];
const FITS = ['', 'I have run payment migrations at scale', 'I have run payment migrations at scale.', 'Shipped three Kafka migrations!'];
const DETAILS = [
  '',
  'we talked about their migration to Kafka',
  'Their migration to Kafka.',
  'about about the on-call rotation',
  'Discussing AWS costs!!',
  '"The strangler fig pattern."',
  'meeting the team',
  'that they open-source their tools',
  'how they run incident reviews?',
];
const NAMES = ['', '  ', 'Sam Lee', 'Kai', 'Ana María Souza-Pérez'];
const PROMISES: HearBackPromise[] = [
  { status: 'unknown', date: null, channel: null, asked: false },
  { status: 'not_given', date: null, channel: 'email', asked: true },
  { status: 'date', date: '2026-03-10', channel: 'phone', asked: true },
];

const input = fc.record({
  kind: fc.constantFrom('thank-you', 'check-in', 'hear-back-prompt', 'custom' as const),
  company: fc.constantFrom(...COMPANIES),
  role: fc.constantFrom(...ROLES),
  fitLine: fc.constantFrom(...FITS),
  memorableDetail: fc.constantFrom(...DETAILS),
  userName: fc.constantFrom(...NAMES),
  hearBack: fc.constantFrom(...PROMISES),
  withInterview: fc.boolean(),
  thankYouSent: fc.boolean(),
});

/** What a careful reader would flag anywhere in a draft. */
function problems(text: string): string[] {
  const found: string[] = [];
  const doubled = /\b([\p{L}']+)\s+\1\b/iu.exec(text);
  if (doubled) found.push(`doubled word "${doubled[1]}"`);
  if (/\babout (about|we|they|talking|talked|discussing)\b/i.test(text)) found.push('"about" + talk word or subject');
  if (/[.!?,;:]\s*[.,;:]/.test(text.replace(/\bCo\.,/g, ''))) found.push('doubled punctuation');
  if (/ {2,}|\s[.,!?;:]/.test(text)) found.push('stray space');
  if (/\[|\]|undefined|null|NaN/.test(text)) found.push('placeholder or leaked value');
  if (/,\n\n|\n{3,}/.test(text.replace(/^(Hi [^\n]*|Hello),\n\n/, ''))) found.push('broken paragraph');
  return found;
}

describe('property: every draft reads cleanly whatever the user typed', () => {
  it('email and phone script: no doubled words or punctuation, no placeholders, no "about we"', () => {
    fc.assert(
      fc.property(input, (i) => {
        const app = application({ company: i.company, role: i.role, fitLine: i.fitLine });
        const iv = i.withInterview ? interview({ memorableDetail: i.memorableDetail, hearBack: i.hearBack }) : null;
        const d = composeDraft({ followUp: followUp({ kind: i.kind, title: 'Send the portfolio link' }), application: app, interview: iv, interviewers: app.contacts, userName: i.userName, thankYouSent: i.thankYouSent });
        expect(problems(d.email.body)).toEqual([]);
        expect(problems(d.phoneScript)).toEqual([]);
        expect(problems(d.email.subject)).toEqual([]);
        expect(d.email.body).toMatch(/Best regards,(\n\S.*)?$/);
      }),
      { numRuns: 1500 },
    );
  });
});
