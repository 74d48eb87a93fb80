import type { EventName } from '../../shared/contract';

/**
 * The page's life around the core, the same in both hosts (the desktop window and browser mode).
 *
 * | moment                                  | rule                                                              |
 * |-----------------------------------------|-------------------------------------------------------------------|
 * | an event while no page listens          | `navigate`, `reminders.due` and `capture.open` are kept (at most  |
 * | (window closed or not loaded yet; no    | {@link MAX_HELD_EVENTS}, the newest win); everything else is     |
 * | browser tab subscribed)                 | dropped — the page refetches the rest when it loads               |
 * | a page subscribes                       | it receives what was kept, once, in order                         |
 * | the computer slept (the scheduler's     | the core refreshes mail and calendars as on the OS's resume      |
 * | minute timer fires late: core/index.ts) | event, so browser mode (no OS event) behaves like the desktop app |
 */
export const HELD_WHILE_NO_PAGE: ReadonlySet<EventName> = new Set<EventName>(['navigate', 'reminders.due', 'capture.open', 'worklog.reminder', 'worklog.open']);
/** At most this many are held (the newest win): a window closed for days must not open to a storm. */
export const MAX_HELD_EVENTS = 10;

export interface EventHold {
  /** No page listens: keep `event` if the next page must still see it. */
  keep(event: EventName, payload: unknown): void;
  /** What was kept, handed out once, oldest first. */
  take(): Array<[EventName, unknown]>;
}

export function createEventHold(): EventHold {
  const held: Array<[EventName, unknown]> = [];
  return {
    keep(event, payload) {
      if (!HELD_WHILE_NO_PAGE.has(event)) return;
      held.push([event, payload]);
      if (held.length > MAX_HELD_EVENTS) held.shift();
    },
    take: () => held.splice(0),
  };
}
