import type { FollowUp } from '../domain';
import type { MailMessage } from './message';

/**
 * Which follow-up a message found in the user's Sent folder is — so "sent" is true without the
 * user marking it (LIFECYCLE.md rule 4: the app saw it sent). A message fulfils at most one
 * follow-up, ever (the caller remembers the Message-IDs it used); the choice is by time and by
 * what the message says, never by the order follow-ups were planned in:
 *
 * | the message (to an interviewer / contact, in To or Cc, after the interview ended)  | is…                 |
 * |-------------------------------------------------------------------------------------|---------------------|
 * | sent after the promise passed (`promisePassedMs`), or asking for an update in any    | the open check-in  |
 * |   language (`asksForUpdate`) — even days before the check-in is due                  | (lowest sequence)   |
 * | otherwise, while the thank-you is open                                               | the thank-you       |
 * | a check-in sent before `nextCheckInFromMs` (soon after the previous one)             | nothing (a second   |
 * |                                                                                      | note the same week) |
 * | before the interview ended, to someone else, phone follow-ups, closed follow-ups     | nothing             |
 * Several interviews qualify: the latest that ended before the message. The times come from the
 * cadence's calendar (shared/followup/sent-timing.ts: business days in the user's zone).
 */
export interface SentCandidate {
  followUp: FollowUp;
  recipients: readonly string[];
  /** The interview's end: nothing sent before it is a follow-up of it. */
  interviewEndMs: number;
  /** From when a message is a check-in by its date alone (the promise passed). */
  promisePassedMs: number;
  /** After a check-in of this interview was sent: from when a message may be the next one; else null. */
  nextCheckInFromMs: number | null;
}

/**
 * Asking for news, in EN, DE, FR and ES ("checking in", "any update", "nachfragen", "aktueller
 * Stand", "des nouvelles", "relancer", "seguimiento", "alguna novedad"…). Read in the subject and
 * the message's own words (quoted text removed).
 */
const ASKS_FOR_UPDATE = [
  /\b(check(ing)? in|follow(ing)?[- ]up|any (news|update)|an update|update on|status of|where things stand|touch(ing)? base|hear(d)? back|still under consideration|timeline)\b/i,
  /\b(nachfragen|nachfrage|erkundigen|aktuellen? stand|stand der dinge|neuigkeiten|rückmeldung|zwischenstand)/i,
  /\b(des nouvelles|relancer|relance|je me permets de revenir|suivi de ma candidature|où en est|état d'avancement|avancement)/i,
  /\b(seguimiento|novedad(es)?|alguna actualización|estado de (mi|la) (candidatura|solicitud|postulación)|saber si hay)/i,
];

export function asksForUpdate(subject: string, text: string): boolean {
  const all = `${subject}\n${text}`;
  return ASKS_FOR_UPDATE.some((p) => p.test(all));
}

const emailFollowUp = (f: FollowUp): boolean => (f.kind === 'thank-you' || f.kind === 'check-in') && f.channel === 'email' && (f.status === 'pending' || f.status === 'snoozed');

export function sentFollowUpFor(message: MailMessage, candidates: readonly SentCandidate[], text = ''): FollowUp | null {
  const sentMs = Date.parse(message.date);
  if (!Number.isFinite(sentMs)) return null;
  const to = new Set([...message.to, ...message.cc].map((a) => a.address.toLowerCase()));
  const eligible = candidates.filter((c) => emailFollowUp(c.followUp) && sentMs >= c.interviewEndMs && c.recipients.some((r) => to.has(r.toLowerCase())));
  if (eligible.length === 0) return null;
  // The interview this message follows: the latest that ended before it.
  const latestEnd = Math.max(...eligible.map((c) => c.interviewEndMs));
  const mine = eligible.filter((c) => c.interviewEndMs === latestEnd);
  const promisePassed = mine.some((c) => sentMs >= c.promisePassedMs);
  if (promisePassed || asksForUpdate(message.subject, text)) {
    const checkIns = mine.filter((c) => c.followUp.kind === 'check-in').sort((a, b) => a.followUp.sequence - b.followUp.sequence);
    const first = checkIns[0];
    if (!first) return null;
    if (first.nextCheckInFromMs !== null && sentMs < first.nextCheckInFromMs) return null;
    return first.followUp;
  }
  return mine.find((c) => c.followUp.kind === 'thank-you')?.followUp ?? null;
}
