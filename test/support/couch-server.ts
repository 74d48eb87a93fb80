import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './loopback';

/**
 * The CouchDB-protocol server of every sync test — the engine's, the set-up's (what Settings → Sync
 * provisions against) and the benches' — started here and removed after: `pouchdb-server`
 * (express-pouchdb over LevelDB) as a child process on 127.0.0.1, a free port, its files in a temp
 * folder, with a server administrator from its config from the first start (it never runs as an
 * "admin party") — or, where a `couchdb` binary is installed and `HEARBACK_COUCHDB=1`, Apache
 * CouchDB itself with the same calls. `stop()` then `start()` again keeps the port and the data
 * (the server-restart case); `remove()` stops it for good and deletes its folder.
 *
 * Provisioning mirrors what CouchDB's own API documents (docs.couchdb.org, "Security" and
 * "/_users"): a database, a user document `org.couchdb.user:<name>` in `_users`, and the
 * database's `_security` naming that user as its only member.
 *
 * Where pouchdb-server differs from Apache CouchDB (found here): its root says `express-pouchdb`,
 * not `couchdb: "Welcome"`; a 412's reason is shorter; and a database PUT without an admin's
 * credentials crashes the whole server (express-pouchdb 4.2.0: `db.info is not a function`), so
 * "not a server admin" is checked against CouchDB's documented answer, not this server.
 */
export interface CouchTestServer {
  url: string;
  port: number;
  /** The server's files (its database size is measured there). */
  dir: string;
  admin: { username: string; password: string };
  /** Creates a database and a member user for it (what Settings → Sync provisions). */
  provision(database: string, username: string, password: string): Promise<void>;
  /** An admin request (for reading the server's side in tests). */
  request(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  stop(): Promise<void>;
  start(): Promise<void>;
  remove(): Promise<void>;
  output(): string;
}

const requireHere = createRequire(import.meta.url);

export function couchDbAvailable(): boolean {
  return process.env['HEARBACK_COUCHDB'] === '1' && spawnSync('couchdb', ['-V']).status === 0;
}

export async function startCouchServer(): Promise<CouchTestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'hearback-couch-'));
  const port = await freePort();
  const admin = { username: 'admin', password: `admin-${port}` };
  const url = `http://127.0.0.1:${port}/`;
  const auth = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;
  let child: ChildProcess | null = null;
  let output = '';
  const bin = requireHere.resolve('pouchdb-server/bin/pouchdb-server');

  const request = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
  };

  const start = async () => {
    mkdirSync(join(dir, 'db'), { recursive: true });
    if (couchDbAvailable()) {
      const ini = join(dir, 'local.ini');
      writeFileSync(ini, `[couchdb]\ndatabase_dir = ${join(dir, 'db')}\nview_index_dir = ${join(dir, 'db')}\n[chttpd]\nbind_address = 127.0.0.1\nport = ${port}\n[admins]\n${admin.username} = ${admin.password}\n`);
      child = spawn('couchdb', [], { env: { ...process.env, ERL_FLAGS: `-couch_ini ${ini}` }, stdio: ['ignore', 'pipe', 'pipe'] });
    } else {
      // The administrator is in the config before the server first starts; pouchdb-server keeps it there across restarts.
      const config = join(dir, 'config.json');
      if (!existsSync(config)) writeFileSync(config, JSON.stringify({ admins: { [admin.username]: admin.password } }));
      child = spawn(process.execPath, [bin, '--host', '127.0.0.1', '--port', String(port), '--dir', join(dir, 'db'), '--config', config, '--no-stdout-logs'], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    }
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        const res = await fetch(url);
        await res.body?.cancel();
        break;
      } catch {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the CouchDB test server did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return {
    url,
    port,
    dir,
    admin,
    async provision(database, username, password) {
      const created = await request('PUT', database);
      if (created.status >= 300 && created.status !== 412) throw new Error(`create ${database}: ${created.status} ${JSON.stringify(created.json)}`);
      const user = await request('PUT', `_users/org.couchdb.user:${username}`, { name: username, password, roles: [], type: 'user' });
      if (user.status >= 300 && user.status !== 409) throw new Error(`create user: ${user.status} ${JSON.stringify(user.json)}`);
      const security = await request('PUT', `${database}/_security`, { admins: { names: [], roles: [] }, members: { names: [username], roles: [] } });
      if (security.status >= 300) throw new Error(`security: ${security.status}`);
    },
    request,
    stop,
    start,
    async remove() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
    output: () => output,
  };
}
