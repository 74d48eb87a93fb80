import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real CalDAV server for tests: Debian's Radicale, started here with a generated config on a
 * loopback port and a temporary storage folder (no system service), stopped after. Plain-text
 * htpasswd users, each owning their own collections.
 */
export interface RadicaleServer {
  url: string;
  username: string;
  password: string;
  /** Authorization header value for raw CalDAV requests. */
  auth: string;
  /** Creates a calendar collection (MKCALENDAR) and returns its URL. */
  makeCalendar(slug: string, displayName: string): Promise<string>;
  /** PUTs an event (whole VCALENDAR text) at `<calendarUrl><name>.ics`. */
  put(calendarUrl: string, name: string, ics: string): Promise<void>;
  remove(calendarUrl: string, name: string): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function radicaleAvailable(): boolean {
  return spawnSync('radicale', ['--version']).status === 0;
}

export async function startRadicale(): Promise<RadicaleServer> {
  const dir = mkdtempSync(join(tmpdir(), 'hearback-radicale-'));
  const port = await freePort();
  const username = 'jordan';
  const password = 'app-password-1';
  writeFileSync(join(dir, 'users'), `${username}:${password}\n`);
  const config = join(dir, 'config');
  writeFileSync(
    config,
    [
      '[server]',
      `hosts = 127.0.0.1:${port}`,
      '[auth]',
      'type = htpasswd',
      `htpasswd_filename = ${join(dir, 'users')}`,
      'htpasswd_encryption = plain',
      'delay = 0',
      '[storage]',
      `filesystem_folder = ${join(dir, 'collections')}`,
      '[rights]',
      'type = owner_only',
      '[web]',
      'type = none',
      '[logging]',
      'level = warning',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('radicale', ['--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const auth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const res = await fetch(url, { method: 'OPTIONS' });
      await res.body?.cancel();
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`radicale did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const request = async (method: string, target: string, body?: string, headers: Record<string, string> = {}) => {
    const res = await fetch(target, { method, headers: { authorization: auth, ...headers }, body });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${target}: ${res.status} ${text.slice(0, 300)}`);
  };
  return {
    url,
    username,
    password,
    auth,
    async makeCalendar(slug, displayName) {
      const target = `${url}${username}/${slug}/`;
      const body = `<?xml version="1.0" encoding="utf-8"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><D:displayname>${displayName}</D:displayname></D:prop></D:set></C:mkcalendar>`;
      await request('MKCALENDAR', target, body, { 'content-type': 'application/xml' });
      return target;
    },
    put: (calendarUrl, name, ics) => request('PUT', `${calendarUrl}${name}.ics`, ics, { 'content-type': 'text/calendar; charset=utf-8' }),
    remove: (calendarUrl, name) => request('DELETE', `${calendarUrl}${name}.ics`),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
