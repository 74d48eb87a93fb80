import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES, IPC_EVENT_CHANNEL, IPC_PREFIX, METHOD_NAMES, type HearbackApi } from '../../../../shared/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (_channel: string, _request: unknown): Promise<unknown> => ({ ok: true, value: 'answer' })),
    send: vi.fn(),
    sendSync: vi.fn(),
    emit(channel: string, ...args: unknown[]) {
      for (const l of listeners.get(channel) ?? []) l({ sender: 'secret' }, ...args);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: electron.invoke,
    send: electron.send,
    sendSync: electron.sendSync,
    on: (channel: string, l: Listener) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(l);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, l: Listener) => electron.listeners.get(channel)?.delete(l),
  },
}));

async function loadApi(): Promise<HearbackApi> {
  vi.resetModules();
  electron.exposed.clear();
  await import('../../../../electron/preload/index');
  return electron.exposed.get('hearback') as HearbackApi;
}

describe('preload bridge', () => {
  beforeEach(() => {
    electron.invoke.mockClear();
    electron.listeners.clear();
  });

  it('exposes only `invoke` and `on` as window.hearback', async () => {
    const api = await loadApi();
    expect([...electron.exposed.keys()]).toEqual(['hearback']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards every contract method to its own prefixed channel', async () => {
    const api = await loadApi();
    for (const name of METHOD_NAMES) {
      await expect(api.invoke(name, {} as never)).resolves.toEqual({ ok: true, value: 'answer' });
      expect(electron.invoke).toHaveBeenLastCalledWith(IPC_PREFIX + name, {});
    }
  });

  it.each(['', 'nope', 'toString', '__proto__', 'constructor', 'hearback:workspace.get', 'workspace.get ', 42, null])('answers unknown method %s with unknown_method and no IPC', async (name) => {
    const api = await loadApi();
    const result = await api.invoke(name as never, {} as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  // electron-store answers `electron-store-get-data` in the main process (its renderer-side API);
  // the page must have no way to send on that channel, or on any channel outside the contract.
  it("gives the page no way onto electron-store's channel, or any channel outside the contract", async () => {
    const api = await loadApi();
    for (const name of ['electron-store-get-data', 'hearback:electron-store-get-data', '../electron-store-get-data']) {
      await expect(api.invoke(name as never, {} as never)).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    for (const name of METHOD_NAMES) await api.invoke(name, {} as never);
    expect(electron.send).not.toHaveBeenCalled();
    expect(electron.sendSync).not.toHaveBeenCalled();
    expect(new Set(electron.invoke.mock.calls.map(([channel]) => channel))).toEqual(new Set(METHOD_NAMES.map((m) => IPC_PREFIX + m)));
  });

  it('delivers only the subscribed event, without the IPC event object, until unsubscribed', async () => {
    const api = await loadApi();
    const listener = vi.fn();
    const off = api.on('data.changed', listener);
    electron.emit(IPC_EVENT_CHANNEL, 'notice', { id: 'x' });
    electron.emit(IPC_EVENT_CHANNEL, 'data.changed', { revision: 2, previousRevision: 1, patch: null });
    expect(listener.mock.calls).toEqual([[{ revision: 2, previousRevision: 1, patch: null }]]);
    off();
    electron.emit(IPC_EVENT_CHANNEL, 'data.changed', { revision: 3, previousRevision: 2, patch: null });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('listens on the event channel once for the page, however many subscriptions come and go', async () => {
    const api = await loadApi();
    expect(electron.listeners.get(IPC_EVENT_CHANNEL)?.size).toBe(1);
    const offs = [api.on('data.changed', vi.fn()), api.on('navigate', vi.fn()), api.on('navigate', vi.fn())];
    for (const off of offs) off();
    expect(electron.listeners.get(IPC_EVENT_CHANNEL)?.size).toBe(1);
  });

  it('hands an event that arrived before anyone listened to the first subscriber of its name, once', async () => {
    const api = await loadApi();
    const target = { applicationId: 'a1', followUpId: 'f1', action: null };
    electron.emit(IPC_EVENT_CHANNEL, 'navigate', target);
    const first = vi.fn();
    const second = vi.fn();
    api.on('navigate', first);
    expect(first).not.toHaveBeenCalled(); // after `on` returns, as a live event would arrive
    await Promise.resolve();
    api.on('navigate', second);
    await Promise.resolve();
    expect(first.mock.calls).toEqual([[target]]);
    expect(second).not.toHaveBeenCalled();
  });

  it('keeps only the newest unheard events', async () => {
    const api = await loadApi();
    for (let revision = 1; revision <= 25; revision += 1) electron.emit(IPC_EVENT_CHANNEL, 'data.changed', { revision });
    const listener = vi.fn();
    api.on('data.changed', listener);
    await Promise.resolve();
    expect(listener.mock.calls.map(([p]) => (p as { revision: number }).revision)).toEqual(Array.from({ length: 20 }, (_, i) => i + 6));
  });

  it.each(['hearback-event', '__proto__', 'toString', 42])('ignores subscriptions to, and events named, %s (outside the contract)', async (name) => {
    const api = await loadApi();
    const off = api.on(name as never, vi.fn());
    expect(typeof off).toBe('function');
    const listener = vi.fn();
    api.on('notice', listener);
    electron.emit(IPC_EVENT_CHANNEL, name, { id: 'x' });
    await Promise.resolve();
    expect(listener).not.toHaveBeenCalled();
    expect(EVENT_NAMES).not.toContain(name);
  });
});

describe('preload contract names', () => {
  it('match the contract exactly (the preload cannot import it at run time)', async () => {
    const names = await import('../../../../electron/preload/contract-names');
    expect(METHOD_NAMES.every((m) => names.isContractMethod(m))).toBe(true);
    expect(EVENT_NAMES.every((e) => names.isContractEvent(e))).toBe(true);
    expect(names.PRELOAD_IPC_PREFIX).toBe(IPC_PREFIX);
    expect(names.PRELOAD_EVENT_CHANNEL).toBe(IPC_EVENT_CHANNEL);
    expect(names.isContractMethod('__proto__')).toBe(false);
    expect(names.isContractEvent('hasOwnProperty')).toBe(false);
  });
});
