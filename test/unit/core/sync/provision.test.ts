import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMemberAccess, databaseNameFor, DATABASE_NAME_RULE, MAX_DATABASE_NAME, memberUserFor, newMemberPassword, provision } from '../../../../electron/core/sync/setup/provision';
import { startCouchServer, type CouchTestServer } from '../../../support/couch-server';
import { freePort } from '../../../support/loopback';

/** Against a real CouchDB-protocol server (pouchdb-server) on loopback; what differs from Apache CouchDB is in couch-server.ts. */
describe('provisioning a job search on a CouchDB server', () => {
  let server: CouchTestServer;
  beforeAll(async () => {
    server = await startCouchServer();
  }, 30_000);
  afterAll(() => server?.remove());

  const setUp = (over: Partial<Parameters<typeof provision>[0]> = {}) =>
    provision({
      serverUrl: server.url,
      admin: server.admin,
      reach: 'own-network',
      database: databaseNameFor('Alex Kim', 'a1b2c3'),
      member: { username: memberUserFor('a1b2c3'), password: 'first-password' },
      ...over,
    });

  it('creates the database and a member who can read it, and does it again on retry', async () => {
    const first = await setUp();
    expect(first.serverUrl).toBe(server.url);
    await checkMemberAccess(server.url, databaseNameFor('Alex Kim', 'a1b2c3'), { username: memberUserFor('a1b2c3'), password: 'first-password' }, 'own-network');
    // A retry (the first answer was lost): the same names, a new password, the same end state.
    await setUp({ member: { username: memberUserFor('a1b2c3'), password: 'second-password' } });
    await checkMemberAccess(server.url, databaseNameFor('Alex Kim', 'a1b2c3'), { username: memberUserFor('a1b2c3'), password: 'second-password' }, 'own-network');
    await expect(checkMemberAccess(server.url, databaseNameFor('Alex Kim', 'a1b2c3'), { username: memberUserFor('a1b2c3'), password: 'first-password' }, 'own-network')).rejects.toMatchObject({ reason: 'auth' });
    const security = await fetch(new URL(`${databaseNameFor('Alex Kim', 'a1b2c3')}/_security`, server.url), { headers: { authorization: `Basic ${Buffer.from(`admin:${server.admin.password}`).toString('base64')}` } });
    expect(await security.json()).toEqual({ admins: { names: [], roles: [] }, members: { names: ['hearback-a1b2c3'], roles: [] }, couchdb_auth_only: true });
  }, 30_000);

  it('creates the _users database first on a server that has none (a new single-node CouchDB 3)', async () => {
    // pouchdb-server always has `_users`; in front of it, a proxy answers as CouchDB 3 before its
    // single-node setup does (404 "Database does not exist." for a user) until `PUT /_users` arrives.
    const http = await import('node:http');
    const seen: string[] = [];
    let usersCreated = false;
    const proxy = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push(`${req.method} ${req.url}`);
        if (req.method === 'PUT' && req.url === '/_users') {
          usersCreated = true;
          res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}\n');
          return;
        }
        if (!usersCreated && req.url?.startsWith('/_users/')) {
          res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not_found","reason":"Database does not exist."}\n');
          return;
        }
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => ['authorization', 'content-type', 'accept'].includes(k))) as Record<string, string>;
        void fetch(new URL(req.url ?? '/', server.url), { method: req.method ?? 'GET', headers, ...(chunks.length ? { body: Buffer.concat(chunks) } : {}) }).then(async (answer) => {
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(proxy.address() as { port: number }).port}/`;
      await setUp({ serverUrl: url, database: 'hearback-fresh-couch', member: { username: 'hearback-fresh', password: 'p1' } });
      expect(seen.filter((r) => r.startsWith('PUT /_users'))).toEqual(['PUT /_users/org.couchdb.user%3Ahearback-fresh', 'PUT /_users', 'PUT /_users/org.couchdb.user%3Ahearback-fresh']);
      await checkMemberAccess(server.url, 'hearback-fresh-couch', { username: 'hearback-fresh', password: 'p1' }, 'own-network');
    } finally {
      proxy.close();
    }
  }, 30_000);

  it('refuses a wrong administrator password, writing nothing', async () => {
    await expect(setUp({ admin: { username: 'admin', password: 'wrong' }, database: 'hearback-wrong-admin' })).rejects.toMatchObject({ reason: 'admin_auth' });
    const dbs = (await (await fetch(new URL('_all_dbs', server.url))).json()) as string[];
    expect(dbs).not.toContain('hearback-wrong-admin');
  });

  it('refuses a database that belongs to someone else', async () => {
    await setUp({ database: 'hearback-taken', member: { username: 'hearback-owner', password: 'p' } });
    await expect(setUp({ database: 'hearback-taken', member: { username: 'hearback-other', password: 'q' } })).rejects.toMatchObject({ reason: 'name_taken' });
  }, 30_000);

  it('refuses an address that does not answer as CouchDB, one that does not answer, and one on the own network without the choice', async () => {
    const http = await import('node:http');
    const page = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>router login</html>'));
    await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
    const port = (page.address() as { port: number }).port;
    try {
      await expect(setUp({ serverUrl: `http://127.0.0.1:${port}/` })).rejects.toMatchObject({ reason: 'not_couchdb' });
    } finally {
      page.close();
    }
    await expect(setUp({ serverUrl: `http://127.0.0.1:${await freePort()}/` })).rejects.toMatchObject({ reason: 'unreachable' });
    await expect(setUp({ reach: 'public' })).rejects.toMatchObject({ reason: 'address_refused' });
    // A public-looking name that resolves to loopback (DNS rebinding) is refused by the dispatcher.
    const rebinding = server.url.replace('127.0.0.1', 'couch.example.com');
    const toLoopback: Parameters<typeof provision>[0]['resolve'] = (_h, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }]);
    await expect(setUp({ serverUrl: rebinding.replace('http://', 'https://'), reach: 'public', resolve: toLoopback })).rejects.toMatchObject({ reason: 'address_refused' });
    // A server on the internet over http://: its passwords would cross it in clear; refused before any request.
    await expect(setUp({ serverUrl: rebinding, reach: 'public', resolve: toLoopback })).rejects.toMatchObject({ reason: 'needs_https' });
    await expect(setUp({ serverUrl: server.url.replace('http://', `http://admin:${server.admin.password}@`) })).rejects.toMatchObject({ reason: 'bad_url' });
    await expect(setUp({ serverUrl: 'ftp://127.0.0.1/' })).rejects.toMatchObject({ reason: 'bad_url' });
  }, 30_000);
});

describe('names on the server', () => {
  it('are valid CouchDB database names for any user name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 40 }), (label, seed) => {
        const name = databaseNameFor(label, seed);
        expect(name).toMatch(DATABASE_NAME_RULE);
        expect(name.length).toBeLessThanOrEqual(MAX_DATABASE_NAME);
        expect(memberUserFor(seed)).toMatch(/^hearback-[a-z0-9]+$/);
      }),
      { numRuns: 500 },
    );
    expect(databaseNameFor('Zoë Ångström', 'F00d')).toBe('hearback-zoe-angstrom-f00d');
    expect(databaseNameFor('', 'f00d')).toBe('hearback-job-search-f00d');
  });

  it('member passwords are long and random', () => {
    const a = newMemberPassword();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newMemberPassword()).not.toBe(a);
  });
});
