import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorableSentence } from '../../../../shared/drafts';

/** The rules table of shared/drafts/memorable-detail.ts, one row per shape of input. */
describe('the memorable detail reads as a sentence whatever shape it was typed in', () => {
  it.each([
    ['a clause stays whole (the Kafka example)', 'we talked about their migration to Kafka', 'I especially enjoyed our conversation — we talked about their migration to Kafka.'],
    ['a noun phrase is the topic', 'their migration to Kafka', 'I especially enjoyed our conversation about their migration to Kafka.'],
    ['a capital that only started the field is lowered', 'Their migration to Kafka.', 'I especially enjoyed our conversation about their migration to Kafka.'],
    ['names and acronyms keep their capitals', 'AWS costs and Kafka', 'I especially enjoyed our conversation about AWS costs and Kafka.'],
    ['"talked about" is dropped', 'Talked about Kafka!', 'I especially enjoyed our conversation about Kafka.'],
    ['"about about" is dropped', 'about about Kafka', 'I especially enjoyed our conversation about Kafka.'],
    ['"discussing" is dropped', 'Discussing the on-call rotation', 'I especially enjoyed our conversation about the on-call rotation.'],
    ['"our conversation about" is not repeated', 'our conversation about remote work', 'I especially enjoyed our conversation about remote work.'],
    ['wrapping quotes and a full stop inside them go', '"The strangler fig pattern."', 'I especially enjoyed our conversation about the strangler fig pattern.'],
    ['quotes inside are kept, punctuation before the closing one goes', 'They use "Kafka."', 'I especially enjoyed our conversation — they use "Kafka".'],
    ['an experience follows "enjoyed" directly', 'Meeting the team', 'I especially enjoyed meeting the team.'],
    ['"that …" is something heard', 'that they open-source their tools', 'I especially enjoyed hearing that they open-source their tools.'],
    ['a named subject makes a clause', 'Robin said they are hiring', 'I especially enjoyed our conversation — Robin said they are hiring.'],
    ['a question mark goes', 'how they scale Kafka?', 'I especially enjoyed our conversation about how they scale Kafka.'],
    ['bullets and "re:" go', ' - re: Kafka streams', 'I especially enjoyed our conversation about Kafka streams.'],
    ['several lines become one', 'their migration\nto Kafka\n', 'I especially enjoyed our conversation about their migration to Kafka.'],
  ])('%s', (_, detail, sentence) => {
    expect(memorableSentence(detail)).toBe(sentence);
  });

  it.each(['', '   ', '...', '""', 'about', 'We talked about', '—'])('no sentence for an empty detail: %j', (detail) => {
    expect(memorableSentence(detail)).toBeNull();
  });
});

// ── Property: many natural phrasings, none of the broken constructions ──────────────────────

const TOPICS = [
  'their migration to Kafka',
  'Kafka',
  'the on-call rotation',
  'AWS costs',
  'how they run incident reviews',
  'the team’s “strangler fig” approach',
  'CI',
  'remote work and mentoring',
  'a',
  'their plans to move the whole payments platform from a monolith to event-driven services over the next two years, including how the data team will own the schemas',
];

const LEADS = [
  '',
  'we talked about ',
  'We talked about ',
  'talked about ',
  'about ',
  'About ',
  'discussing ',
  'Discussing ',
  'talking about ',
  'we discussed ',
  'our conversation about ',
  'the conversation about ',
  'Robin mentioned ',
  'they explained ',
  'I learned about ',
  'meeting the team behind ',
  'hearing about ',
  're: ',
  '- ',
];

const ENDINGS = ['', '.', '!', '?', '...', '…', '!!', '. ', ' ', '\n', ';', ' —'];
const WRAPS: [string, string][] = [
  ['', ''],
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
];

const phrasing = fc
  .record({
    lead: fc.constantFrom(...LEADS),
    topic: fc.constantFrom(...TOPICS),
    ending: fc.constantFrom(...ENDINGS),
    wrap: fc.constantFrom(...WRAPS),
    capital: fc.boolean(),
    padding: fc.constantFrom('', ' ', '  ', '\n'),
  })
  .map(({ lead, topic, ending, wrap, capital, padding }) => {
    const raw = `${lead}${topic}`;
    const cased = capital ? raw.charAt(0).toUpperCase() + raw.slice(1) : raw;
    return `${padding}${wrap[0]}${cased}${ending}${wrap[1]}${padding}`;
  });

/** What a careful reader would flag in the sentence. */
function problems(sentence: string): string[] {
  const found: string[] = [];
  const doubled = /\b([\p{L}']+)\s+\1\b/iu.exec(sentence);
  if (doubled) found.push(`doubled word "${doubled[1]}"`);
  const badAbout = /\babout (about|we|i|you|they|he|she|talking|talked|discussing|discussed|our conversation|the conversation)\b/i.exec(sentence);
  if (badAbout) found.push(`"${badAbout[0]}"`);
  if (/enjoyed (about|talked|discussed|we|they|re:)\b/i.test(sentence)) found.push('"enjoyed" followed by a talk word or subject');
  if (/[.!?,;:…—–-]\s*["'”’»)]*\.$/.test(sentence) || /[.!?,;:…]{2,}/.test(sentence.replace(/\.\.\.$/, ''))) found.push('doubled punctuation');
  if (/\s[.,!?;:]/.test(sentence)) found.push('space before punctuation');
  if (/\s{2,}|\n/.test(sentence)) found.push('double space or line break');
  if (!/^I especially enjoyed \S/.test(sentence)) found.push('does not start the sentence properly');
  if (!/[^.]\.$/.test(sentence)) found.push('does not end with one full stop');
  if (sentence.split('"').length % 2 === 0) found.push('unbalanced straight quotes');
  if (sentence.split('“').length !== sentence.split('”').length) found.push('unbalanced curly quotes');
  return found;
}

describe('property: any natural phrasing of the detail gives a well-formed sentence', () => {
  it('no doubled words, no "about we"/"about about", no doubled punctuation, one sentence', () => {
    fc.assert(
      fc.property(phrasing, (detail) => {
        const sentence = memorableSentence(detail);
        expect(sentence).not.toBeNull();
        expect(problems(sentence ?? '')).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('the topic the user typed is kept word for word', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOPICS.filter((t) => t.length > 1)), fc.constantFrom(...LEADS), (topic, lead) => {
        const sentence = memorableSentence(`${lead}${topic}`) ?? '';
        expect(sentence.toLowerCase()).toContain(topic.toLowerCase().replace(/[.]$/, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('any text at all: never throws, and a sentence, when there is one, starts and ends properly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 1000 }), (detail) => {
        const sentence = memorableSentence(detail);
        if (sentence === null) return;
        expect(sentence).toMatch(/^I especially enjoyed \S/);
        expect(sentence.endsWith('.')).toBe(true);
        expect(sentence).not.toMatch(/\n/);
      }),
      { numRuns: 1000 },
    );
  });

  it('the problem checks themselves catch the broken drafts of the issue', () => {
    expect(problems('I especially enjoyed our conversation about we talked about their migration to Kafka.')).toContain('"about we"');
    expect(problems('I especially enjoyed our conversation about about Kafka.').length).toBeGreaterThan(0);
    expect(problems('I especially enjoyed our conversation about Kafka..')).toContain('doubled punctuation');
    expect(problems('I especially enjoyed our conversation about Kafka!.')).toContain('doubled punctuation');
  });
});
