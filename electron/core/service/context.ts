import type { EventName, EventPayload } from '../../../shared/contract';
import type { InterviewStore } from '../store/interview-store';

/** What every handler needs: the store, the clock, ids, the user's zone and the event bus. */
export interface ServiceContext {
  store: InterviewStore;
  now: () => Date;
  newId: () => string;
  /** The user's effective IANA zone (settings, or the system's). */
  zone: () => string;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

export const nowIso = (ctx: ServiceContext): string => ctx.now().toISOString();
