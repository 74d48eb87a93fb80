import { randomUUID } from 'node:crypto';
import type { EventName, EventPayload, Envelope, Notice } from '../../shared/contract';
import type { Reminder } from '../../shared/contract/events';
import type { Settings } from '../../shared/domain';
import { createDispatcher, type Handlers } from './rpc/dispatch';
import { applicationHandlers } from './service/application-handlers';
import type { ServiceContext } from './service/context';
import { followUpHandlers } from './service/follow-up-handlers';
import { historyHandlers } from './service/history-handlers';
import { interviewHandlers } from './service/interview-handlers';
import { settingsHandlers } from './service/settings-handlers';
import { stageHandlers } from './service/stage-handlers';
import { workspaceHandlers } from './service/workspace-handlers';
import type { DocumentStoreClass } from './store/document-file';
import { InterviewStore } from './store/interview-store';

/**
 * The main-process core: the store, the scheduler and every contract handler, with no Electron.
 * The Electron app and browser mode both call `openCore` and differ only in the ports they pass.
 */

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Notifier {
  show(reminders: Reminder[], digest: boolean): void;
}

export interface Logger {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

export interface CorePorts {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  DocumentStore: DocumentStoreClass;
  clock: Clock;
  notifier: Notifier;
  log: Logger;
  /** The system's zone (defaults to the host's). */
  systemTimeZone?: () => string;
  /** Changes between snapshot writes (tests lower it). */
  compactEvery?: number;
}

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface Core {
  dispatch(method: unknown, payload: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: CoreEventListener): () => void;
  hint(reason: 'resume' | 'timezone-change' | 'clock-jump'): void;
  dueCount(): number;
  act(followUpId: string, action: 'draft' | 'markSent' | 'snooze' | 'heardBack' | 'skip'): Promise<void>;
  close(): Promise<void>;
  readonly store: InterviewStore;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export async function openCore(ports: CorePorts): Promise<Core> {
  const now = () => new Date(ports.clock.now());
  const newId = () => randomUUID();
  const store = InterviewStore.open({ dataDir: ports.dataDir, DocumentStore: ports.DocumentStore, now, newId, compactEvery: ports.compactEvery });
  const listeners = new Set<CoreEventListener>();
  const emit: ServiceContext['emit'] = (event, payload) => {
    for (const listener of listeners) listener(event, payload);
  };
  const systemZone = ports.systemTimeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const ctx: ServiceContext = { store, now, newId, zone: () => store.settings.timeZone ?? systemZone(), emit };
  const notices: Notice[] = store.notices.map((n, i) => ({ id: `store-${i}`, ...n }));
  for (const notice of notices) ports.log.warn(`store notice: ${notice.code}`);

  const onSettingsChanged = (_settings: Settings) => {};
  const handlers: Handlers = {
    ...workspaceHandlers(ctx, { version: ports.version, mode: ports.mode, dataDir: ports.dataDir, notices }),
    ...applicationHandlers(ctx),
    ...stageHandlers(ctx),
    ...interviewHandlers(ctx),
    ...followUpHandlers(ctx),
    ...historyHandlers(ctx),
    ...settingsHandlers(ctx, onSettingsChanged),
    'notifications.test'() {
      ports.notifier.show([{ followUpId: 'test', applicationId: 'test', occurrence: now().toISOString(), title: 'Hearback test notification', body: 'Reminders will look like this.' }], false);
      return { shown: true, via: ports.mode === 'electron' ? 'system notification' : 'browser notification' };
    },
  } as Handlers;
  const dispatchRaw = createDispatcher(handlers, { readOnlyReason: () => store.readOnlyReason, log: (m, meta) => ports.log.warn(m, meta) });

  let lastRevision = store.revision;
  // Calls are serialised: one change at a time, in arrival order.
  let queue: Promise<unknown> = Promise.resolve();
  const dispatch = (method: unknown, payload: unknown): Promise<Envelope<unknown>> => {
    const result = queue.then(() => dispatchRaw(method, payload));
    queue = result.then(
      () => {
        if (store.revision !== lastRevision) {
          lastRevision = store.revision;
          emit('data.changed', { revision: lastRevision });
        }
      },
      () => undefined,
    );
    return result;
  };

  return {
    store,
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hint() {},
    dueCount: () => 0,
    async act() {},
    async close() {
      await queue;
      store.close();
    },
  };
}
