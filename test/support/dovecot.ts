import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './loopback';
import { ImapFlow } from 'imapflow';

/**
 * A real Dovecot IMAP server for tests: a generated config in a temp folder, one passwd-file
 * user, a maildir, a loopback port — no system service. Started by the test, stopped after.
 */
export const DOVECOT_BINARY = '/usr/sbin/dovecot';

/** Why Dovecot tests skip, or null when they can run. */
export function dovecotMissingReason(): string | null {
  if (!existsSync(DOVECOT_BINARY)) return 'dovecot is not installed (apt-get install -y dovecot-imapd)';
  return null;
}

export interface DovecotServer {
  host: string;
  port: number;
  /** The IMAPS port (self-signed certificate) when started with `tlsPort`, else 0. */
  tlsPort: number;
  user: string;
  password: string;
  dir: string;
  /** APPEND a raw message (RFC 5322 text) to a folder, creating it when missing. */
  append(folder: string, raw: string | Buffer, date?: Date): Promise<void>;
  /** Many at once over one connection (seeding benches). */
  appendMany(folder: string, raws: Iterable<string | Buffer>, date?: Date): Promise<void>;
  /**
   * Writes messages straight into a new folder's maildir (much faster than APPEND for big
   * mailboxes); Dovecot indexes them when the folder is first opened. Their arrival time is now.
   */
  writeMaildir(folder: string, raws: Iterable<string>): number;
  /** Makes the folder's UIDVALIDITY change (delete and re-create it). */
  recreateFolder(folder: string): Promise<void>;
  stop(): Promise<void>;
}

/** Whether something accepts connections on the loopback port right now. */
async function portAnswers(port: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Resolves once connecting to the port is refused (at most 5 s). */
async function waitUntilRefused(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (!(await portAnswers(port))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function waitForPort(port: number, child: ChildProcess, logPath: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`dovecot exited: ${existsSync(logPath) ? readFileSync(logPath, 'utf8').slice(-2000) : ''}`);
    if (await portAnswers(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('dovecot did not start listening');
}

export async function startDovecot(options: { user?: string; password?: string; tlsPort?: boolean } = {}): Promise<DovecotServer> {
  const dir = mkdtempSync(join(tmpdir(), 'hearback-dovecot-'));
  const port = await freePort();
  // With `tlsPort`: an IMAPS listener too, with a self-signed certificate (no client trusts it).
  const tlsPort = options.tlsPort ? await freePort() : 0;
  if (options.tlsPort) {
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]);
    if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr.toString()}`);
  }
  const user = options.user ?? 'jo@example.test';
  const password = options.password ?? 'app-password-1';
  const uid = process.getuid?.() ?? 0;
  const gid = process.getgid?.() ?? 0;
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  mkdirSync(join(dir, 'run'), { recursive: true });
  // Dovecot refuses to run its login and internal processes as root: as root, use the users the
  // Debian package creates; otherwise everything runs as the current user.
  const whoami = spawnSync('id', ['-un']).stdout.toString().trim() || 'root';
  const group = spawnSync('id', ['-gn']).stdout.toString().trim() || 'root';
  const asRoot = uid === 0;
  const internalUser = asRoot ? 'dovecot' : whoami;
  const internalGroup = asRoot ? 'dovecot' : group;
  const loginUser = asRoot ? 'dovenull' : whoami;
  chmodSync(dir, 0o755);
  // Mail is never stored as root (Dovecot refuses uid 0): as root, the mailbox belongs to `dovecot`.
  const mailUid = asRoot ? Number(spawnSync('id', ['-u', 'dovecot']).stdout.toString().trim()) : uid;
  const mailGid = asRoot ? Number(spawnSync('id', ['-g', 'dovecot']).stdout.toString().trim()) : gid;
  if (asRoot) chownSync(home, mailUid, mailGid);
  writeFileSync(join(dir, 'passwd'), `${user}:{PLAIN}${password}:${mailUid}:${mailGid}::${home}\n`);
  const logPath = join(dir, 'dovecot.log');
  const config = `
base_dir = ${join(dir, 'run')}
state_dir = ${join(dir, 'state')}
log_path = ${logPath}
info_log_path = ${logPath}
protocols = imap
listen = 127.0.0.1
${options.tlsPort ? `ssl = yes\nssl_cert = <${join(dir, 'cert.pem')}\nssl_key = <${join(dir, 'key.pem')}` : 'ssl = no'}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = ${internalUser}
default_internal_group = ${internalGroup}
default_login_user = ${loginUser}
mail_location = maildir:~/Maildir
first_valid_uid = ${Math.min(mailUid, 100)}
first_valid_gid = ${Math.min(mailGid, 100)}
mail_plugins =
passdb {
  driver = passwd-file
  args = ${join(dir, 'passwd')}
}
userdb {
  driver = passwd-file
  args = ${join(dir, 'passwd')}
}
protocol imap {
  mail_max_userip_connections = 100
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${tlsPort}
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
service pop3-login {
  chroot =
}
service submission-login {
  chroot =
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
  mkdirSync(join(dir, 'state'), { recursive: true });
  const configPath = join(dir, 'dovecot.conf');
  writeFileSync(configPath, config);
  const child = spawn(DOVECOT_BINARY, ['-c', configPath, '-F'], { stdio: 'ignore' });
  // A test run that dies without stop() must not leave a server behind.
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  try {
    await waitForPort(port, child, logPath);
  } catch (error) {
    killOnExit();
    throw error;
  }

  const client = async (): Promise<ImapFlow> => {
    const c = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user, pass: password }, logger: false, disableAutoIdle: true });
    await c.connect();
    return c;
  };
  const ensureFolder = async (c: ImapFlow, folder: string) => {
    if (folder === 'INBOX') return;
    const list = await c.list();
    if (!list.some((m) => m.path === folder)) await c.mailboxCreate(folder);
  };

  return {
    host: '127.0.0.1',
    port,
    tlsPort,
    user,
    password,
    dir,
    async append(folder, raw, date) {
      const c = await client();
      try {
        await ensureFolder(c, folder);
        await c.append(folder, raw, [], date);
      } finally {
        await c.logout();
      }
    },
    async appendMany(folder, raws, date) {
      const c = await client();
      try {
        await ensureFolder(c, folder);
        for (const raw of raws) await c.append(folder, raw, ['\\Seen'], date);
      } finally {
        await c.logout();
      }
    },
    writeMaildir(folder, raws) {
      const root = join(home, 'Maildir', `.${folder}`);
      for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(root, sub), { recursive: true });
      let count = 0;
      const stamp = Math.floor(Date.now() / 1000);
      for (const raw of raws) {
        writeFileSync(join(root, 'cur', `${stamp}.M${count}P${process.pid}.hearback:2,S`), raw);
        count++;
      }
      // The folder must be subscribed-visible and owned by the mail user.
      if (asRoot) spawnSync('chown', ['-R', `${mailUid}:${mailGid}`, join(home, 'Maildir')]);
      return count;
    },
    async recreateFolder(folder) {
      const c = await client();
      try {
        await c.mailboxDelete(folder);
        await c.mailboxCreate(folder);
      } finally {
        await c.logout();
      }
    },
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      // The master is gone, but its login processes may still hold the port for a moment and answer
      // "Internal error": stopped means nothing answers any more.
      await waitUntilRefused(port);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A raw RFC 5322 message for tests. */
export function rawMessage(h: { from: string; to?: string; subject: string; date?: Date; messageId?: string; inReplyTo?: string; references?: string; extra?: string[]; body?: string }): string {
  const lines = [
    `From: ${h.from}`,
    `To: ${h.to ?? 'Jo <jo@example.test>'}`,
    `Subject: ${h.subject}`,
    `Date: ${(h.date ?? new Date()).toUTCString()}`,
    `Message-ID: <${h.messageId ?? `${Math.random().toString(36).slice(2)}@test.example`}>`,
    ...(h.inReplyTo ? [`In-Reply-To: <${h.inReplyTo}>`] : []),
    ...(h.references ? [`References: ${h.references}`] : []),
    ...(h.extra ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    h.body ?? 'Hello.',
  ];
  return lines.join('\r\n') + '\r\n';
}

/**
 * A loopback TCP proxy in front of the server that can drop the connection after a number of
 * bytes from the server (a connection lost mid-fetch).
 */
export interface DroppingProxy {
  port: number;
  /** From now on, cut every connection once this many more bytes came from the server. */
  dropAfter(bytes: number): void;
  /** Stop dropping. */
  disarm(): void;
  drops(): number;
  close(): Promise<void>;
}

export async function startDroppingProxy(target: { host: string; port: number }): Promise<DroppingProxy> {
  const { createServer: createTcpServer, connect } = await import('node:net');
  let budget: number | null = null;
  let dropped = 0;
  const sockets = new Set<import('node:net').Socket>();
  const server = createTcpServer((downstream) => {
    const upstream = connect(target.port, target.host);
    sockets.add(downstream);
    sockets.add(upstream);
    const end = () => {
      downstream.destroy();
      upstream.destroy();
      sockets.delete(downstream);
      sockets.delete(upstream);
    };
    downstream.on('error', end);
    upstream.on('error', end);
    downstream.on('close', end);
    upstream.on('close', end);
    downstream.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk: Buffer) => {
      if (budget !== null) {
        if (chunk.length >= budget) {
          downstream.write(chunk.subarray(0, budget));
          budget = 0;
          dropped++;
          end();
          return;
        }
        budget -= chunk.length;
      }
      downstream.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    dropAfter: (bytes) => {
      budget = bytes;
    },
    disarm: () => {
      budget = null;
    },
    drops: () => dropped,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
