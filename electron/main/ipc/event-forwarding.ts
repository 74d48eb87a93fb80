import { IPC_EVENT_CHANNEL, type EventName, type EventPayload } from '../../../shared/contract';
import { createEventHold, MAX_HELD_EVENTS } from '../../core/host-lifecycle';

export { MAX_HELD_EVENTS };

/** Sends one contract event to the renderer. The preload reads `(name, payload)` off the channel. */
export type EventSender = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

type Target = { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void };

export interface HoldingEventSender extends EventSender {
  /** Sends what was held while there was no window; call once the new window's page has loaded. */
  flush(): void;
}

/**
 * Builds the sender over a lazily found WebContents-like target. While there is no window (or it
 * is being destroyed), events are kept by the core's rule (core/host-lifecycle.ts, the same as
 * browser mode's) for the next window's page — so clicking a notification after the window was
 * closed (the app lives on in the tray) opens the new window on that follow-up.
 */
export function createEventSender(target: () => Target | null): HoldingEventSender {
  const hold = createEventHold();
  const send = ((event: EventName, payload: unknown) => {
    const contents = target();
    if (contents === null || contents.isDestroyed()) return hold.keep(event, payload);
    contents.send(IPC_EVENT_CHANNEL, event, payload);
  }) as HoldingEventSender;
  send.flush = () => {
    const contents = target();
    if (contents === null || contents.isDestroyed()) return;
    for (const [event, payload] of hold.take()) contents.send(IPC_EVENT_CHANNEL, event, payload);
  };
  return send;
}
