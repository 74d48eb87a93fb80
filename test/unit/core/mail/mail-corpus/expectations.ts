import type { ProposedOutcome } from '../../../../../shared/mail';
import type { ApplicationKey } from './scenario';

/**
 * What each corpus message should do, from the format and from what the job seeker needs — never
 * from Hearback's output. Each message in `messages/` was written for this corpus in the shape
 * the named system produces; `source` says which public evidence the shape follows.
 *
 * Inbox: `asks` — the applications a "Heard back?" names (two: the user is asked which), or null
 * when nothing is asked (an auto-reply, a newsletter, a stranger, a hiring system that names no
 * company); `outcome` — the proposed outcome.
 * Sent: `fulfils` — the follow-up marked sent, or null; `leavesOpen` — one that must stay open.
 */
export type Category = 'replies' | 'auto-replies' | 'hiring-systems' | 'charsets-mime' | 'languages' | 'sent';

export interface InboxExpectation {
  file: string;
  categories: Category[];
  source: string;
  asks: ApplicationKey[] | null;
  outcome?: ProposedOutcome | null;
}

export interface SentExpectation {
  file: string;
  categories: Category[];
  source: string;
  fulfils: { app: ApplicationKey; kind: 'thank-you' | 'check-in'; sequence: number } | null;
  leavesOpen?: { app: ApplicationKey; kind: 'thank-you' | 'check-in' };
}

export const INBOX: InboxExpectation[] = [
  { file: '01-gmail-reply-next-round.eml', categories: ['replies', 'charsets-mime'], source: 'Gmail multipart/alternative with QP parts and a "gmail_quote" block: RFC 2045 §6.7, RFC 2046 §5.1.4; attribution "On … wrote:" wrapped as Gmail wraps it (RFC 3676 quoting below)', asks: ['northwind'], outcome: 'next-round' },
  { file: '02-exchange-ooo-en-no-auto-submitted.eml', categories: ['auto-replies'], source: 'Exchange Online OOF reply: "Automatic reply:" subject, Thread-Topic/Thread-Index, X-Auto-Response-Suppress, no Auto-Submitted (Microsoft Learn, "Understand and troubleshoot Out of Office (OOF) replies")', asks: null },
  { file: '03-fastmail-vacation-auto-submitted.eml', categories: ['auto-replies'], source: 'RFC 3834 §5 vacation response (Auto-Submitted: auto-replied, empty Return-Path), as Sieve vacation (RFC 5230) sends it', asks: null },
  { file: '04-newsletter-list-id.eml', categories: ['auto-replies'], source: 'RFC 2919 List-Id, RFC 8058 one-click List-Unsubscribe-Post, Precedence: bulk', asks: null },
  { file: '05-greenhouse-html-only-rejection-before-interview.eml', categories: ['hiring-systems', 'charsets-mime', 'replies'], source: 'Greenhouse candidate email from no-reply@us.greenhouse-mail.io with the company as display name (Greenhouse support: "Email settings"); HTML-only QP body with a style block', asks: ['contoso'], outcome: 'rejection' },
  { file: '06-workday-tenant-local-part.eml', categories: ['hiring-systems'], source: 'Workday Recruiting notification: From "Workday <tenant@myworkday.com>", company not in the subject (Workday candidate communications, e.g. UW HR "Candidate communications")', asks: ['fabrikam'], outcome: null },
  { file: '07-workday-company-in-body-rejection.eml', categories: ['hiring-systems', 'replies'], source: 'Workday notification whose tenant is not the company name; the company is named in the body and signature only', asks: ['fabrikam'], outcome: 'rejection' },
  { file: '08-lever-next-round.eml', categories: ['hiring-systems'], source: 'Lever candidate email sent through Amazon SES from no-reply@hire.lever.co with the company as display name and the recruiter as Reply-To', asks: ['tailspin'], outcome: 'next-round' },
  { file: '09-ashby-final-round.eml', categories: ['hiring-systems', 'charsets-mime'], source: 'Ashby candidate email from no-reply@ashbyhq.com ("<Company> Hiring Team"), HTML-only base64 body (RFC 2045 §6.8)', asks: ['wingtip'], outcome: 'next-round' },
  { file: '10-ats-ambiguous-two-applications.eml', categories: ['replies'], source: 'a company recruiter writing from the company domain about two applications at once', asks: ['adatumDesigner', 'adatumEngineer'], outcome: 'on-hold' },
  { file: '11-calendly-new-event.eml', categories: ['hiring-systems'], source: 'Calendly invitee/host notification: subject "New Event: <invitee> - <event type>", From notifications@calendly.com (Calendly help center, email notifications)', asks: ['litware'], outcome: 'next-round' },
  { file: '12-exchange-ooo-de-automatische-antwort.eml', categories: ['auto-replies', 'languages', 'charsets-mime'], source: 'Exchange OOF in German: "Automatische Antwort:" in an RFC 2047 ISO-8859-1 encoded word, no Auto-Submitted', asks: null },
  { file: '13-outlook-de-rejection-latin1-multipart.eml', categories: ['replies', 'languages', 'charsets-mime'], source: 'Outlook (Exchange) reply: "AW:" subject in an encoded word, multipart/alternative ISO-8859-1 QP, quoted "Von:/Gesendet:/An:/Betreff:" block below', asks: ['proseware'], outcome: 'rejection' },
  { file: '14-fastmail-fr-latin1-8bit-second-interview.eml', categories: ['replies', 'languages', 'charsets-mime'], source: 'Fastmail (Cyrus-JMAP) reply, text/plain ISO-8859-1 8bit (RFC 2045 §2.8), French attribution "Le … a écrit :"', asks: ['lamna'], outcome: 'next-round' },
  { file: '15-woodgrove-thanks-next-steps-subject.eml', categories: ['replies'], source: 'an interviewer answering the thank-you in the same thread; "next steps" only in the subject', asks: ['woodgrove'], outcome: null },
  { file: '16-fourth-coffee-on-hold.eml', categories: ['replies'], source: 'a recruiter update that negates a rejection ("This is not a rejection") and says the role is on hold', asks: ['fourthCoffee'], outcome: 'on-hold' },
  { file: '17-stranger-gmail.eml', categories: ['replies'], source: 'a friend on free mail: never a company', asks: null },
  { file: '18-greenhouse-names-no-company.eml', categories: ['hiring-systems'], source: 'a hiring-system message that names no company anywhere', asks: null },
  { file: '20-gmail-offer-en.eml', categories: ['replies'], source: 'Gmail multipart/alternative (7bit text, QP HTML) from a recruiter: an offer whose subject says "next steps"', asks: ['tailspin'], outcome: 'offer' },
  { file: '21-outlook-de-offer-html-base64.eml', categories: ['replies', 'languages', 'charsets-mime'], source: 'Exchange Online HTML-only message (MsoNormal styles) in base64 UTF-8, German offer', asks: ['trey'], outcome: 'offer' },
  { file: '22-de-on-hold-negated-absage.eml', categories: ['replies', 'languages'], source: 'Outlook "AW:" reply in the thread of a sent check-in: "keine Absage", "noch keine Entscheidung" (negation), quoted Von:/Gesendet: block', asks: ['trey'], outcome: 'on-hold' },
  { file: '23-gmail-fr-rejection-quoted-second-interview.eml', categories: ['replies', 'languages', 'charsets-mime'], source: 'Gmail French reply in QP with an encoded-word subject; the earlier "second entretien" only in the quote below "Le … a écrit :" (wrapped by QP)', asks: ['lamna'], outcome: 'rejection' },
  { file: '24-fr-offer-promesse-embauche.eml', categories: ['replies', 'languages'], source: 'Fastmail 8bit UTF-8 French offer ("promesse d\'embauche")', asks: ['lamna'], outcome: 'offer' },
  { file: '25-gmail-es-rejection-quoted.eml', categories: ['replies', 'languages'], source: 'Gmail Spanish reply, attribution "El … escribió:" above a quoted next-round line', asks: ['alpine'], outcome: 'rejection' },
  { file: '26-es-next-round.eml', categories: ['replies', 'languages'], source: 'Spanish invitation to a second interview ("programar una segunda entrevista")', asks: ['alpine'], outcome: 'next-round' },
  { file: '27-en-not-an-offer-yet.eml', categories: ['replies'], source: 'a contact (not merely the domain) writing "this is not an offer yet … haven\'t reached a decision": a negated offer is no offer', asks: ['adatumEngineer'], outcome: 'on-hold' },
  { file: '28-exchange-ooo-fr-reponse-automatique.eml', categories: ['auto-replies', 'languages'], source: 'Exchange OOF in French: "Réponse automatique :" (non-breaking space before the colon, UTF-8 encoded word), no Auto-Submitted', asks: null },
  { file: '29-one-contact-two-applications.eml', categories: ['replies'], source: 'the same recruiter is the contact of two applications at one company: the user is asked which', asks: ['margiesOps', 'margiesTours'], outcome: null },
  { file: '19-outlook-es-windows1252-offer.eml', categories: ['replies', 'languages', 'charsets-mime'], source: 'Outlook 16 multipart/mixed > multipart/alternative, Windows-1252 8bit text (€, en dash, curly quotes at 0x80–0x9F), PDF attachment, encoded-word From and Subject', asks: ['alpine'], outcome: 'offer' },
];

export const SENT: SentExpectation[] = [
  { file: 'S01-gmail-sent-thank-you-same-day.eml', categories: ['sent'], source: 'Gmail Sent copy, same evening as the interview', fulfils: { app: 'northwind', kind: 'thank-you', sequence: 0 } },
  { file: 'S02-sent-after-promise-passed-neutral.eml', categories: ['sent'], source: 'a note the day after the promised date passed, two days before the planned check-in', fulfils: { app: 'northwind', kind: 'check-in', sequence: 1 } },
  { file: 'S03-sent-de-update-asked-thank-you-open.eml', categories: ['sent', 'languages'], source: 'asking for an update in German after the promise passed while the thank-you was never sent', fulfils: { app: 'trey', kind: 'check-in', sequence: 1 }, leavesOpen: { app: 'trey', kind: 'thank-you' } },
  { file: 'S04-sent-same-day-thank-you-woodgrove.eml', categories: ['sent'], source: 'a thank-you sent the evening of the interview (New York time, the next day in UTC)', fulfils: { app: 'woodgrove', kind: 'thank-you', sequence: 0 } },
  { file: 'S05-sent-checking-in-before-promise.eml', categories: ['sent'], source: '"just checking in … any update" before the promised date: the user chose to check in early', fulfils: { app: 'fourthCoffee', kind: 'check-in', sequence: 1 }, leavesOpen: { app: 'fourthCoffee', kind: 'thank-you' } },
  { file: 'S08-sent-fr-thank-you-same-day.eml', categories: ['sent', 'languages'], source: 'a French thank-you the evening of the interview', fulfils: { app: 'lamna', kind: 'thank-you', sequence: 0 } },
  { file: 'S09-sent-es-seguimiento.eml', categories: ['sent', 'languages'], source: 'a Spanish follow-up ("seguimiento", "alguna novedad") after the no-promise wait, thank-you never sent', fulfils: { app: 'alpine', kind: 'check-in', sequence: 1 }, leavesOpen: { app: 'alpine', kind: 'thank-you' } },
  { file: 'S10-sent-thank-you-shared-contact.eml', categories: ['sent'], source: 'a thank-you to a recruiter who is the contact of two applications at one company; only one had an interview', fulfils: { app: 'margiesTours', kind: 'thank-you', sequence: 0 } },
  { file: 'S06-sent-to-a-friend.eml', categories: ['sent'], source: 'mail to someone who is no contact', fulfils: null },
  { file: 'S07-sent-before-the-interview.eml', categories: ['sent'], source: 'logistics sent before the interview: no follow-up', fulfils: null },
];
