import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './loopback';

/**
 * pouchdb-server (a CouchDB-protocol server) on a loopback port, LevelDB in a temp folder, with a
 * server administrator from its config — what Settings → Sync provisions against. Stopped by its
 * pid. Where it differs from Apache CouchDB (found here): its root says `express-pouchdb`, not
 * `couchdb: "Welcome"`; a 412's reason is shorter; and a database PUT without an admin's
 * credentials crashes the whole server (express-pouchdb 4.2.0: `db.info is not a function`), so
 * "not a server admin" is checked against CouchDB's documented answer, not this server.
 */
export interface CouchAdminServer {
  url: string;
  admin: { username: string; password: string };
  dir: string;
  stop(): Promise<void>;
}

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../node_modules/.bin/pouchdb-server');

export async function startCouchAdminServer(): Promise<CouchAdminServer> {
  const dir = mkdtempSync(join(tmpdir(), 'hearback-couch-'));
  const port = await freePort();
  const admin = { username: 'admin', password: 'relax-admin-1' };
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ admins: { [admin.username]: admin.password } }));
  const child: ChildProcess = spawn(BIN, ['--host', '127.0.0.1', '--port', String(port), '--dir', dir, '--config', join(dir, 'config.json'), '--no-stdout-logs'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited: ${stderr}`);
    try {
      const answer = await fetch(url);
      if (answer.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`pouchdb-server did not answer: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    admin,
    dir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
