import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusDifferences, readCorpusFile, TRACKER_CORPUS, type CorpusGroup } from './tracker-corpus';

/** The tracker export corpus (tracker-corpus.ts): every expectation strict; the score prints with the suite. */
const score = new Map<CorpusGroup, { passed: number; total: number }>();
const tally = (group: CorpusGroup, ok: boolean) => {
  const entry = score.get(group) ?? { passed: 0, total: 0 };
  entry.total++;
  if (ok) entry.passed++;
  score.set(group, entry);
};

describe('tracker export corpus', () => {
  it.each(TRACKER_CORPUS.files.map((f) => [f.file, f] as const))('%s reads as the file means', (_, expected) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, expected.file)));
    const { encoding, read } = readCorpusFile(bytes, expected.preset);
    tally('encodings', encoding === expected.encoding);
    expect(encoding).toBe(expected.encoding);
    expect(read.delimiter).toBe(expected.delimiter);
    expect(corpusDifferences(expected, read, tally)).toEqual([]);
  });

  afterAll(() => {
    const all = [...score.values()].reduce((a, b) => ({ passed: a.passed + b.passed, total: a.total + b.total }), { passed: 0, total: 0 });
    const parts = [...score.entries()].map(([group, s]) => `${group} ${s.passed}/${s.total}`).join(', ');
    console.log(`import corpus: ${all.passed}/${all.total} strict (${parts}) over ${TRACKER_CORPUS.files.length} files`);
  });
});
