import { describe, expect, it } from 'vitest';
import { proposeOutcome } from '../../../../shared/mail';

describe('proposed outcome (table in shared/mail/outcome.ts)', () => {
  it.each([
    ['Your application', 'Unfortunately we have decided to move forward with other candidates.', 'rejection'],
    ['Update', 'We regret to inform you the position has been filled. Next steps: none.', 'rejection'],
    ['Offer', 'We are pleased to offer you the role. Next steps: sign the offer letter.', 'offer'],
    ['Re: Interview', 'We would like to schedule a final interview with the team.', 'next-round'],
    ['Next steps', 'Thanks for your time!', null],
    ['Re: Thank you', 'Thanks, we will be in touch by Friday.', null],
  ] as const)('%s / %s → %s', (subject, text, expected) => expect(proposeOutcome(subject, text)).toBe(expected));
});

// Reported: "next steps" in an interviewer's thank-you proposed a next round; "final round",
// "final panel", German wording and "decided not to move forward" were not recognised.
describe('proposed outcome in four languages, with negations (rules table in shared/mail/outcome.ts)', () => {
  it.each([
    ['Re: Thank you — next steps', 'Thanks for your time today, great talking to you!', null],
    ['Update', 'We have decided not to move forward with your application.', 'rejection'],
    ['Final round', 'We would love to have you for the final round next week.', 'next-round'],
    ['Re: Onsite', 'You are invited to the final panel on Thursday.', 'next-round'],
    ['Ihre Bewerbung', 'Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidaten entschieden haben.', 'rejection'],
    ['Einladung', 'Wir möchten Sie gerne zu einem Zweitgespräch einladen.', 'next-round'],
    ['Ihr Angebot', 'Wir freuen uns, Ihnen die Stelle anzubieten. Anbei das Vertragsangebot.', 'offer'],
    ['Stand', 'Die Stelle ist derzeit auf Eis gelegt, wir melden uns.', 'on-hold'],
    ['Candidature', "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.", 'rejection'],
    ['Entretien', 'Nous souhaitons vous inviter à un second entretien.', 'next-round'],
    ['Proposition', "Nous avons le plaisir de vous faire une offre : vous trouverez la promesse d'embauche ci-jointe.", 'offer'],
    ['Recrutement', 'Le poste est mis en pause pour le moment.', 'on-hold'],
    ['Candidatura', 'Lamentamos informarle que hemos decidido continuar con otros candidatos.', 'rejection'],
    ['Entrevista', 'Nos gustaría programar una entrevista final con el equipo.', 'next-round'],
    ['Oferta', 'Nos complace ofrecerle el puesto. Adjuntamos la carta oferta.', 'offer'],
    ['Proceso', 'El proceso está en pausa hasta el próximo trimestre.', 'on-hold'],
    ['Update', 'The role is on hold while we finalise budgets.', 'on-hold'],
    ['Update', 'We have not made a decision yet and will update you next week.', 'on-hold'],
    ['Re: Offer?', 'To be clear, this is not an offer letter yet.', null],
    ['Re: Offer?', "To be clear, this is not an offer yet: we haven't reached a decision.", 'on-hold'],
    ['Re: Interview', "There won't be a next round, we'll decide after this one.", null],
    ['Re: Stand', 'Das ist keine Absage, wir brauchen nur noch etwas Zeit.', null],
  ] as const)('%s / %s → %s', (subject, text, expected) => expect(proposeOutcome(subject, text)).toBe(expected));
});
