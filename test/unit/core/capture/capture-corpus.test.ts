import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MockAgent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { capturePosting } from '../../../../electron/core/capture/capture-posting';
import type { CapturedFields } from '../../../../shared/contract';
import { CAPTURE_CORPUS, type CorpusItem } from '../../../support/capture/corpus/corpus';
import { CAPTURE_EXPECTATIONS, type CaptureExpectation } from '../../../support/capture/corpus/expectations';

/**
 * The capture corpus through the real fetch path: the link's host picks the board API (or the
 * page), every request goes through undici to the boards' real addresses, answered by a
 * MockAgent that refuses anything not listed — so a request to the wrong address fails the item.
 */
const FOLDER = join(__dirname, '../../../support/capture/corpus');
const body = (file: string) => readFileSync(join(FOLDER, file), 'utf8');

function agentFor(item: CorpusItem): MockAgent {
  const agent = new MockAgent();
  agent.disableNetConnect();
  for (const { url, answer } of item.answers) {
    const target = new URL(url);
    agent
      .get(target.origin)
      .intercept({ path: `${target.pathname}${target.search}`, method: 'GET' })
      .reply(answer.status, body(answer.file), { headers: { 'content-type': answer.contentType } });
  }
  return agent;
}

type Check = { field: string; pass: boolean; detail: string };

function checks(expected: CaptureExpectation, fields: CapturedFields, problem: string | null): Check[] {
  const out: Check[] = [];
  const guessed = new Set(expected.guessed ?? []);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of ['company', 'role', 'location', 'workplace', 'salary', 'employmentType', 'postedOn', 'jobUrl'] as const) {
    if (!(key in expected)) continue;
    const want = expected[key];
    const got = fields[key];
    if (want === null) {
      out.push({ field: key, pass: got === undefined, detail: `expected empty, got ${JSON.stringify(got?.value)}` });
      continue;
    }
    const valueOk = got !== undefined && same(got.value, want);
    const certaintyOk = got !== undefined && got.certain === !guessed.has(key);
    out.push({ field: key, pass: valueOk && certaintyOk, detail: `expected ${JSON.stringify(want)}${guessed.has(key) ? ' (check)' : ''}, got ${JSON.stringify(got?.value)}${got && !got.certain ? ' (check)' : ''}` });
  }
  for (const words of expected.textContains ?? []) {
    out.push({ field: 'text', pass: (fields.text?.value ?? '').includes(words), detail: `expected the text to contain ${JSON.stringify(words)}` });
  }
  if (expected.problem !== undefined) {
    const pass = expected.problem === null ? problem === null : problem !== null && expected.problem.test(problem);
    out.push({ field: 'problem', pass, detail: `expected ${String(expected.problem)}, got ${JSON.stringify(problem)}` });
  }
  return out;
}

const results = new Map<string, { group: string; passed: number; total: number }>();

afterAll(() => {
  const groups = new Map<string, { passed: number; total: number }>();
  let passed = 0;
  let total = 0;
  for (const r of results.values()) {
    const g = groups.get(r.group) ?? { passed: 0, total: 0 };
    g.passed += r.passed;
    g.total += r.total;
    groups.set(r.group, g);
    passed += r.passed;
    total += r.total;
  }
  const items = [...results.values()].filter((r) => r.passed === r.total).length;
  console.log(`capture corpus: ${passed}/${total} field checks strict, ${items}/${results.size} postings whole (${[...groups].map(([g, r]) => `${g} ${r.passed}/${r.total}`).join(', ')})`);
});

describe('capture corpus (test/support/capture/corpus): every field as the user needs it', () => {
  it('has an expectation for every item, and no expectation without an item', () => {
    expect(Object.keys(CAPTURE_EXPECTATIONS).sort()).toEqual(CAPTURE_CORPUS.map((i) => i.name).sort());
  });

  it.each(CAPTURE_CORPUS.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    const agent = agentFor(item);
    try {
      const { fields, problem } = await capturePosting(item.link, { userAgent: 'Hearback/0.0.0-test (corpus)', mockAgent: agent });
      const expected = CAPTURE_EXPECTATIONS[item.name];
      if (!expected) throw new Error(`no expectation for ${item.name}`);
      const list = checks(expected, fields, problem);
      results.set(item.name, { group: item.group, passed: list.filter((c) => c.pass).length, total: list.length });
      // Every listed address was asked (the API first, the page only when the API failed).
      expect(agent.pendingInterceptors().map((i) => `${i.origin}${i.path}`)).toEqual([]);
      expect(list.filter((c) => !c.pass).map((c) => `${c.field}: ${c.detail}`)).toEqual([]);
    } finally {
      await agent.close();
    }
  });
});
