/**
 * The part of the main-process core (electron/core) this adapter layer uses, written down here
 * so the adapters type-check and are tested against fakes independently of the core's
 * implementation. `electron/core/index.ts` exports the real `openCore`; `index.ts` checks at
 * compile time that it matches these types.
 */
import type { Envelope, EventName, EventPayload, Reminder } from '../../shared/contract';

export interface CoreLog {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
}

export interface CoreNotifier {
  show(reminders: Reminder[], digest: boolean): void;
}

export interface CoreClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface CorePorts {
  dataDir: string;
  mode: 'electron' | 'browser';
  version: string;
  clock: CoreClock;
  notifier: CoreNotifier;
  log: CoreLog;
  /** The user confirmed taking over a data-folder lock held by another computer. */
  takeOverLock?: boolean;
}

export type FollowUpAction = 'draft' | 'markSent' | 'snooze' | 'heardBack' | 'skip';
export type SchedulerHint = 'resume' | 'timezone-change' | 'clock-jump';
export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface Core {
  dispatch(method: unknown, payload: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: CoreEventListener): () => void;
  hint(reason: SchedulerHint): void;
  dueCount(): number;
  act(followUpId: string, action: FollowUpAction): Promise<void>;
  close(): Promise<void>;
}

export type OpenCore = (ports: CorePorts) => Promise<Core>;
