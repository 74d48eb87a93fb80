import type { ComposedDraft } from '../contract/methods/follow-ups';
import type { Application, Contact, Draft, FollowUp, Interview } from '../domain';
import { buildMailto } from './mailto';
import { memorableSentence } from './memorable-detail';
import { clause, greeting, inSentence, interviewDay, sentence, signOff, truncate } from './wording';

/**
 * Drafts for a follow-up, filled from its interview and application, short as the advice asks:
 * thank them for their time, restate interest and why you fit, mention the memorable detail; a
 * check-in "merely asks whether the door is open or shut". The same words make the phone script.
 *
 * | Kind             | Email                                                        | Phone script intro (subtitle) |
 * |------------------|--------------------------------------------------------------|-------------------------------|
 * | thank-you        | thanks, memorable detail, interest + fit; when the hear-back  | thank them, mention the detail |
 * |                  | promise is unknown it also asks when and how they'll answer   |                               |
 * |                  | (one message, never a second email the same day)             |                               |
 * | hear-back-prompt | asks when and how to expect next steps; "thank you again"    | ask when you'll hear back     |
 * |                  | only once the thank-you for that interview was sent          |                               |
 * | check-in         | asks whether the position is still open                      | door open or shut             |
 * | custom           | greeting and sign-off around the reminder's subject          | a starting point              |
 *
 * The user's name (Settings → Your name) signs the email and introduces the call. Without it the
 * email ends with the closing alone (the mail client adds its signature) and the call opens
 * "Hi, I interviewed for…": no "[your name]" placeholder that could be sent by mistake; the
 * composer says where to set the name instead.
 */

export interface DraftInput {
  followUp: FollowUp;
  application: Application;
  interview: Interview | null;
  interviewers: Contact[];
  /** Settings → Your name; empty or absent when not set. */
  userName?: string;
  /** Whether the thank-you for this follow-up's interview was marked sent. */
  thankYouSent?: boolean;
}

interface Composed {
  draft: Draft;
  script: string;
}

const SUBJECT_MAX = 300;
const BODY_MAX = 10_000;
const CLOSING = 'Best regards,';
const NEXT_STEPS = 'when and how I can expect to hear about next steps';

/** What the composer says above each kind's phone script. */
export const PHONE_SCRIPT_INTROS: Record<FollowUp['kind'], string> = {
  'thank-you': 'The same thank-you, said out loud: keep it short — your thanks, the detail you enjoyed, and that you’re still interested.',
  'check-in': 'Same message, said out loud: it merely asks whether the door is open or shut.',
  'hear-back-prompt': 'A short call to ask when and how you’ll hear back.',
  custom: 'A starting point for the call — make it your own.',
};

/** "the Platform Engineer role at Acme"; a role typed as "Backend role" or "the SRE position" is not doubled. */
function roleAt(a: Application): string {
  const role = a.role.replace(/^the\s+/i, '');
  return /\b(role|position|job|opening)$/i.test(role) ? `the ${role} at ${a.company}` : `the ${role} role at ${a.company}`;
}

function when(interview: Interview | null): string {
  return interview ? ` on ${interviewDay(interview)}` : '';
}

/** The same, inside a sentence: a date that names the weekday closes with a comma ("on Tuesday, March 3, about…"). */
function whenInside(interview: Interview | null): string {
  return interview ? `${when(interview)},` : '';
}

function fitSentence(a: Application, lead: string): string {
  const fit = inSentence(a.fitLine);
  return fit ? `${lead}, and I believe I'd be a good fit: ${fit}.` : `${lead}.`;
}

/** "Hi, this is Sam Lee. I interviewed for…" or, without a name, "Hi, I interviewed for…". */
function callOpening(userName: string | undefined, rest: string): string {
  const name = userName?.trim();
  return name ? `Hi, this is ${name}. I ${rest}` : `Hi, I ${rest}`;
}

function paragraphs(...parts: (string | null)[]): string {
  return parts.filter((p): p is string => p !== null).join('\n\n');
}

function thankYou(input: DraftInput): Composed {
  const { application: a, interview: iv, interviewers, userName } = input;
  const detail = iv ? memorableSentence(iv.memorableDetail) : null;
  // Rule 1 of the advice: when the promise is still unknown, the thank-you asks it (one message).
  const askNextSteps = iv?.hearBack.status === 'unknown';
  const body = paragraphs(
    greeting(interviewers),
    `${sentence(`Thank you for your time${whenInside(iv)} talking with me about ${roleAt(a)}`)}${detail ? ` ${detail}` : ''}`,
    fitSentence(a, `I'm still very interested in the position`),
    askNextSteps ? `Could you also let me know ${NEXT_STEPS}?` : null,
    signOff(userName, CLOSING),
  );
  const script = [
    callOpening(userName, sentence(`interviewed for ${roleAt(a)}${when(iv)}`)),
    `I wanted to thank you for your time.${detail ? ` ${detail}` : ''}`,
    fitSentence(a, `I'm still very interested`),
    ...(askNextSteps ? [`Could you tell me ${NEXT_STEPS}?`] : []),
    'Thank you again, and have a good day.',
  ].join('\n');
  return { draft: { subject: `Thank you — ${a.role} interview`, body }, script };
}

function checkIn(input: DraftInput): Composed {
  const { application: a, interview: iv, interviewers, userName } = input;
  const body = paragraphs(
    greeting(interviewers),
    `I interviewed for ${roleAt(a)}${whenInside(iv)} and wanted to ask whether the position is still open, or whether a decision has been made. I remain very interested in the role.`,
    'Thank you for letting me know either way.',
    signOff(userName, CLOSING),
  );
  const script = [
    callOpening(userName, sentence(`interviewed for ${roleAt(a)}${when(iv)}`)),
    "I'm calling to ask whether the position is still open, or whether a decision has been made.",
    'Thank you — I appreciate you letting me know either way.',
  ].join('\n');
  return { draft: { subject: `Following up on ${roleAt(a)}`, body }, script };
}

function askTimeline(input: DraftInput): Composed {
  const { application: a, interview: iv, interviewers, userName, thankYouSent } = input;
  // "Again" only when a thank-you really went out; otherwise this is the first note they get.
  const thanks = sentence(thankYouSent ? `Thank you again for the conversation${whenInside(iv)} about ${roleAt(a)}` : `Thank you for talking with me${whenInside(iv)} about ${roleAt(a)}`);
  const body = paragraphs(greeting(interviewers), `${thanks} Could you tell me ${NEXT_STEPS}?`, signOff(userName, CLOSING));
  const script = [callOpening(userName, sentence(`interviewed for ${roleAt(a)}${when(iv)}`)), `Could you tell me ${NEXT_STEPS}?`, 'Thank you.'].join('\n');
  return { draft: { subject: `Next steps for ${roleAt(a)}`, body }, script };
}

function custom(input: DraftInput): Composed {
  const { application: a, followUp, interviewers, userName } = input;
  const body = paragraphs(greeting(interviewers), sentence(`I'm writing about ${roleAt(a)}`), signOff(userName, CLOSING));
  const script = callOpening(userName, sentence(`applied for ${roleAt(a)}`));
  return { draft: { subject: clause(followUp.title) || `${a.role} at ${a.company}`, body }, script };
}

const COMPOSERS: Record<FollowUp['kind'], (input: DraftInput) => Composed> = {
  'thank-you': thankYou,
  'check-in': checkIn,
  'hear-back-prompt': askTimeline,
  custom,
};

function bounded(draft: Draft): Draft {
  return { subject: truncate(draft.subject, SUBJECT_MAX), body: truncate(draft.body, BODY_MAX) };
}

/**
 * The email (the user's saved edits when there are any, else the generated one), the generated
 * email (for "reset"), the phone script, and a `mailto:` link addressed to the interviewers whose
 * email is known.
 */
export function composeDraft(input: DraftInput): ComposedDraft {
  const composed = COMPOSERS[input.followUp.kind](input);
  const generated = bounded(composed.draft);
  const email = input.followUp.draft ? bounded(input.followUp.draft) : generated;
  const addresses = input.interviewers.map((c) => c.email.trim()).filter((e) => e !== '');
  return {
    email,
    generated,
    edited: input.followUp.draft !== null,
    phoneScript: composed.script,
    mailto: buildMailto({ to: addresses, ...email }),
    to: addresses.join(', '),
  };
}
