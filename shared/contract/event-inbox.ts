import type { EventName } from './events';

/** Events kept for a page that has not subscribed to their name yet (the newest win). */
export const MAX_UNHEARD = 20;

export interface EventInbox {
  /** An event reached the page. */
  deliver(name: EventName, payload: unknown): void;
  /** Listens for `name`; the first listener of a name also receives what waited for it. */
  listen(name: EventName, listener: (payload: unknown) => void): () => void;
}

/**
 * The page's side of events in browser mode's client, behaving as the desktop preload does (the
 * sandboxed preload can require only its own files, so it keeps the same rule in its own code,
 * electron/preload/index.ts): a page that is still starting has not subscribed yet when the host
 * hands it what was held for it.
 *
 * | an event reaches the page and                 | then                                                  |
 * |-----------------------------------------------|-------------------------------------------------------|
 * | something listens for its name                | each listener gets it at once                         |
 * | nothing listens for its name yet              | kept (at most {@link MAX_UNHEARD}, the newest win)    |
 * | the first listener for that name subscribes   | it gets what was kept for the name, once, in order,   |
 * |                                               | just after subscribing (as a live event would come)   |
 * | that listener unsubscribed before then        | nothing is handed to it                               |
 */
export function createEventInbox(): EventInbox {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const unheard: Array<{ name: EventName; payload: unknown }> = [];
  return {
    deliver(name, payload) {
      const subscribers = listeners.get(name);
      if (subscribers === undefined || subscribers.size === 0) {
        unheard.push({ name, payload });
        if (unheard.length > MAX_UNHEARD) unheard.shift();
        return;
      }
      for (const listener of [...subscribers]) listener(payload);
    },
    listen(name, listener) {
      const subscribers = listeners.get(name) ?? new Set();
      listeners.set(name, subscribers);
      // Its own function: the same listener added twice is two subscriptions, removed one by one.
      const deliver = (payload: unknown): void => listener(payload);
      subscribers.add(deliver);
      if (subscribers.size === 1) {
        const waiting = unheard.filter((e) => e.name === name);
        if (waiting.length > 0) {
          for (let i = unheard.length - 1; i >= 0; i -= 1) if (unheard[i]?.name === name) unheard.splice(i, 1);
          queueMicrotask(() => {
            for (const { payload } of waiting) if (subscribers.has(deliver)) deliver(payload);
          });
        }
      }
      return () => {
        subscribers.delete(deliver);
      };
    },
  };
}
