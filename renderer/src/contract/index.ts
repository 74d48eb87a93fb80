import type { EventName, EventPayload, HearbackApi, MethodName, RequestOf, ResponseOf, UndoTicket } from '../../../shared/contract';
import { createBrowserClient, takeSessionToken } from './browser-client';
import { ContractCallError } from './call-error';

/**
 * The renderer's only way to the main process. In Electron the preload exposes `window.hearback`;
 * in browser mode we speak HTTP to the same core. Both satisfy `HearbackApi`.
 */

declare global {
  interface Window {
    hearback?: HearbackApi;
  }
}

const api: HearbackApi = window.hearback ?? createBrowserClient(takeSessionToken());

export const isBrowserMode = window.hearback === undefined;

/** Calls a contract method; resolves with its value or throws `ContractCallError`. */
export async function call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  const envelope = await api.invoke(method, request);
  if (!envelope.ok) throw new ContractCallError(envelope.error);
  return envelope.value;
}

/**
 * Calls a method that changes data and may be undone: also resolves with the change's undo ticket
 * (null when nothing undoable was recorded), for a toast whose Undo reverses exactly this change.
 */
export async function callUndoable<M extends MethodName>(method: M, request: RequestOf<M>): Promise<{ value: ResponseOf<M>; undo: UndoTicket | null }> {
  const envelope = await api.invoke(method, request);
  if (!envelope.ok) throw new ContractCallError(envelope.error);
  return { value: envelope.value, undo: envelope.undo ?? null };
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return api.on(event, listener);
}

export { ContractCallError } from './call-error';
export { currentSessionToken } from './browser-client';
export { userMessage } from './error-messages';
