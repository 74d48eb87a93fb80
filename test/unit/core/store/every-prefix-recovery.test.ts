import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../../../shared/domain';
import type { HearbackStore } from '../../../../electron/core/store/hearback-store';
import { makeApplication, openStore, putApplication, simulateCrash } from '../../../support/store';

/**
 * A journal of a few hundred actions (a snapshot covering the first half), damaged two ways:
 * cut at every byte offset of its last lines, and one byte changed at sampled offsets anywhere.
 * Each copy opens; keeps every action before the damage — and, since each action is a whole line,
 * every good line after it; loses at most the damaged line's actions (none when the snapshot holds
 * them), naming them; and keeps a change acknowledged after the recovery through a crash.
 */
const ACTIONS = 230; // snapshots at SNAPSHOT_AT only (the next would be at 240)
const SNAPSHOT_AT = 120;
const LAST_LINES = 3;
/** The acknowledged-after-recovery check runs at every line boundary and every nth cut (time). */
const LATER_CHECK_EVERY = 5;
const SAMPLES = 80;
const SCRATCH = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

let source = '';
let journal = Buffer.alloc(0);
/** Byte offset where each line starts (and the file's end last). */
const lineStarts: number[] = [];
/** The application each action wrote. */
const written: Application[] = [];
const scratch: string[] = [];

beforeAll(() => {
  source = mkdtempSync(join(SCRATCH, 'hearback-prefix-'));
  scratch.push(source);
  const store = openStore(source, { compactEvery: SNAPSHOT_AT });
  for (let i = 0; i < ACTIONS; i++) {
    const app = makeApplication(`a${i % 60}`, { notes: `version ${i}`, position: i % 60 });
    putApplication(store, app, i < 60 ? 'created' : 'updated');
    written.push(app);
  }
  simulateCrash(source); // no closing snapshot: the second half lives in the journal only
  journal = readFileSync(join(source, 'history', '000001.jsonl'));
  for (let i = 0; i < journal.length; i++) if (i === 0 || journal[i - 1] === 0x0a) lineStarts.push(i);
  lineStarts.push(journal.length);
  expect(lineStarts).toHaveLength(ACTIONS + 1);
});

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** The state after the actions at these line indexes (in order). */
function expectedAfter(lines: readonly number[]): Map<string, Application> {
  const state = new Map<string, Application>();
  for (const i of lines) state.set(written[i]!.id, written[i]!);
  return state;
}

function openCopy(content: Buffer): { dir: string; store: HearbackStore } {
  const dir = mkdtempSync(join(SCRATCH, 'hearback-copy-'));
  scratch.push(dir);
  mkdirSync(join(dir, 'history'));
  copyFileSync(join(source, 'hearback.json'), join(dir, 'hearback.json'));
  writeFileSync(join(dir, 'history', '000001.jsonl'), content);
  return { dir, store: openStore(dir) };
}

function applications(store: HearbackStore): Map<string, Application> {
  return new Map([...store.active.applications.entries()]);
}

/** A change after the recovery survives a crash and a reopen. */
function expectLaterChangeKept(dir: string, store: HearbackStore): void {
  const later = makeApplication('later', { notes: `after recovery ${store.revision}` });
  putApplication(store, later);
  // As acknowledged (the store may have given the card a free position in its column).
  const acknowledged = store.readApplication('later');
  expect(acknowledged).toEqual({ ...later, position: acknowledged?.position });
  simulateCrash(dir);
  const reopened = openStore(dir);
  expect(reopened.readApplication('later')).toEqual(acknowledged);
  reopened.close();
  rmSync(dir, { recursive: true, force: true });
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('journal recovery: every prefix, every damaged byte', () => {
  it(`a cut at every byte of the last ${LAST_LINES} lines keeps every whole line before it`, { timeout: 120_000 }, () => {
    const from = lineStarts[ACTIONS - LAST_LINES]!;
    let opened = 0;
    for (let cut = from; cut <= journal.length; cut++) {
      const { dir, store } = openCopy(journal.subarray(0, cut));
      const whole = lineStarts.filter((start, i) => i > 0 && start <= cut).length;
      expect(applications(store)).toEqual(expectedAfter(range(whole)));
      // A torn final write was never acknowledged: no notice for it.
      expect(store.notices.filter((n) => n.code.startsWith('history'))).toEqual([]);
      if (lineStarts.includes(cut) || cut % LATER_CHECK_EVERY === 0) expectLaterChangeKept(dir, store);
      else {
        store.close();
        rmSync(dir, { recursive: true, force: true });
      }
      opened++;
    }
    expect(opened).toBe(journal.length - from + 1);
  });

  it(`one changed byte at ${SAMPLES} sampled offsets loses at most the damaged line's action`, { timeout: 60_000 }, () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let sample = 0; sample < SAMPLES; sample++) {
      const offset = Math.floor(random() * journal.length);
      const original = journal[offset]!;
      // Mostly a flipped character; sometimes a newline (splits a line) or a lost newline (joins two).
      const replacement = sample % 10 === 0 ? 0x0a : original === 0x0a ? 0x78 : (original ^ (1 + Math.floor(random() * 30))) & 0x7f;
      if (replacement === original) continue;
      const damagedContent = Buffer.from(journal);
      damagedContent[offset] = replacement;
      const line = lineStarts.findIndex((start, i) => start <= offset && offset < lineStarts[i + 1]!);
      // A lost newline joins this line and the next one: both are damaged.
      const damaged = new Set(original === 0x0a && line + 1 < ACTIONS ? [line, line + 1] : [line]);
      const { dir, store } = openCopy(damagedContent);
      const covered = [...damaged].every((i) => i < SNAPSHOT_AT);
      // Lines the snapshot holds cost nothing; after it, every line but the damaged ones is kept.
      const kept = range(ACTIONS).filter((i) => i < SNAPSHOT_AT || !damaged.has(i));
      expect(applications(store)).toEqual(expectedAfter(kept));
      if (covered) {
        expect(store.notices.map((n) => n.code)).toEqual(['history-damaged-covered']);
      } else {
        const notice = store.notices.find((n) => n.code === 'history-damaged');
        expect(notice?.message).toMatch(/could not be recovered/);
        // Named by summary when it is still readable in the damaged line.
        const summaries = [...damaged].map((i) => `updated ${written[i]!.company}`);
        if (damaged.size === 1 && !notice!.message.includes('unreadable') && !notice!.message.includes('action #')) {
          expect(summaries.some((summary) => notice!.message.includes(summary))).toBe(true);
        }
      }
      expectLaterChangeKept(dir, store);
    }
  });
});
