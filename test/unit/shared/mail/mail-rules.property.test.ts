import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeOutcome, sentFollowUpFor, withoutQuotedText, type MailMessage, type SentCandidate } from '../../../../shared/mail';
import { followUp } from '../followup/fixtures';

/** Sentences a reply may say, in the four languages (each with or without an outcome). */
const OWN = [
  'Thanks for your time today.',
  'We have decided not to move forward with your application.',
  'We would love to have you for the final round.',
  'The role is on hold for now.',
  'We are pleased to offer you the role.',
  'Leider müssen wir Ihnen absagen.',
  'Wir möchten Sie zu einem Zweitgespräch einladen.',
  'Nous avons le regret de vous informer.',
  'Nous souhaitons vous inviter à un second entretien.',
  'Nos complace ofrecerle el puesto.',
  'El proceso está en pausa.',
  'Hope you had a good weekend.',
  'Ich melde mich nächste Woche.',
];
const ATTRIBUTIONS = [
  'On Mon, Dec 14, 2026 at 9:00 AM Dana Reyes <dana@northwind.test> wrote:',
  'Am Mo., 14. Dez. 2026 um 09:00 Uhr schrieb Dana <dana@northwind.test>:',
  'Le lun. 14 déc. 2026 à 09:00, Dana a écrit :',
  'El lun, 14 dic 2026 a las 9:00, Dana escribió:',
  '-----Original Message-----',
  'From: Dana Reyes <dana@northwind.test>\nSent: Monday, December 14, 2026 9:00 AM',
];

describe('mail rules, as properties', () => {
  it('quoted text never changes the proposed outcome: only the reply’s own words count', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...OWN), { maxLength: 4 }), fc.constantFrom(...ATTRIBUTIONS), fc.array(fc.constantFrom(...OWN), { minLength: 1, maxLength: 4 }), (own, attribution, quoted) => {
        const ownText = own.join('\n');
        const whole = `${ownText}\n\n${attribution}\n${quoted.map((q) => `> ${q}`).join('\n')}\n${quoted.join('\n')}`;
        expect(proposeOutcome('Re: Interview', withoutQuotedText(whole))).toBe(proposeOutcome('Re: Interview', ownText));
      }),
    );
  });

  const END = Date.parse('2026-12-10T10:00:00.000Z');
  const PASSED = Date.parse('2026-12-12T00:00:00.000Z');
  const candidates: SentCandidate[] = [
    { followUp: followUp({ id: 'thanks', kind: 'thank-you', sequence: 0, channel: 'email', status: 'pending' }), recipients: ['dana@northwind.test'], interviewEndMs: END, promisePassedMs: PASSED, nextCheckInFromMs: null },
    { followUp: followUp({ id: 'c1', kind: 'check-in', sequence: 1, channel: 'email', status: 'pending' }), recipients: ['dana@northwind.test'], interviewEndMs: END, promisePassedMs: PASSED, nextCheckInFromMs: null },
  ];
  const sentAt = (ms: number, subject: string): MailMessage => ({
    messageId: 'm@me',
    date: new Date(ms).toISOString(),
    from: { address: 'me@me.test', name: '' },
    to: [{ address: 'dana@northwind.test', name: '' }],
    cc: [],
    subject,
    inReplyTo: [],
    references: [],
    autoSubmitted: '',
    precedence: '',
    listId: '',
  });

  it('a sent message: nothing before the interview ended; the check-in once the promise passed; never the thank-you after that', () => {
    fc.assert(
      fc.property(fc.integer({ min: END - 5 * 86_400_000, max: END + 30 * 86_400_000 }), fc.constantFrom('Thank you', 'Quick question', 'Checking in', 'Kurze Nachfrage', 'Hello'), (ms, subject) => {
        const found = sentFollowUpFor(sentAt(ms, subject), candidates);
        if (ms < END) expect(found).toBeNull();
        else if (ms >= PASSED) expect(found?.id).toBe('c1');
        else expect(['thanks', 'c1']).toContain(found?.id);
      }),
    );
  });
});
