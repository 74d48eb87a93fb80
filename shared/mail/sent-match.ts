import type { FollowUp } from '../domain';
import type { MailMessage } from './message';

/**
 * Which follow-up a message found in the user's Sent folder is — so "sent" is true without the
 * user marking it (LIFECYCLE.md rule 4: the app saw it sent). A message counts for at most one
 * follow-up, ever (the caller remembers the Message-IDs it used).
 *
 * | a sent message is the follow-up when…                                                        |
 * |-----------------------------------------------------------------------------------------------|
 * | the follow-up is an open thank-you or check-in by email                                        |
 * | one of its recipients (the interview's interviewers, else the application's contacts) is in To/Cc |
 * | it was sent after the follow-up's `earliestMs`: the interview's end for the thank-you (drafted |
 * |   after the interview); for a check-in a day before it is due, never before the promise floor  |
 * |   (a second thank-you to another interviewer, or a second note the same week, is not a check-in) |
 * | several qualify: the thank-you first, then the lowest check-in                                 |
 */
export interface SentCandidate {
  followUp: FollowUp;
  recipients: readonly string[];
  earliestMs: number;
}

const order = (f: FollowUp): number => (f.kind === 'thank-you' ? 0 : f.sequence);

export function sentFollowUpFor(message: MailMessage, candidates: readonly SentCandidate[]): FollowUp | null {
  const sentMs = Date.parse(message.date);
  if (!Number.isFinite(sentMs)) return null;
  const to = new Set([...message.to, ...message.cc].map((a) => a.address.toLowerCase()));
  let best: FollowUp | null = null;
  for (const c of candidates) {
    const f = c.followUp;
    if ((f.kind !== 'thank-you' && f.kind !== 'check-in') || f.channel !== 'email') continue;
    if (f.status !== 'pending' && f.status !== 'snoozed') continue;
    if (sentMs < c.earliestMs) continue;
    if (!c.recipients.some((r) => to.has(r.toLowerCase()))) continue;
    if (best === null || order(f) < order(best)) best = f;
  }
  return best;
}
