import type { Notice } from '../../../shared/contract';
import type { Clock, Logger } from '../ports';
import type { HearbackStore } from '../store/hearback-store';
import { WRITE_NOTICE_ID, writeProblemNotice } from './write-problem-notice';

/** While the journal is stuck after a failed write, how often it is tried again. */
export const WRITE_RETRY_MS = 5_000;

/**
 * The notices of one run of the core, and the policy that keeps them:
 *
 * | what happens                                   | the list (the workspace shows it)                   |
 * |------------------------------------------------|-----------------------------------------------------|
 * | the store or the host had something to say at start | listed (`store-N`, `host-N`), logged by code only |
 * | the store finds something later (`onLateNotice`) | appended as `store-late-N`, and pushed to the app  |
 * | a write fails or works again (`onWriteProblem`) | the one write notice, replaced in place (same id);   |
 * |                                                |   "saving works again" stays until dismissed, so a   |
 * |                                                |   window that missed the event still learns it       |
 * | writes are stuck (read-only)                   | the journal is tried again every `WRITE_RETRY_MS`   |
 * |                                                |   until a write succeeds                            |
 * Watching a new store (after an import) keeps the list and its numbering.
 */
export interface CoreNotices {
  /** Every notice of this run, in order (the workspace hands it out; the wiring adds start-time ones). */
  readonly list: Notice[];
  watch(store: Pick<HearbackStore, 'onLateNotice' | 'onWriteProblem'>): void;
  /** Stops retrying (the core is closing). */
  stop(): void;
}

export function createCoreNotices(deps: {
  initial: readonly Notice[];
  /** The store in use now (an import swaps it): the one a retry asks. */
  store: () => Pick<HearbackStore, 'retryWrites' | 'writeProblem'>;
  emit: (notice: Notice) => void;
  log: Pick<Logger, 'warn'>;
  clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>;
}): CoreNotices {
  const list: Notice[] = [...deps.initial];
  for (const notice of list) deps.log.warn(`store notice: ${notice.code}`);
  const tell = (notice: Notice) => {
    deps.log.warn(`store notice: ${notice.code}`);
    deps.emit(notice);
  };

  let retryTimer: unknown = null;
  const scheduleRetry = () => {
    if (retryTimer !== null) return;
    retryTimer = deps.clock.setTimeout(() => {
      retryTimer = null;
      deps.store().retryWrites();
      if (deps.store().writeProblem?.readOnly) scheduleRetry();
    }, WRITE_RETRY_MS);
  };

  let lateNotices = 0;
  return {
    list,
    watch(store) {
      store.onLateNotice = (problem) => {
        const notice: Notice = { id: `store-late-${++lateNotices}`, ...problem };
        list.push(notice);
        tell(notice);
      };
      store.onWriteProblem = (problem) => {
        const notice = writeProblemNotice(problem);
        const index = list.findIndex((n) => n.id === WRITE_NOTICE_ID);
        if (index >= 0) list.splice(index, 1);
        if (problem !== null || index >= 0) list.push(notice);
        tell(notice);
        if (problem?.readOnly) scheduleRetry();
      };
    },
    stop() {
      if (retryTimer !== null) deps.clock.clearTimeout(retryTimer);
      retryTimer = null;
    },
  };
}
