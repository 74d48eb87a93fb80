/**
 * The thank-you note's "allude to something memorable you discussed", phrased so that whatever
 * the user typed reads as a sentence a person wrote. People type the detail in many shapes; each
 * shape gets the sentence it fits:
 *
 * | The detail, after tidying                         | The sentence                                                  |
 * |---------------------------------------------------|---------------------------------------------------------------|
 * | a noun phrase: "their migration to Kafka"         | I especially enjoyed our conversation about their migration to Kafka. |
 * | "about …", "talked about …", "discussing …",      | the talk words are dropped, then as a noun phrase             |
 * |   "our conversation about …"                      |   ("discussing Kafka" → "…our conversation about Kafka.")     |
 * | a clause: a subject and a verb — "we talked about | I especially enjoyed our conversation — we talked about their |
 * |   their migration", "Robin said …", "the team is …"|   migration to Kafka.                                        |
 * | "that …": "that they open-source their tools"     | I especially enjoyed hearing that they open-source their tools. |
 * | an experience: "meeting the team", "hearing about…"| I especially enjoyed meeting the team.                       |
 * | empty, only punctuation, or only talk words        | no sentence                                                   |
 * |   ("about", "we talked about")                    |                                                               |
 *
 * Tidying: whitespace collapsed; bullets and leading punctuation dropped; wrapping quotes
 * dropped; trailing punctuation (also inside a closing quote) dropped, so the sentence ends with
 * exactly one full stop; the first word lower-cased only when it is a common word written with a
 * capital because it started the field ("Their migration" → "their migration"), never a name or
 * an acronym ("Kafka", "AWS", "I").
 */

const SENTENCE_START = 'I especially enjoyed';

/** Words that introduce the topic of a conversation; they are dropped (repeatedly). */
const TALK_PREFIX =
  /^(?:(?:our|the|a|that) )?(?:(?:great|good|nice|long|short|interesting|fun) )?(?:conversation|discussion|chat|talk)s? (?:about|on|of|around|regarding) |^(?:we )?(?:talking|talked|chatting|chatted|speaking|spoke|discussing|discussed|discussion of|discussion about|conversation about|about|re|regarding|on the topic of)(?: about)?\b(?:[:\s]\s*|$)/i;

/** A clause's subject: the user wrote a whole sentence. */
const SUBJECT_PRONOUNS = new Set(['we', 'i', 'you', 'they', 'it', 'there', 'he', 'she', 'both', 'everyone', 'somebody', 'someone']);

/** Verbs that make the words before them a subject ("Robin said …", "the team is …"). */
const CLAUSE_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'might',
  'said',
  'says',
  'mentioned',
  'mentions',
  'told',
  'tells',
  'explained',
  'explains',
  'showed',
  'shows',
  'described',
  'describes',
  'shared',
  'shares',
  'talked',
  'talks',
  'asked',
  'asks',
  'discussed',
  'discusses',
  'walked',
  'gave',
  'gives',
  'spent',
  'laughed',
  'agreed',
  'loved',
  'liked',
  'enjoyed',
  'recommended',
  'suggested',
  'noted',
  'pointed',
  'admitted',
  'joked',
  'went',
  'thinks',
  'thought',
  'believes',
  'believed',
  'wants',
  'wanted',
]);

/** Openings that read well straight after "I especially enjoyed". */
const EXPERIENCES = new Set([
  'meeting',
  'hearing',
  'learning',
  'seeing',
  'touring',
  'visiting',
  'working',
  'pairing',
  'exploring',
  'walking',
  'comparing',
  'sketching',
  'whiteboarding',
  'solving',
  'debugging',
  'reviewing',
  'designing',
  'building',
  'getting',
  'finding',
  'watching',
  'trying',
  'swapping',
  'sharing',
]);

/** Common words that may be lower-cased when they open the field ("Their" → "their"). */
const COMMON_OPENERS = new Set([
  'the',
  'a',
  'an',
  'their',
  'our',
  'your',
  'my',
  'its',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'some',
  'how',
  'what',
  'why',
  'when',
  'where',
  'which',
  'whether',
  'who',
  'all',
  'both',
  'each',
  'every',
  'new',
  'future',
  'plans',
  'ideas',
  'working',
  'remote',
  'team',
  'company',
  'product',
  'culture',
  'growth',
  'mentoring',
  'onboarding',
  'hiring',
  'career',
  'code',
  'system',
  'systems',
  'data',
  'open',
  'long',
  'short',
  ...SUBJECT_PRONOUNS,
  ...EXPERIENCES,
]);

/** "We talked about" with nothing after it says nothing memorable. */
const NOTHING_SAID = /^(?:we|i|you|they)(?: both| all)? (?:talked|talking|chatted|discussed|spoke|talk|chat|discuss)(?: (?:about|of|on))?$/i;

const OPENING_QUOTES = '"\'“‘«„`';
const CLOSING_QUOTES = '"\'”’»“`';
const TRAILING_PUNCTUATION = /[\s.!?,;:…—–-]+$/;
const TRAILING_PUNCTUATION_IN_QUOTE = /[\s.!?,;:…—–-]+(["'”’»])$/;

/** Strips what the sentence around the detail provides: bullets, quotes, closing punctuation. */
export function tidyDetail(raw: string): string {
  let text = raw.replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/^[\s•*·,;:.!?…—–-]+/, '');
    const first = text.charAt(0);
    const last = text.charAt(text.length - 1);
    if (text.length >= 2 && OPENING_QUOTES.includes(first) && CLOSING_QUOTES.includes(last)) text = text.slice(1, -1).trim();
    text = text.replace(TRAILING_PUNCTUATION_IN_QUOTE, '$1').replace(TRAILING_PUNCTUATION, '');
    // A quote left open or closed alone (the other half was cut off) reads as a typo.
    if (count(text, '"') % 2 === 1) text = text.replace(/^"|"$/g, '');
    if (count(text, '“') !== count(text, '”')) text = text.replace(/^“|”$/g, '');
  }
  return text;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function firstWord(text: string): string {
  return (text.split(' ')[0] ?? '').toLowerCase();
}

/** "Their migration" → "their migration"; "Kafka", "AWS", "I", "McKinsey" keep their capitals. */
function lowerOpening(text: string): string {
  const word = text.split(' ')[0] ?? '';
  const plainCapital = /^[A-Z][a-z'’-]*$/.test(word);
  if (!plainCapital || word === 'I' || !COMMON_OPENERS.has(word.toLowerCase())) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Drops "about", "talked about", "discussing"… at the start, as often as they repeat ('' if nothing else). */
function withoutTalkWords(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest && rest !== '';) {
    previous = rest;
    rest = tidyDetail(rest.replace(TALK_PREFIX, ''));
  }
  return rest;
}

function isClause(text: string): boolean {
  const words = text.toLowerCase().split(' ');
  if (SUBJECT_PRONOUNS.has(words[0] ?? '')) return true;
  if (['how', 'what', 'why', 'when', 'where', 'which', 'whether', 'who', 'that'].includes(words[0] ?? '')) return false;
  return words.slice(1, 6).some((w) => CLAUSE_VERBS.has(w));
}

/**
 * The sentence for the thank-you note (and the phone script), or null when there is no detail.
 * Always starts with "I especially enjoyed" and ends with exactly one full stop.
 */
export function memorableSentence(detail: string): string | null {
  const tidy = tidyDetail(detail);
  if (!/[\p{L}\p{N}]/u.test(tidy)) return null;
  // "We talked about X" is a whole clause and stays one; "talked about X" or "about X" is a topic.
  const topic = SUBJECT_PRONOUNS.has(firstWord(tidy)) ? (NOTHING_SAID.test(tidy) ? '' : tidy) : withoutTalkWords(tidy);
  if (!/[\p{L}\p{N}]/u.test(topic)) return null;
  const phrase = lowerOpening(topic);
  const opening = firstWord(phrase);
  if (opening === 'that') return `${SENTENCE_START} hearing ${phrase}.`;
  if (EXPERIENCES.has(opening)) return `${SENTENCE_START} ${phrase}.`;
  if (isClause(phrase)) return `${SENTENCE_START} our conversation — ${phrase}.`;
  return `${SENTENCE_START} our conversation about ${phrase}.`;
}
