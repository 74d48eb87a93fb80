import { IPC_EVENT_CHANNEL, type EventName, type EventPayload } from '../../../shared/contract';

/** Sends one contract event to the renderer. The preload reads `(name, payload)` off the channel. */
export type EventSender = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Builds the sender over a lazily found WebContents-like target: events raised while there is
 * no window (or it is being destroyed) are dropped — the renderer refetches on load anyway.
 */
export function createEventSender(
  target: () => { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void } | null,
): EventSender {
  return (event, payload) => {
    const contents = target();
    if (contents === null || contents.isDestroyed()) return;
    contents.send(IPC_EVENT_CHANNEL, event, payload);
  };
}
