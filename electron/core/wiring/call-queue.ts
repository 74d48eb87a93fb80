import type { Envelope } from '../../../shared/contract';
import type { ServiceContext } from '../service/context';

/**
 * Every call and every write from outside a call, one at a time:
 *
 * | rule                                                                                   |
 * |----------------------------------------------------------------------------------------|
 * | calls run in arrival order, each after the previous one finished                       |
 * | a read-only call may let the queue go on early (`ctx.releaseQueue`) once it holds a consistent snapshot |
 * | a call that recorded a new undoable action answers with it, so its toast undoes exactly that |
 * | work from outside a call (a calendar poll, a mail commit) runs in the same queue (`run`) |
 * | after each, `afterChange` runs (the patch event, the idle snapshot), failures included  |
 */
export interface CallQueue {
  dispatch(method: unknown, payload: unknown): Promise<Envelope<unknown>>;
  run<T>(fn: () => T): Promise<T>;
  /** Resolves when everything queued so far has run. */
  drained(): Promise<void>;
}

export function createCallQueue(ctx: Pick<ServiceContext, 'store' | 'releaseQueue'>, dispatchRaw: (method: unknown, payload: unknown) => Promise<Envelope<unknown>>, afterChange: () => void): CallQueue {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    dispatch(method, payload) {
      let releasedEarly = false;
      let release = () => {};
      const released = new Promise<void>(
        (resolve) =>
          (release = () => {
            releasedEarly = true;
            resolve();
          }),
      );
      const result = queue.then(async () => {
        ctx.releaseQueue = release;
        const before = ctx.store.lastRecordedActionId;
        const envelope = await dispatchRaw(method, payload);
        const recorded = ctx.store.lastRecordedActionId;
        // A call that let the queue go on early is a read; what was recorded meanwhile is another call's.
        if (!envelope.ok || releasedEarly || recorded === null || recorded === before) return envelope;
        return { ...envelope, undo: { actionId: recorded, revision: ctx.store.revision } };
      });
      queue = Promise.race([result, released]).then(afterChange, () => undefined);
      return result;
    },
    run(fn) {
      const result = queue.then(fn);
      queue = result.then(afterChange, () => undefined);
      return result;
    },
    async drained() {
      await queue.catch(() => undefined);
    },
  };
}
