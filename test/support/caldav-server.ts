import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fetch as undiciFetch } from 'undici';
import { unpausingAgent } from '../../electron/core/net/guarded-dispatcher';

/**
 * A real CalDAV server started by a test (Radicale or Sabre/DAV), on a loopback port with its
 * storage in a temporary folder, stopped after. One user; raw CalDAV requests to shape its data.
 */
export interface CalDavTestServer {
  /** Which server this is, for test names. */
  name: string;
  /** The address a user types into Settings → Calendars. */
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
  /** A new calendar holding `vevents` (VEVENT blocks), filled the fastest way the server allows. */
  seedCalendar(slug: string, vevents: readonly string[]): Promise<string>;
  /** The URL of a collection that is not a calendar (the user's home). */
  homeUrl: string;
  stop(): Promise<void>;
}

export interface CalDavProcess {
  child: ChildProcess;
  output: () => string;
}

export function spawnServer(command: string, args: string[], env?: NodeJS.ProcessEnv): CalDavProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: env ? { ...process.env, ...env } : process.env });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  return { child, output: () => output };
}

/** Waits until `url` answers (any status), or throws with what the server printed. */
export async function waitUntilAnswering(url: string, server: CalDavProcess, name: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const res = await fetch(url, { method: 'OPTIONS' });
      await res.body?.cancel();
      return;
    } catch {
      if (Date.now() > deadline || server.child.exitCode !== null) throw new Error(`${name} did not start:\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Seeding requests wait as long as the server needs: Radicale splitting a 5,000-event PUT on a busy
 * machine answers after undici's 5-minute header limit (the bench died there twice).
 */
const seeding = unpausingAgent({ headersTimeout: 20 * 60_000, bodyTimeout: 20 * 60_000 });

/** The CalDAV requests every test server answers the same way. */
export function calDavRequests(server: CalDavProcess, dir: string, auth: string) {
  const request = async (method: string, target: string, body?: string, headers: Record<string, string> = {}) => {
    const res = await undiciFetch(target, { method, headers: { authorization: auth, ...headers }, body: body ?? null, dispatcher: seeding });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${target}: ${res.status} ${text.slice(0, 300)}`);
  };
  return {
    async makeCalendarAt(target: string, displayName: string): Promise<string> {
      const body = `<?xml version="1.0" encoding="utf-8"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><D:displayname>${displayName}</D:displayname></D:prop></D:set></C:mkcalendar>`;
      await request('MKCALENDAR', target, body, { 'content-type': 'application/xml' });
      return target;
    },
    /** One PUT per event, named `event-<i>`. */
    async putEach(calendarUrl: string, vevents: readonly string[]): Promise<void> {
      for (const [i, vevent] of vevents.entries()) await request('PUT', `${calendarUrl}event-${i}.ics`, vcalendar([vevent]), { 'content-type': 'text/calendar; charset=utf-8' });
    },
    /** The whole collection in one PUT (Radicale splits it into its items). */
    putCollection: (calendarUrl: string, vevents: readonly string[]) => request('PUT', calendarUrl, vcalendar(vevents), { 'content-type': 'text/calendar; charset=utf-8' }),
    put: (calendarUrl: string, name: string, ics: string) => request('PUT', `${calendarUrl}${name}.ics`, ics, { 'content-type': 'text/calendar; charset=utf-8' }),
    remove: (calendarUrl: string, name: string) => request('DELETE', `${calendarUrl}${name}.ics`),
    async stop(): Promise<void> {
      if (server.child.exitCode === null) {
        const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
        server.child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function basicAuth(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

export function vcalendar(vevents: readonly string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hearback tests//EN', ...vevents, 'END:VCALENDAR', ''].join('\r\n');
}
