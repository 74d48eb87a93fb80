import type { z } from 'zod';
import type { ContractError } from './errors';
import type { EventName, EventPayload } from './events';
import type { UndoTicket } from './methods/history';
import { applicationMethods } from './methods/applications';
import { captureMethods } from './methods/capture';
import { calendarMethods } from './methods/calendar';
import { dataMethods } from './methods/data';
import { followUpMethods } from './methods/follow-ups';
import { historyMethods } from './methods/history';
import { interviewMethods } from './methods/interviews';
import { mailMethods } from './methods/mail';
import { settingsMethods } from './methods/settings';
import { stageMethods } from './methods/stages';
import { syncMethods } from './methods/sync';
import { workspaceMethods } from './methods/workspace';
import { workLogMethods } from './methods/worklog';

export * from './errors';
export * from './plain-issues';
export * from './events';
export * from './define';
export * from './methods/applications';
export * from './methods/capture';
export * from './methods/calendar';
export * from './methods/follow-ups';
export * from './methods/history';
export * from './methods/interviews';
export * from './methods/mail';
export * from './methods/settings';
export * from './methods/sync';
export * from './methods/workspace';
export * from './methods/worklog';
export * from './transport';
export * from './workspace-patch';

/**
 * The contract between the main process and the renderer: every request by name.
 * The preload, the browser-mode client and test doubles all implement `HearbackApi` from it.
 */
export const contract = {
  ...workspaceMethods,
  ...applicationMethods,
  ...captureMethods,
  ...stageMethods,
  ...interviewMethods,
  ...followUpMethods,
  ...historyMethods,
  ...settingsMethods,
  ...dataMethods,
  ...calendarMethods,
  ...mailMethods,
  ...workLogMethods,
  ...syncMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What the caller passes (defaults may be omitted). */
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
/** What the handler receives, after parsing. */
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

/** What travels back for every call: a value or a typed error, never a thrown exception. */
/** A call's answer; `undo` when the call recorded a change the user can undo (see UndoTicketSchema). */
export type Envelope<T> = { ok: true; value: T; undo?: UndoTicket } | { ok: false; error: ContractError };

/** The API the renderer sees. Nothing generic: only contract methods and contract events. */
export interface HearbackApi {
  invoke<M extends MethodName>(method: M, request: RequestOf<M>): Promise<Envelope<ResponseOf<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Channel prefix for Electron IPC; one channel per method (`hearback:applications.move`). */
export const IPC_PREFIX = 'hearback:';
export const IPC_EVENT_CHANNEL = 'hearback-event';
