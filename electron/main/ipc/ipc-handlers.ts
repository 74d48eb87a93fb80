import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_PREFIX, METHOD_NAMES, type Envelope } from '../../../shared/contract';
import type { Core, Logger as CoreLog } from '../../core';
import { senderRefusal, type SenderFacts } from './sender-check';

export interface IpcDeps {
  core: Pick<Core, 'dispatch'>;
  /** Our main window's WebContents, or `null` before it exists / after it closed. */
  ownContents: () => WebContents | null;
  isOwnPage: (url: string) => boolean;
  log: CoreLog;
}

const forbidden: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Hearback window.', issues: [] },
};

function senderFacts(event: IpcMainInvokeEvent, own: WebContents | null): SenderFacts {
  const frame = event.senderFrame;
  return {
    hasFrame: frame !== null,
    isMainFrame: frame !== null && frame.parent === null && frame === event.sender.mainFrame,
    isOurWindow: own !== null && event.sender === own,
    url: frame?.url ?? '',
  };
}

/**
 * One `ipcMain.handle` per contract method (`hearback:<method>`), nothing generic. Each request
 * is checked for its sender before the core sees it; the core validates the payload.
 * @returns a function that removes the handlers.
 */
export function registerIpcHandlers(ipcMain: IpcMain, deps: IpcDeps): () => void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(IPC_PREFIX + name, async (event, request: unknown): Promise<Envelope<unknown>> => {
      const refusal = senderRefusal(senderFacts(event, deps.ownContents()), deps.isOwnPage);
      if (refusal !== null) {
        deps.log.warn(refusal, { method: name });
        return forbidden;
      }
      try {
        return await deps.core.dispatch(name, request);
      } catch (error) {
        // The core promises never to throw; if it does, the renderer still gets an envelope.
        deps.log.error('The core threw instead of answering', { method: name, reason: String(error) });
        return { ok: false, error: { code: 'internal', message: 'Something went wrong.', issues: [] } };
      }
    });
  }
  return () => {
    for (const name of METHOD_NAMES) ipcMain.removeHandler(IPC_PREFIX + name);
  };
}
