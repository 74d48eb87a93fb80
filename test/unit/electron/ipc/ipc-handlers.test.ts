import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX, METHOD_NAMES, type Envelope } from '../../../../shared/contract';
import { registerIpcHandlers } from '../../../../electron/main/ipc/ipc-handlers';
import { isAppUrl } from '../../../../electron/main/security/app-origin';

type Handler = (event: IpcMainInvokeEvent, request: unknown) => Promise<Envelope<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  return { ipcMain: ipcMain as unknown as IpcMain, handlers };
}

function fakeContents(url = 'app://hearback/index.html') {
  const mainFrame = { url, parent: null };
  return { mainFrame } as unknown as WebContents & { mainFrame: { url: string; parent: null } };
}

function setup() {
  const { ipcMain, handlers } = fakeIpcMain();
  const own = fakeContents();
  const dispatch = vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, value: { fine: true } }));
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const dispose = registerIpcHandlers(ipcMain, {
    core: { dispatch },
    ownContents: () => own,
    isOwnPage: (url) => isAppUrl(url, null),
    log,
  });
  const call = (channel: string, event: unknown, request: unknown = {}) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event as IpcMainInvokeEvent, request);
  };
  return { handlers, own, dispatch, log, dispose, call };
}

describe('registerIpcHandlers', () => {
  it('registers exactly one prefixed channel per contract method, and nothing else', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => IPC_PREFIX + m).sort());
  });

  it('delegates a request from our main frame to the core with the method name', async () => {
    const { own, dispatch, call } = setup();
    const event = { sender: own, senderFrame: own.mainFrame };
    await expect(call(IPC_PREFIX + 'workspace.get', event, { a: 1 })).resolves.toEqual({ ok: true, value: { fine: true } });
    expect(dispatch).toHaveBeenCalledWith('workspace.get', { a: 1 });
  });

  const refusals: Array<[string, (own: ReturnType<typeof fakeContents>) => unknown, string]> = [
    ['a destroyed frame', (own) => ({ sender: own, senderFrame: null }), 'frame is gone'],
    [
      'another window',
      (own) => {
        const other = fakeContents();
        return { sender: other, senderFrame: other.mainFrame, own };
      },
      'not the Hearback window',
    ],
    ['a subframe of our window', (own) => ({ sender: own, senderFrame: { url: 'app://hearback/x.html', parent: own.mainFrame } }), 'subframe'],
    [
      'our main frame showing a foreign page',
      (own) => {
        own.mainFrame.url = 'https://evil.example/';
        return { sender: own, senderFrame: own.mainFrame };
      },
      'not showing a Hearback page',
    ],
  ];

  it.each(refusals)('refuses %s with a forbidden envelope and one log line', async (_label, makeEvent, reason) => {
    const { own, dispatch, log, call } = setup();
    const result = await call(IPC_PREFIX + 'applications.create', makeEvent(own));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledOnce();
    expect(log.warn.mock.calls[0]?.[0]).toContain(reason);
  });

  it('turns a throwing core into an internal envelope', async () => {
    const { own, dispatch, call } = setup();
    dispatch.mockRejectedValueOnce(new Error('boom'));
    const result = await call(IPC_PREFIX + 'workspace.get', { sender: own, senderFrame: own.mainFrame });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('removes every handler on dispose', () => {
    const { handlers, dispose } = setup();
    dispose();
    expect(handlers.size).toBe(0);
  });
});
