import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../../../support/tcp-proxy';

/** The test proxy keeps its table (tcp-proxy.ts): a cut is a reset, a refusal or silence; heal opens it again. */
let echo: Server;
let echoPort = 0;
let proxy: TcpProxy;

beforeAll(async () => {
  echo = createServer((s) => {
    s.on('error', () => undefined); // the proxy resets its side on a cut
    s.pipe(s);
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  const address = echo.address();
  echoPort = typeof address === 'object' && address ? address.port : 0;
  proxy = await startTcpProxy(echoPort);
});
afterAll(async () => {
  await proxy.close();
  await new Promise<void>((resolve) => echo.close(() => resolve()));
});

/** Connects through the proxy; resolves with the socket, or rejects with the connection's error code. */
function connect(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port: proxy.port });
    socket.once('connect', () => resolve(socket));
    socket.once('error', (e: NodeJS.ErrnoException) => reject(new Error(e.code ?? e.message)));
  });
}

/** What comes back for `text` before the socket ends: the echo, or how it ended. */
function roundTrip(socket: Socket, text: string, quietMs = 300): Promise<string> {
  return new Promise((resolve) => {
    let got = '';
    const timer = setTimeout(() => resolve(got === '' ? 'no answer' : got), quietMs);
    socket.on('data', (d: Buffer) => {
      got += d.toString();
      if (got === text) {
        clearTimeout(timer);
        resolve(got);
      }
    });
    socket.once('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(e.code ?? 'error');
    });
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(got === '' ? 'closed' : got);
    });
    socket.write(text);
  });
}

describe('the test TCP proxy', () => {
  it('pipes while open, resets live connections and refuses new ones when cut, and opens again on heal', async () => {
    const live = await connect();
    expect(await roundTrip(live, 'hello')).toBe('hello');
    const ended = new Promise<string>((resolve) => {
      live.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      live.once('close', () => resolve('closed'));
    });
    await proxy.cut('refuse');
    expect(proxy.state()).toBe('refuse');
    expect(['ECONNRESET', 'closed']).toContain(await ended);
    await expect(connect()).rejects.toThrow('ECONNREFUSED');
    await proxy.heal();
    const again = await connect();
    expect(await roundTrip(again, 'back')).toBe('back');
    again.destroy();
  });

  it('blackholed: a new connection is accepted and never answered, and reset on heal', async () => {
    await proxy.cut('blackhole');
    const before = proxy.accepted();
    const silent = await connect();
    expect(await roundTrip(silent, 'anyone?')).toBe('no answer');
    expect(proxy.accepted()).toBe(before + 1);
    const ended = new Promise<string>((resolve) => {
      silent.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      silent.once('close', () => resolve('closed'));
    });
    await proxy.heal();
    expect(['ECONNRESET', 'closed']).toContain(await ended);
    const again = await connect();
    expect(await roundTrip(again, 'hello again')).toBe('hello again');
    again.destroy();
  });
});
