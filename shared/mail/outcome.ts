/**
 * The likely outcome a reply announces, from its subject and first few KB of text — a proposal
 * the user confirms, never applied by itself. Checked in this order (an offer letter often says
 * "next steps"; a rejection often says "thank you for interviewing"):
 *
 * | outcome      | words (case-insensitive)                                                          |
 * |--------------|------------------------------------------------------------------------------------|
 * | `rejection`  | "unfortunately", "not moving forward", "decided to pursue/move forward with other", |
 * |              | "not be progressing", "will not be moving", "position has been filled", "regret"   |
 * | `offer`      | "pleased to offer", "offer letter", "extend an offer", "job offer", "offer of employment" |
 * | `next-round` | "next round", "next step(s)", "schedule (a|an|your) … interview", "second/final interview", "onsite" |
 */
export type ProposedOutcome = 'rejection' | 'next-round' | 'offer';

const RULES: readonly [ProposedOutcome, RegExp][] = [
  ['rejection', /\b(unfortunately|not (be )?moving forward|decided to (pursue|move forward with) other|not be progressing|will not be moving|position has been filled|we regret|regret to inform)\b/i],
  ['offer', /\b(pleased to offer|offer letter|extend (you )?an offer|job offer|offer of employment)\b/i],
  ['next-round', /\b(next round|next steps?|schedule (a|an|your)( \w+){0,3} interview|(second|final|technical|onsite|on-site) interview|onsite)\b/i],
];

export function proposeOutcome(subject: string, text: string): ProposedOutcome | null {
  const all = `${subject}\n${text}`;
  for (const [outcome, pattern] of RULES) if (pattern.test(all)) return outcome;
  return null;
}
