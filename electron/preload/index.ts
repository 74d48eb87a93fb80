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

export const api = {
  invoke<M extends MethodName>(method: M, request: RequestOf<M>): Promise<Envelope<ResponseOf<M>>> {
    // Checked at run time too: the renderer is not trusted to respect the types.
    if (!isContractMethod(method)) return Promise.resolve(unknownMethod(method));
    return ipcRenderer.invoke(PRELOAD_IPC_PREFIX + method, request) as Promise<Envelope<ResponseOf<M>>>;
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    if (!isContractEvent(event) || typeof listener !== 'function') return () => undefined;
    const handler = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown): void => {
      // The IPC event object is never handed to the page (it carries `sender`).
      if (name === event) listener(payload as EventPayload<E>);
    };
    ipcRenderer.on(PRELOAD_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(PRELOAD_EVENT_CHANNEL, handler);
    };
  },
} satisfies HearbackApi;

contextBridge.exposeInMainWorld('hearback', api);
