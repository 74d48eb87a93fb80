import { z } from 'zod';
import { ContractErrorSchema, type ContractError } from './errors';
import { UndoTicketSchema } from './methods/history';

/**
 * How the contract travels over HTTP in browser mode. The server (electron/browser-mode) and the
 * client (renderer/src/contract/browser-client.ts) both take paths, frame names and the envelope
 * shape from here, so neither can drift from the other. Electron IPC uses `IPC_PREFIX` instead.
 */
export const HTTP_TRANSPORT = {
  /** `POST <callPrefix><method>` with a JSON body; the answer is always an `Envelope`. */
  callPrefix: '/api/call/',
  /** `GET` server-sent events; each frame is named `eventFrame` and carries `{ event, payload }`. */
  eventsPath: '/api/events',
  eventFrame: 'contract',
  /** `GET <downloadPrefix><id>`: an export offered once (the id is the capability). */
  downloadPrefix: '/api/download/',
  /** Everything under this prefix is the API; anything else is the renderer's static files. */
  apiPrefix: '/api/',
} as const;

export const callPath = (method: string): string => `${HTTP_TRANSPORT.callPrefix}${method}`;
export const downloadPath = (id: string): string => `${HTTP_TRANSPORT.downloadPrefix}${id}`;
export const eventsUrl = (token: string): string => `${HTTP_TRANSPORT.eventsPath}?token=${encodeURIComponent(token)}`;

/**
 * The envelope's shape, without the value's own schema: a client checks this before trusting an
 * answer, so a proxy page, a crash or a truncated body becomes a readable error, never `undefined`.
 */
export const EnvelopeShapeSchema = z.union([z.object({ ok: z.literal(true), value: z.unknown(), undo: UndoTicketSchema.optional() }).strict(), z.object({ ok: z.literal(false), error: ContractErrorSchema }).strict()]);

/** The frame inside each server-sent event. */
export const EventFrameSchema = z.object({ event: z.string(), payload: z.unknown() }).strict();

/** A failure envelope, for transport-level problems that never reached a handler. */
export function failureEnvelope(code: ContractError['code'], message: string): { ok: false; error: ContractError } {
  return { ok: false, error: { code, message, issues: [] } };
}
