/**
 * Draft saves from every composer run one after another, and loading a draft waits for them: a
 * composer closed mid-typing saves on its way out, and reopening it at once must show that text,
 * not the one stored before.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `save` after every save queued before it; resolves with its result. */
export function queueDraftSave<T>(save: () => Promise<T>): Promise<T> {
  const next = queue.then(save, save);
  queue = next.catch(() => undefined);
  return next;
}

/** Resolves once every save queued so far has finished (whether or not it succeeded). */
export function afterQueuedDraftSaves(): Promise<void> {
  return queue.then(() => undefined);
}
