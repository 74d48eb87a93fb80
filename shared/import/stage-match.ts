import type { Stage, StageKind } from '../domain';

/**
 * Which board stage a tracker's stage value ("Phone Screen", "rejected", "Offer") lands in.
 *
 * | the value                                      | goes to                                        |
 * |------------------------------------------------|------------------------------------------------|
 * | a stage's own name (any case, any spacing)     | that stage                                     |
 * | rejected, not selected, unsuccessful, no offer | a `rejected` stage, else any closed stage      |
 * | withdrawn, withdrew, declined, not interested  | a `withdrawn` stage, else rejected, else closed |
 * | ghosted, no response, no reply                 | a `ghosted` stage, else rejected, else closed  |
 * | accepted, hired, signed                        | a `hired` stage, else an `offer` stage         |
 * | offer, negotiating                             | an `offer` stage                               |
 * | interview, screen, onsite, assessment, call…   | an active stage named like "interview", else the last active stage |
 * | applying, to apply, not (yet) applied, preparing | an active stage named like "wishlist", else the first stage: not applied yet (Teal's "Applying") |
 * | applied, submitted, waiting, pending, in review | an active stage named like "applied", else the second active stage |
 * | wishlist, saved, bookmarked, interested        | an active stage named like that, else the first stage |
 * | anything else, or empty                        | the first stage, marked `unknown` so the preview asks |
 *
 * Each meaning also knows the German, French and Spanish words people type (Absage, Vorstellungs-
 * gespräch, Angebot, Beworben; refusé, entretien, offre; rechazado, entrevista, oferta).
 * Closing words are tried before "offer" so "No offer" is a rejection, not an offer, and "not yet
 * applied" words before "applied".
 *
 * Each tracker's own stages, and where they land on the default board (tested one by one):
 * - Huntr's default board lists: Wishlist, Applied, Interview, Offer, Rejected (the user renames
 *   them freely; an export carries the list names as typed).
 * - Teal's tracker stages as its board shows them: Bookmarked, Applying (preparing the
 *   application: not applied yet), Applied, Interviewing, Negotiating, Accepted; archived as
 *   I Withdrew, Not Selected, No Response. Not checked against an export file: none is public.
 * - Simplify's export, upper case: SAVED, APPLIED, INTERVIEWING, REJECTED, WITHDRAWN as a public
 *   dashboard for its export reads them; SCREEN and OFFER assumed alike.
 * - A plain sheet: whatever people type ("Phone screen", "Waiting to hear", "Ghosted").
 */

export type StageMatchHow = 'name' | 'meaning' | 'unknown';

export interface StageMatch {
  stageId: string;
  how: StageMatchHow;
}

type Meaning = {
  words: readonly string[];
  /** Picks the stage for this meaning on the user's board, or undefined when it has none. */
  pick: (stages: readonly Stage[]) => Stage | undefined;
};

const byKind = (stages: readonly Stage[], ...kinds: StageKind[]): Stage | undefined => {
  for (const kind of kinds) {
    const stage = stages.find((s) => s.kind === kind);
    if (stage) return stage;
  }
  return undefined;
};
const activeStages = (stages: readonly Stage[]) => stages.filter((s) => s.kind === 'active');
const activeNamed = (stages: readonly Stage[], pattern: RegExp) => activeStages(stages).find((s) => pattern.test(s.name.toLowerCase()));
const anyClosed = (stages: readonly Stage[]) => byKind(stages, 'rejected', 'withdrawn', 'ghosted', 'hired');

const MEANINGS: readonly Meaning[] = [
  { words: ['rejected', 'reject', 'notselected', 'unsuccessful', 'nooffer', 'turneddown', 'denied', 'refused', 'absage', 'abgelehnt', 'refus', 'rechazad'], pick: (s) => byKind(s, 'rejected') ?? anyClosed(s) },
  { words: ['withdrawn', 'withdrew', 'withdraw', 'declined', 'notinterested', 'archived', 'closed', 'zuruckgezogen', 'abgebrochen', 'retire', 'desiste'], pick: (s) => byKind(s, 'withdrawn', 'rejected') ?? anyClosed(s) },
  { words: ['ghosted', 'noresponse', 'noreply', 'noanswer', 'keineantwort', 'sansreponse'], pick: (s) => byKind(s, 'ghosted', 'rejected') ?? anyClosed(s) },
  { words: ['accepted', 'hired', 'signed', 'offeraccepted', 'zusage', 'eingestellt', 'embauche'], pick: (s) => byKind(s, 'hired', 'offer') },
  { words: ['offer', 'negotiat', 'angebot', 'offre', 'oferta'], pick: (s) => byKind(s, 'offer') },
  {
    words: ['interview', 'screen', 'onsite', 'assessment', 'takehome', 'technical', 'finalround', 'call', 'challenge', 'test', 'gesprach', 'entretien', 'entrevista'],
    pick: (s) => activeNamed(s, /interview|screen/) ?? activeStages(s).at(-1),
  },
  { words: ['applying', 'toapply', 'notyetapplied', 'notapplied', 'preparing', 'drafting', 'nochnichtbeworben', 'zubewerben'], pick: (s) => activeNamed(s, /wish|save|bookmark|interest/) ?? activeStages(s)[0] },
  { words: ['applied', 'apply', 'submitted', 'application', 'waiting', 'pending', 'review', 'beworben', 'bewerbung', 'postule', 'candidature', 'enviad'], pick: (s) => activeNamed(s, /appl/) ?? activeStages(s)[1] ?? activeStages(s)[0] },
  { words: ['wishlist', 'wish', 'saved', 'bookmark', 'interested', 'toapply', 'considering', 'lead', 'prospect', 'merkliste', 'gemerkt', 'interessant'], pick: (s) => activeNamed(s, /wish|save|bookmark|interest/) ?? activeStages(s)[0] },
];

/** Lower-case letters and digits only, accents dropped: "Vorstellungsgespräch" → "vorstellungsgesprach". */
const squash = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');

/** The stage a value lands in, and how it was matched. `stages` must not be empty. */
export function matchStage(value: string, stages: readonly Stage[]): StageMatch {
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  const first = ordered[0];
  if (!first) throw new Error('matchStage needs at least one stage');
  const wanted = squash(value);
  if (!wanted) return { stageId: first.id, how: 'unknown' };
  const named = ordered.find((s) => squash(s.name) === wanted);
  if (named) return { stageId: named.id, how: 'name' };
  for (const meaning of MEANINGS) {
    if (!meaning.words.some((word) => wanted.includes(word))) continue;
    const stage = meaning.pick(ordered);
    if (stage) return { stageId: stage.id, how: 'meaning' };
  }
  return { stageId: first.id, how: 'unknown' };
}
