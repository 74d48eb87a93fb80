import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../../shared/contract';
import { createCoreNotices, WRITE_RETRY_MS } from '../../../../electron/core/wiring/core-notices';
import type { WriteProblem } from '../../../../electron/core/store/acknowledged-writes';

/** A store as far as the notice policy sees it: its two listeners, its write problem and a retry. */
function fakeStore() {
  const store = {
    writeProblem: null as WriteProblem | null,
    retries: 0,
    onLateNotice: (_n: Omit<Notice, 'id'>) => {},
    onWriteProblem: (_p: WriteProblem | null) => {},
    retryWrites() {
      this.retries++;
    },
  };
  return store;
}

function harness() {
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const emitted: Notice[] = [];
  const store = fakeStore();
  const notices = createCoreNotices({
    initial: [{ id: 'store-0', level: 'warning', code: 'snapshot-damaged', message: 'Kept aside.' }],
    store: () => store,
    emit: (n) => emitted.push(n),
    log: { warn: () => {} },
    clock: { setTimeout: (fn, ms) => timers.push({ fn, ms, cleared: false }) - 1, clearTimeout: (h) => void (timers[h as number]!.cleared = true) },
  });
  notices.watch(store);
  return { notices, store, timers, emitted };
}

const stuck: WriteProblem = { readOnly: true, message: 'The disk is full.' };

describe('the core’s notices (policy in electron/core/wiring/core-notices.ts)', () => {
  it('one write notice, replaced in place; "saving works again" stays listed', () => {
    const h = harness();
    h.store.onWriteProblem({ readOnly: false, message: 'Not saved.' });
    h.store.onWriteProblem(stuck);
    expect(h.notices.list.map((n) => n.code)).toEqual(['snapshot-damaged', 'writes-stuck']);
    h.store.onWriteProblem(null);
    expect(h.notices.list.map((n) => n.code)).toEqual(['snapshot-damaged', 'writes-resumed']);
    expect(h.emitted.map((n) => n.code)).toEqual(['write-refused', 'writes-stuck', 'writes-resumed']);
  });

  it('"saving works again" with no problem before lists nothing', () => {
    const h = harness();
    h.store.onWriteProblem(null);
    expect(h.notices.list.map((n) => n.code)).toEqual(['snapshot-damaged']);
  });

  it('stuck writes are retried on a timer until they work; stop ends the retrying', () => {
    const h = harness();
    h.store.writeProblem = stuck;
    h.store.onWriteProblem(stuck);
    h.store.onWriteProblem(stuck);
    expect(h.timers.map((t) => t.ms)).toEqual([WRITE_RETRY_MS]);
    h.timers[0]!.fn();
    expect(h.store.retries).toBe(1);
    expect(h.timers).toHaveLength(2);
    h.store.writeProblem = null;
    h.timers[1]!.fn();
    expect(h.store.retries).toBe(2);
    expect(h.timers).toHaveLength(2);
    h.store.writeProblem = stuck;
    h.store.onWriteProblem(stuck);
    h.notices.stop();
    expect(h.timers[2]!.cleared).toBe(true);
  });

  it('late notices are appended with their own numbering, also after a new store is watched', () => {
    const h = harness();
    h.store.onLateNotice({ level: 'warning', code: 'journal-tail-dropped', message: 'A torn line was dropped.' });
    const next = fakeStore();
    h.notices.watch(next);
    next.onLateNotice({ level: 'warning', code: 'journal-tail-dropped', message: 'Again.' });
    expect(h.notices.list.map((n) => n.id)).toEqual(['store-0', 'store-late-1', 'store-late-2']);
  });
});
