import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy in front of a test server: one per computer, so a test can cut one
 * computer off the network while sync stays on there (its engine sees the network fail, not a
 * "sync off").
 *
 * | state            | connections already open             | a new connection                                               |
 * |------------------|---------------------------------------|----------------------------------------------------------------|
 * | open             | piped both ways to the server         | connected to the server and piped                              |
 * | cut: 'refuse'    | reset (RST), the server's side closed | refused: nothing listens on the port (ECONNREFUSED)             |
 * | cut: 'blackhole' | reset (RST), the server's side closed | accepted and never answered: what it sends is swallowed         |
 * | heal             | —                                     | open again on the same port; a blackholed connection is reset then (the client sees the failure it would have timed out with) |
 *
 * Only 127.0.0.1 is ever listened on or connected to.
 */
export type CutMode = 'refuse' | 'blackhole';

export interface TcpProxy {
  /** `http://127.0.0.1:<port>/`: what the computer's connection names instead of the server. */
  readonly url: string;
  readonly port: number;
  state(): 'open' | CutMode;
  cut(mode?: CutMode): Promise<void>;
  heal(): Promise<void>;
  /** Connections accepted since the start (piped or swallowed): a test can see its computer used the proxy. */
  accepted(): number;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, listenPort = 0): Promise<TcpProxy> {
  let state: 'open' | CutMode = 'open';
  let accepted = 0;
  let closed = false;
  /** Every socket of a live pair (client side and server side), and every swallowed one. */
  const live = new Set<Socket>();
  const held = new Set<Socket>();

  const track = (socket: Socket, set: Set<Socket>) => {
    set.add(socket);
    socket.on('close', () => set.delete(socket));
    // A reset is what a cut is: never an unhandled error.
    socket.on('error', () => undefined);
  };

  const onConnection = (client: Socket) => {
    accepted++;
    if (state === 'blackhole') {
      track(client, held);
      client.resume(); // read and drop: the request goes nowhere, nothing comes back
      return;
    }
    track(client, live);
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    track(upstream, live);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => reset(client));
  };

  let server: Server = createServer(onConnection);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        const address = server.address();
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('the proxy has no port'));
      });
    });
  const stopListening = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  const port = await listen(listenPort);

  const dropAll = (set: Set<Socket>) => {
    for (const socket of [...set]) reset(socket);
  };

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    state: () => state,
    accepted: () => accepted,
    async cut(mode = 'refuse') {
      if (closed) throw new Error('the proxy is closed');
      state = mode;
      if (mode === 'refuse') await closeListener();
      else if (!server.listening) await reopen();
      dropAll(live);
    },
    async heal() {
      if (closed) throw new Error('the proxy is closed');
      state = 'open';
      dropAll(held);
      if (!server.listening) await reopen();
    },
    async close() {
      closed = true;
      dropAll(live);
      dropAll(held);
      await stopListening();
    },
  };

  async function closeListener(): Promise<void> {
    // close() waits for open connections; they are reset right after, so do not wait on it here.
    const closing = stopListening();
    dropAll(live);
    dropAll(held);
    await closing;
  }

  async function reopen(): Promise<void> {
    server = createServer(onConnection);
    await listen(port);
  }
}

/** A TCP reset rather than a clean close: a network failure, not a server saying goodbye. */
function reset(socket: Socket): void {
  if (socket.destroyed) return;
  if (typeof socket.resetAndDestroy === 'function' && socket.readyState !== 'opening') socket.resetAndDestroy();
  else socket.destroy();
}
