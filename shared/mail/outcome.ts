/**
 * The likely outcome a reply announces, from its subject and the first few KB of its own words
 * (quoted text removed, body-text.ts) — a proposal the user confirms, never applied by itself.
 *
 * Outcomes are checked in this order; the first with a phrase that counts wins (an offer letter
 * mentions "next round" of paperwork; a rejection thanks you "for interviewing"; a paused search
 * may still mention the "final round"):
 *
 * | outcome      | English                                       | German                          | French                          | Spanish                          |
 * |--------------|-----------------------------------------------|---------------------------------|---------------------------------|----------------------------------|
 * | `rejection`  | decided not to move forward; not moving       | leider … nicht / andere(n)      | nous avons le regret; ne pas    | lamentamos informarle; hemos     |
 * |              | forward with your application; move forward / | Kandidat(inn)en; Absage; nicht  | donner suite; pas été retenu(e);| decidido no; no ha sido          |
 * |              | proceed with other candidates; position has   | weiter berücksichtigen; gegen   | autre candidat; poste a été     | seleccionado/a; otros candidatos;|
 * |              | been filled; regret to inform; not selected;  | Sie entschieden; Stelle besetzt | pourvu; malheureusement … pas   | puesto ha sido cubierto;         |
 * |              | unfortunately … not / other candidates        |                                 |                                 | lamentablemente … no             |
 * | `offer`      | pleased/happy/delighted to offer; offer       | Vertragsangebot; Jobangebot;    | proposition d'embauche; promesse| nos complace ofrecerle; oferta   |
 * |              | letter; extend (you) an offer; job offer;     | Angebot unterbreiten; freuen    | d'embauche; vous proposer le    | laboral; carta (de) oferta;      |
 * |              | offer of employment; like to offer you        | uns, Ihnen … anzubieten; Zusage | poste; vous faire une offre     | ofrecerle el puesto              |
 * | `on-hold`    | on hold; paused the search/hiring; hiring     | auf Eis gelegt; pausiert;       | en suspens; mis en pause /      | en pausa; en espera; congelado;  |
 * |              | freeze; not made a decision yet; no decision  | Einstellungsstopp; noch keine   | attente; gel des recrutements;  | aún no hemos tomado una decisión |
 * |              | yet; still reviewing; delayed                 | Entscheidung; verzögert sich    | pas encore pris de décision     |                                  |
 * | `next-round` | next round; final round; final panel; second/ | nächste Runde; zweites Gespräch;| prochain entretien; second      | siguiente/próxima ronda; segunda |
 * |              | third/final/technical/onsite/panel interview; | Zweitgespräch; einladen … Ge-   | entretien; entretien final;     | entrevista; entrevista final;    |
 * |              | invite you to (an) interview; schedule a …    | spräch / Interview; Einladung   | vous inviter; planifier un      | invitarle a una entrevista;      |
 * |              | interview/call; "New Event:" (a booking)      | zum (Vorstellungs)gespräch      | entretien                       | agendar/programar una entrevista |
 *
 * Not an outcome: "next steps" (interviewers' thank-yous say it), "offre d'emploi" / "oferta de
 * empleo" alone (they also mean a job posting).
 *
 * Negation: a phrase marked `negatable` does not count when a negating word (not, no, never,
 * n't, nicht, kein…, pas, ne, jamais, no, nunca, ningún…) is among the four words before it —
 * "this is not an offer", "there won't be a next round", "wir haben noch keine Absage erteilt".
 * Phrases that already carry their negation ("decided not to move forward") are not negatable.
 */
export type ProposedOutcome = 'rejection' | 'next-round' | 'offer' | 'on-hold';

interface Phrase {
  pattern: RegExp;
  negatable: boolean;
}

const fixed = (pattern: RegExp): Phrase => ({ pattern, negatable: false });
const positive = (pattern: RegExp): Phrase => ({ pattern, negatable: true });

export const OUTCOME_RULES: readonly (readonly [ProposedOutcome, readonly Phrase[]])[] = [
  [
    'rejection',
    [
      fixed(/\bdecided not to (move|go) forward\b/),
      fixed(/\b(not|won'?t) (be )?(moving|going) forward with (your|you)\b/),
      fixed(/\bnot (be )?(moving|going) forward\b/),
      positive(/\b(decided to|will|chose to|have chosen to) (pursue|move forward|proceed|go forward|continue) with (other|another|a different)\b/),
      fixed(/\b(will not|won'?t|not) be (progressing|proceeding)\b/),
      positive(/\bposition has (now )?been filled\b/),
      positive(/\bregret to inform\b/),
      fixed(/\b(were|was|have|has) not (been )?selected\b/),
      fixed(/\bunfortunately\b[^.!?\n]{0,120}(\bnot\b|n't\b|\bother candidates?\b|\banother candidate\b|\bunable\b)/),
      fixed(/\bleider\b[^.!?\n]{0,160}\b(nicht|keine?n?|andere[nr]?|absagen)\b/),
      positive(/\b(anderen|andere) (kandidat|bewerber)(inn)?en\b[^.!?\n]{0,80}\bentschieden\b/),
      positive(/\babsage\b/),
      fixed(/\bnicht (weiter )?berücksichtig/),
      positive(/\bgegen (sie|dich) entschieden\b/),
      positive(/\bstelle (wurde |ist )?(bereits |inzwischen )?(anderweitig )?besetzt\b/),
      positive(/\bnous avons le regret\b/),
      fixed(/\bne (pas|pouvons pas|pourrons pas) donner suite\b/),
      fixed(/\bne donnerons pas suite\b/),
      fixed(/\bpas (été )?retenue?\b/),
      positive(/\b(un |une )?autres? (candidat|profil)/),
      positive(/\bposte a (déjà )?été pourvu\b/),
      fixed(/\bmalheureusement\b[^.!?\n]{0,120}\b(pas|ne|autre)\b/),
      positive(/\blamentamos (informarle|comunicarle|informarte|comunicarte)\b/),
      fixed(/\bhemos decidido no\b/),
      fixed(/\bno (ha|has) sido (seleccionad|elegid)[oa]\b/),
      positive(/\b(otro|otra|otros|otras) (candidat|perfil)/),
      positive(/\bpuesto (ya )?ha sido cubierto\b/),
      fixed(/\blamentablemente\b[^.!?\n]{0,120}\b(no|otros?)\b/),
    ],
  ],
  [
    'offer',
    [
      positive(/\b(pleased|happy|delighted|excited|thrilled) to (formally )?(offer|extend)\b/),
      positive(/\boffer letter\b/),
      positive(/\bextend (you )?(an|a formal|a verbal|our) offer\b/),
      positive(/\b(job|formal|verbal) offer\b/),
      positive(/\boffer of employment\b/),
      positive(/\b(like|love|want) to offer you\b/),
      positive(/\b(vertragsangebot|jobangebot|stellenangebot an sie)\b/),
      positive(/\bangebot (zu )?unterbreiten\b/),
      positive(/\bfreuen uns,? (ihnen|dir)\b[^.!?\n]{0,80}\banzubieten\b/),
      positive(/\bzusage\b/),
      positive(/\b(proposition|promesse) d'embauche\b/),
      positive(/\bvous (proposer|offrir) le poste\b/),
      positive(/\bvous faire une offre\b/),
      positive(/\bnos complace ofrecer/),
      positive(/\boferta laboral\b/),
      positive(/\bcarta (de )?oferta\b/),
      positive(/\bofrecer(le|te) el puesto\b/),
    ],
  ],
  [
    'on-hold',
    [
      positive(/\bon hold\b/),
      positive(/\bpaus(ed|ing) (the|this|our) (search|hiring|role|position|process|recruitment)\b/),
      positive(/\bhiring freeze\b/),
      fixed(/(\bnot|n't) (yet )?(made|reached) a (final )?decision\b/),
      fixed(/\bno (final )?decision (has been made )?yet\b/),
      positive(/\bstill (reviewing|evaluating|interviewing other)\b/),
      positive(/\b(process|decision) (is|has been|will be) delayed\b/),
      positive(/\bauf eis gelegt\b/),
      positive(/\b(pausiert|einstellungsstopp)\b/),
      fixed(/\bnoch keine entscheidung\b/),
      positive(/\bverzögert sich\b/),
      positive(/\ben suspens\b/),
      positive(/\bmis(e)? en (pause|attente)\b/),
      positive(/\bgel des recrutements\b/),
      fixed(/\bpas encore pris (de|une|notre) décision\b/),
      positive(/\b(en pausa|en espera|congelad[oa])\b/),
      fixed(/\baún no hemos tomado (una|la|ninguna) decisión\b/),
    ],
  ],
  [
    'next-round',
    [
      positive(/\b(next|final|second|third) round\b/),
      positive(/\bfinal panel\b/),
      positive(/\b(second|third|final|technical|onsite|on-site|panel|follow-up) interview\b/),
      positive(/\binvite you (to|for) (an? |the |your )?(\w+ )?(interview|conversation|call|chat|onsite)\b/),
      positive(/\bschedule (a|an|your|the|some time for)( [\w-]+){0,3} (interview|call|chat|conversation)\b/),
      positive(/^new event:/),
      positive(/\b(nächste|finale|zweite) runde\b/),
      positive(/\b(zweites gespräch|zweitgespräch|folgegespräch)\b/),
      positive(/\beinladen\b[^.!?\n]{0,80}\b(gespräch|interview|kennenlernen)/),
      positive(/\beinladung zu(m|r)? (\w+)?(gespräch|interview|kennenlernen)/),
      positive(/\b(prochain|second|deuxième|dernier) entretien\b/),
      positive(/\bentretien final\b/),
      positive(/\bvous inviter (à|a) (un|une|notre)\b/),
      positive(/\bplanifier un (entretien|échange|appel)\b/),
      positive(/\b(siguiente|próxima) (ronda|fase|etapa)\b/),
      positive(/\b(segunda|tercera) entrevista\b/),
      positive(/\bentrevista final\b/),
      positive(/\binvitar(le|te) a una entrevista\b/),
      positive(/\b(agendar|programar|coordinar) una (entrevista|llamada)\b/),
    ],
  ],
];

/** Words that negate what follows them in the same sentence (EN, DE, FR, ES). */
const NEGATION = /(?:^|[^\p{L}])(not|no|never|none|n't|nicht|kein\w*|nie|pas|ne|n'|jamais|aucune?|nunca|ningún|ninguna|tampoco)(?:[^\p{L}]|$)|n't\b/u;

const sentences = (text: string): string[] => text.toLowerCase().split(/(?<=[.!?])\s+|\n+/);

function counts(phrase: Phrase, sentence: string): boolean {
  const found = phrase.pattern.exec(sentence);
  if (!found) return false;
  if (!phrase.negatable) return true;
  const before = sentence.slice(0, found.index).split(/\s+/).filter(Boolean).slice(-4).join(' ');
  return !NEGATION.test(before);
}

export function proposeOutcome(subject: string, text: string): ProposedOutcome | null {
  const all = [subject.replace(/^((re|aw|wg|fw|fwd|tr|rv|r)\s*:\s*)+/i, ''), ...sentences(text)].flatMap((s) => sentences(s));
  for (const [outcome, phrases] of OUTCOME_RULES) if (phrases.some((p) => all.some((s) => counts(p, s)))) return outcome;
  return null;
}
