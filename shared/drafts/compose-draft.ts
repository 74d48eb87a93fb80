import type { ComposedDraft } from '../contract/methods/follow-ups';
import type { Application, Contact, Draft, FollowUp, Interview } from '../domain';
import { buildMailto } from './mailto';
import { clause, greeting, inSentence, interviewDay, signOff, truncate } from './wording';

/**
 * Drafts for a follow-up, filled from its interview and application, short as the advice asks:
 * thank them for their time, restate interest and why you fit, mention the memorable detail; a
 * check-in "merely asks whether the door is open or shut". The same words make the phone script.
 */

export interface DraftInput {
  followUp: FollowUp;
  application: Application;
  interview: Interview | null;
  interviewers: Contact[];
  userName?: string;
}

const SUBJECT_MAX = 300;
const BODY_MAX = 10_000;

function roleAt(a: Application): string {
  return `the ${a.role} role at ${a.company}`;
}

function when(interview: Interview | null): string {
  return interview ? ` on ${interviewDay(interview)}` : '';
}

function fitSentence(a: Application, lead: string): string {
  const fit = inSentence(a.fitLine);
  return fit ? `${lead}, and I believe I'd be a good fit: ${fit}.` : `${lead}.`;
}

function thankYou(input: DraftInput): { draft: Draft; script: string } {
  const { application: a, interview: iv, interviewers, userName } = input;
  const detail = iv ? inSentence(iv.memorableDetail) : '';
  const body = [
    greeting(interviewers),
    '',
    `Thank you for your time${when(iv)} talking with me about ${roleAt(a)}.${detail ? ` I especially enjoyed our conversation about ${detail}.` : ''}`,
    '',
    fitSentence(a, `I'm still very interested in the position`),
    '',
    signOff(userName, 'Best regards,'),
  ].join('\n');
  const script = [
    `Hi, this is ${userName?.trim() || '[your name]'}. I interviewed for ${roleAt(a)}${when(iv)}.`,
    `I wanted to thank you for your time${detail ? ` — I especially enjoyed talking about ${detail}` : ''}.`,
    fitSentence(a, `I'm still very interested`),
    'Thank you again, and have a good day.',
  ].join('\n');
  return { draft: { subject: `Thank you — ${a.role} interview`, body }, script };
}

function checkIn(input: DraftInput): { draft: Draft; script: string } {
  const { application: a, interview: iv, interviewers, userName } = input;
  const body = [
    greeting(interviewers),
    '',
    `I interviewed for ${roleAt(a)}${when(iv)} and wanted to ask whether the position is still open, or whether a decision has been made. I remain very interested in the role.`,
    '',
    'Thank you for letting me know either way.',
    '',
    signOff(userName, 'Best regards,'),
  ].join('\n');
  const script = [
    `Hi, this is ${userName?.trim() || '[your name]'}. I interviewed for ${roleAt(a)}${when(iv)}.`,
    "I'm calling to ask whether the position is still open, or whether a decision has been made.",
    'Thank you — I appreciate you letting me know either way.',
  ].join('\n');
  return { draft: { subject: `Following up on ${roleAt(a)}`, body }, script };
}

function askTimeline(input: DraftInput): { draft: Draft; script: string } {
  const { application: a, interview: iv, interviewers, userName } = input;
  const body = [
    greeting(interviewers),
    '',
    `Thank you again for the conversation${when(iv)} about ${roleAt(a)}. Could you tell me when and how I should expect to hear about next steps?`,
    '',
    signOff(userName, 'Best regards,'),
  ].join('\n');
  const script = [
    `Hi, this is ${userName?.trim() || '[your name]'}. I interviewed for ${roleAt(a)}${when(iv)}.`,
    'Could you tell me when and how I should expect to hear about next steps?',
    'Thank you.',
  ].join('\n');
  return { draft: { subject: `Next steps for ${roleAt(a)}`, body }, script };
}

function custom(input: DraftInput): { draft: Draft; script: string } {
  const { application: a, followUp, interviewers, userName } = input;
  const body = [greeting(interviewers), '', '', signOff(userName, 'Best regards,')].join('\n');
  const script = `Hi, this is ${userName?.trim() || '[your name]'}, about ${roleAt(a)}.`;
  return { draft: { subject: clause(followUp.title) || `${a.role} at ${a.company}`, body }, script };
}

const COMPOSERS: Record<FollowUp['kind'], (input: DraftInput) => { draft: Draft; script: string }> = {
  'thank-you': thankYou,
  'check-in': checkIn,
  'hear-back-prompt': askTimeline,
  custom,
};

/**
 * The email (the user's saved edits when there are any), the phone script, and a `mailto:` link
 * addressed to the interviewers whose email is known.
 */
export function composeDraft(input: DraftInput): ComposedDraft {
  const composed = COMPOSERS[input.followUp.kind](input);
  const email = input.followUp.draft ?? composed.draft;
  const subject = truncate(email.subject, SUBJECT_MAX);
  const body = truncate(email.body, BODY_MAX);
  const addresses = input.interviewers.map((c) => c.email.trim()).filter((e) => e !== '');
  return {
    email: { subject, body },
    phoneScript: composed.script,
    mailto: buildMailto({ to: addresses, subject, body }),
    to: addresses.join(', '),
  };
}
