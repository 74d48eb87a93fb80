import { createServer, type Server, type Socket } from 'node:net';

/**
 * A scripted IMAP server for what a real one will not do: offer no STARTTLS on a plain port, or
 * answer with an enormous literal. It records every command it receives (so a test can tell
 * whether a password crossed the wire) and listens only where the test says (loopback, or a
 * TEST-NET address inside a private network namespace).
 *
 * Replies follow RFC 9051's examples: greeting `* OK`, `* CAPABILITY …`, tagged `OK`.
 */
export interface FakeImap {
  port: number;
  /** Every command line received, in order (LOGIN lines included: that is the point). */
  commands: string[];
  close(): Promise<void>;
}

export interface FakeImapOptions {
  host: string;
  /** LIST answers with a literal announcing this many bytes (then sends a few KB of them). */
  hugeListLiteral?: number;
  /** The greeting waits for this (a server that keeps a client waiting), then the connection closes. */
  holdGreeting?: Promise<void>;
}

export async function startFakeImap(options: FakeImapOptions): Promise<FakeImap> {
  const commands: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    if (options.holdGreeting) {
      void options.holdGreeting.then(() => socket.end('* BYE not today\r\n'));
      return;
    }
    // No STARTTLS in the capabilities: a plaintext-only server.
    socket.write('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN LOGIN-REFERRALS ID] fake ready\r\n');
    let buffered = '';
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('latin1');
      let end: number;
      while ((end = buffered.indexOf('\r\n')) >= 0) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        commands.push(line);
        answer(socket, line, options);
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    commands,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function answer(socket: Socket, line: string, options: FakeImapOptions): void {
  const [tag = '*', verb = ''] = line.split(' ');
  const command = verb.toUpperCase();
  if (command === 'CAPABILITY') socket.write(`* CAPABILITY IMAP4rev1 AUTH=PLAIN ID\r\n${tag} OK CAPABILITY completed\r\n`);
  else if (command === 'LOGIN' || command === 'AUTHENTICATE') socket.write(`${tag} OK [CAPABILITY IMAP4rev1 ID] Logged in\r\n`);
  else if (command === 'ID') socket.write(`* ID NIL\r\n${tag} OK ID completed\r\n`);
  else if (command === 'NAMESPACE') socket.write(`* NAMESPACE (("" "/")) NIL NIL\r\n${tag} OK NAMESPACE completed\r\n`);
  else if (command === 'LIST' && options.hugeListLiteral !== undefined) {
    socket.write(`* LIST () "/" {${options.hugeListLiteral}}\r\n`);
    socket.write(Buffer.alloc(64 * 1024, 0x61));
  } else if (command === 'LIST') socket.write(`* LIST () "/" INBOX\r\n${tag} OK LIST completed\r\n`);
  else if (command === 'LOGOUT') socket.end(`* BYE logging out\r\n${tag} OK LOGOUT completed\r\n`);
  else socket.write(`${tag} OK done\r\n`);
}
