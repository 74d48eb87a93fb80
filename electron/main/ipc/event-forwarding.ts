import { IPC_EVENT_CHANNEL, type EventName, type EventPayload } from '../../../shared/contract';

/** Sends one contract event to the renderer. The preload reads `(name, payload)` off the channel. */
export type EventSender = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Events that must reach the next window when there is none: a notification click or button
 * ("open this follow-up"), reminders that fell back to the window, and a `hearback://add` link. Everything else the
 * renderer refetches when it loads.
 */
const HELD_WHILE_NO_WINDOW: ReadonlySet<EventName> = new Set<EventName>(['navigate', 'reminders.due', 'capture.open']);
/** At most this many are held (the newest win): a window closed for days must not open to a storm. */
export const MAX_HELD_EVENTS = 10;

type Target = { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void };

export interface HoldingEventSender extends EventSender {
  /** Sends what was held while there was no window; call once the new window's page has loaded. */
  flush(): void;
}

/**
 * Builds the sender over a lazily found WebContents-like target. While there is no window (or it
 * is being destroyed), `navigate` and `reminders.due` are held for the next window's page and the
 * rest dropped — so clicking a notification after the window was closed (the app lives on in the
 * tray) opens the new window on that follow-up instead of losing the click.
 */
export function createEventSender(target: () => Target | null): HoldingEventSender {
  const held: Array<[EventName, unknown]> = [];
  const send = ((event: EventName, payload: unknown) => {
    const contents = target();
    if (contents === null || contents.isDestroyed()) {
      if (!HELD_WHILE_NO_WINDOW.has(event)) return;
      held.push([event, payload]);
      if (held.length > MAX_HELD_EVENTS) held.shift();
      return;
    }
    contents.send(IPC_EVENT_CHANNEL, event, payload);
  }) as HoldingEventSender;
  send.flush = () => {
    const contents = target();
    if (contents === null || contents.isDestroyed()) return;
    for (const [event, payload] of held.splice(0)) contents.send(IPC_EVENT_CHANNEL, event, payload);
  };
  return send;
}
