import { describe, expect, it } from 'vitest';
import { classifyCouchAnswer } from '../../../../electron/core/sync/setup/couch-answers';
import { ANSWERS } from './couch-corpus/answers';
import { EXPECTED } from './couch-corpus/expectations';

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

describe('CouchDB answers corpus', () => {
  it('every answer means what the protocol and the user need (strict)', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(ANSWERS.map((a) => a.name).sort());
    const byStep = new Map<string, { right: number; all: number }>();
    const wrong: string[] = [];
    for (const answer of ANSWERS) {
      const got = classifyCouchAnswer(answer.step, answer.status, parse(answer.body));
      const tally = byStep.get(answer.step) ?? { right: 0, all: 0 };
      tally.all++;
      if (got === EXPECTED[answer.name]) tally.right++;
      else wrong.push(`${answer.name}: ${got}, expected ${EXPECTED[answer.name]}`);
      byStep.set(answer.step, tally);
    }
    const right = ANSWERS.length - wrong.length;
    console.log(`couch answers corpus: ${right}/${ANSWERS.length} strict (${[...byStep].map(([s, t]) => `${s} ${t.right}/${t.all}`).join(', ')})`);
    expect(wrong).toEqual([]);
  });
});
