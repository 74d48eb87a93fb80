/**
 * The only bridge between the renderer and the main process, exposed as `window.hearback`.
 * It runs sandboxed and is bundled to CJS (out/preload/index.cjs). It forwards contract methods
 * by name and contract events by name — nothing generic (no ipcRenderer, no send), so a
 * compromised renderer can only make requests the contract defines, and the main process
 * validates the sender and payload again.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Envelope, EventName, EventPayload, HearbackApi, MethodName, RequestOf, ResponseOf } from '../../shared/contract';
import { isContractEvent, isContractMethod, PRELOAD_EVENT_CHANNEL, PRELOAD_IPC_PREFIX } from './contract-names';

function unknownMethod(method: unknown): Envelope<never> {
  return {
    ok: false,
    error: { code: 'unknown_method', message: `"${String(method).slice(0, 60)}" is not a Hearback method.`, issues: [] },
  };
}

/** Events kept for a page that has not subscribed yet (the newest win). */
const MAX_UNHEARD = 20;
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
/** Contract events that arrived before the page listened for their name (a page still loading). */
const unheard: Array<{ name: EventName; payload: unknown }> = [];

// One listener for the whole page, from the start: an event sent while the renderer is still
// starting (a notification clicked while the window was closed) is kept until the page
// subscribes to its name, then handed to that first subscriber.
ipcRenderer.on(PRELOAD_EVENT_CHANNEL, (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
  // The IPC event object is never handed to the page (it carries `sender`).
  if (!isContractEvent(name)) return;
  const subscribers = listeners.get(name);
  if (subscribers === undefined || subscribers.size === 0) {
    unheard.push({ name, payload });
    if (unheard.length > MAX_UNHEARD) unheard.shift();
    return;
  }
  for (const listener of [...subscribers]) listener(payload);
});

export const api = {
  invoke<M extends MethodName>(method: M, request: RequestOf<M>): Promise<Envelope<ResponseOf<M>>> {
    // Checked at run time too: the renderer is not trusted to respect the types.
    if (!isContractMethod(method)) return Promise.resolve(unknownMethod(method));
    return ipcRenderer.invoke(PRELOAD_IPC_PREFIX + method, request) as Promise<Envelope<ResponseOf<M>>>;
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    if (!isContractEvent(event) || typeof listener !== 'function') return () => undefined;
    const subscribers = listeners.get(event) ?? new Set();
    listeners.set(event, subscribers);
    const deliver = (payload: unknown): void => listener(payload as EventPayload<E>);
    subscribers.add(deliver);
    if (subscribers.size === 1) {
      const waiting = unheard.filter((e) => e.name === event);
      if (waiting.length > 0) {
        for (let i = unheard.length - 1; i >= 0; i -= 1) if (unheard[i]?.name === event) unheard.splice(i, 1);
        // After `on` returns, as a live event would arrive.
        queueMicrotask(() => {
          for (const { payload } of waiting) if (subscribers.has(deliver)) deliver(payload);
        });
      }
    }
    return () => {
      subscribers.delete(deliver);
    };
  },
} satisfies HearbackApi;

contextBridge.exposeInMainWorld('hearback', api);
