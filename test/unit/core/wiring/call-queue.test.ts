import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../../shared/contract';
import { createCallQueue } from '../../../../electron/core/wiring/call-queue';
import { writeProblemNotice } from '../../../../electron/core/wiring/write-problem-notice';

function fakeCtx() {
  const store = { lastRecordedActionId: null as string | null, revision: 0 };
  return { store, releaseQueue: () => {} };
}

describe('the call queue (the table in call-queue.ts)', () => {
  it('runs calls one at a time in arrival order, outside work in the same line, afterChange after each', async () => {
    const ctx = fakeCtx();
    const log: string[] = [];
    const raw = async (method: unknown): Promise<Envelope<unknown>> => {
      log.push(`start ${String(method)}`);
      await new Promise((r) => setTimeout(r, method === 'slow' ? 20 : 1));
      log.push(`end ${String(method)}`);
      return { ok: true, value: null, revision: 0 } as unknown as Envelope<unknown>;
    };
    const queue = createCallQueue(ctx as never, raw, () => log.push('after'));
    const a = queue.dispatch('slow', {});
    const b = queue.run(() => log.push('poll'));
    const c = queue.dispatch('fast', {});
    await Promise.all([a, b, c]);
    await queue.drained();
    expect(log).toEqual(['start slow', 'end slow', 'after', 'poll', 'after', 'start fast', 'end fast', 'after']);
  });

  it('a call that recorded a new action answers with it; a read that let the queue go on early does not', async () => {
    const ctx = fakeCtx();
    const queue = createCallQueue(
      ctx as never,
      async (method) => {
        if (method === 'read') {
          ctx.releaseQueue();
          await new Promise((r) => setTimeout(r, 10));
        }
        ctx.store.lastRecordedActionId = `action-${String(method)}`;
        ctx.store.revision++;
        return { ok: true, value: null } as unknown as Envelope<unknown>;
      },
      () => {},
    );
    const write = await queue.dispatch('write', {});
    expect(write).toMatchObject({ undo: { actionId: 'action-write', revision: 1 } });
    const read = await queue.dispatch('read', {});
    expect(read).not.toHaveProperty('undo');
  });

  it('a failed call does not stop the queue', async () => {
    const ctx = fakeCtx();
    const queue = createCallQueue(
      ctx as never,
      async (method) => {
        if (method === 'boom') throw new Error('boom');
        return { ok: true, value: method } as unknown as Envelope<unknown>;
      },
      () => {},
    );
    await expect(queue.dispatch('boom', {})).rejects.toThrow('boom');
    await expect(queue.dispatch('next', {})).resolves.toMatchObject({ ok: true, value: 'next' });
  });
});

describe('the write-problem notice', () => {
  it('is one notice whose words say what happened and what it means for the data', () => {
    expect(writeProblemNotice({ message: 'The disk is full.', readOnly: true })).toMatchObject({ id: 'store-writes', level: 'error', code: 'writes-stuck', message: 'The disk is full. Until then your data is read-only.' });
    expect(writeProblemNotice({ message: 'The disk is full.', readOnly: false })).toMatchObject({ id: 'store-writes', code: 'write-refused' });
    expect(writeProblemNotice(null)).toMatchObject({ id: 'store-writes', level: 'info', code: 'writes-resumed' });
  });
});
