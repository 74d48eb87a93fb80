import { describe, expect, it } from 'vitest';
import { proposeOutcome } from '../../../../shared/mail';

describe('proposed outcome (table in shared/mail/outcome.ts)', () => {
  it.each([
    ['Your application', 'Unfortunately we have decided to move forward with other candidates.', 'rejection'],
    ['Update', 'We regret to inform you the position has been filled. Next steps: none.', 'rejection'],
    ['Offer', 'We are pleased to offer you the role. Next steps: sign the offer letter.', 'offer'],
    ['Re: Interview', 'We would like to schedule a final interview with the team.', 'next-round'],
    ['Next steps', 'Thanks for your time!', 'next-round'],
    ['Re: Thank you', 'Thanks, we will be in touch by Friday.', null],
  ] as const)('%s / %s → %s', (subject, text, expected) => expect(proposeOutcome(subject, text)).toBe(expected));
});
