import { HearbackError, type EventName, type EventPayload } from '../../../shared/contract';
import type { Application } from '../../../shared/domain';
import type { SecretStore } from '../secrets/secret-store';
import type { HearbackStore } from '../store/hearback-store';

/** What every handler needs: the store, the clock, ids, the user's zone and the event bus. */
export interface ServiceContext {
  store: HearbackStore;
  now: () => Date;
  newId: () => string;
  /** The user's effective IANA zone (settings, or the system's). */
  zone: () => string;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /**
   * Lets the next call start while this (long, read-only) one carries on. Calls run one at a time
   * so each sees the last one's changes; an export takes its snapshot, then lets writes continue
   * instead of holding every change until the file is written (or a save dialog answered).
   * Set by the dispatcher for the call that is running; a no-op outside one.
   */
  releaseQueue: () => void;
  /** Passwords and private links (see secret-store.ts): never in the store, never logged. */
  secrets: SecretStore;
}

export const nowIso = (ctx: ServiceContext): string => ctx.now().toISOString();

/** The application a request names, or the contract's "not found" (every area asks this way). */
export function requireApplication(ctx: ServiceContext, id: string): Application {
  const app = ctx.store.readApplication(id);
  if (!app) throw new HearbackError('not_found', `No application with id ${id}.`);
  return app;
}
