import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncView } from '../../../../shared/contract';
import { memorySecretStore } from '../../../../electron/core/secrets/secret-store';
import { checkMemberAccess } from '../../../../electron/core/sync/setup/provision';
import type { SyncConnection, SyncEngine, SyncStatus } from '../../../../electron/core/sync/sync-port';
import { startCouchServer, type CouchTestServer } from '../../../support/couch-server';
import { ok, openTestCore, tempDir } from '../../../support/core';

/**
 * A scripted engine, standing in for the replication engine only where the real server cannot
 * easily produce a status (a full quota): it records what it was started with and reports the
 * statuses the test scripts.
 */
function scriptedEngine() {
  const listeners = new Set<(s: SyncStatus) => void>();
  const started: SyncConnection[] = [];
  let stopped = 0;
  let current: SyncStatus = { state: 'off', pending: 0, offlineSinceMs: null, reason: null, lastSyncedAtMs: null };
  // Like the engine: the started device's own setting until the role was set here.
  let reminderHere: boolean | null = null;
  const roleSet: boolean[] = [];
  const engine: SyncEngine = {
    start: (c) => {
      started.push(c);
      return Promise.resolve();
    },
    stop: () => {
      stopped++;
      return Promise.resolve();
    },
    status: () => current,
    onStatus: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    claimDelivery: () => Promise.resolve('offline'),
    reminderRole: () => ({ here: reminderHere ?? started.at(-1)?.device?.reminderComputer ?? false, holderName: null }),
    setReminderRole: (on) => {
      roleSet.push(on);
      reminderHere = on;
      return Promise.resolve();
    },
  };
  return {
    engine,
    started,
    roleSet,
    stopped: () => stopped,
    report(status: SyncStatus) {
      current = status;
      for (const l of listeners) l(status);
    },
  };
}

const keptSecrets = () => ({ ...memorySecretStore(''), persistent: true, notPersistentReason: null });

describe('Settings → Sync through the core, against pouchdb-server', () => {
  let server: CouchTestServer;
  beforeAll(async () => {
    server = await startCouchServer();
  }, 30_000);
  afterAll(() => server?.remove());

  it('sets up on one computer, joins on another with the code and passphrase, and leaves', async () => {
    const dirA = tempDir();
    const secretsA = keptSecrets();
    const engineA = scriptedEngine();
    const a = await openTestCore({ dataDir: dirA, secrets: secretsA, syncEngine: engineA.engine });
    await ok(a, 'settings.update', { patch: { userName: 'Alex Kim' } });

    // A wrong administrator password: refused beside its field; no connection kept.
    const wrong = await a.dispatch('sync.setUp', { serverUrl: server.url, adminUser: 'admin', adminPassword: 'nope', ownNetwork: true, deviceName: 'Desktop', encryptionPassphrase: 'correct horse battery' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'adminPassword' }] } });
    expect((await ok<SyncView>(a, 'sync.status', {})).connection).toBeNull();

    // Without the "own network" choice, a loopback server is refused before any request.
    const refused = await a.dispatch('sync.setUp', { serverUrl: server.url, adminUser: 'admin', adminPassword: server.admin.password, deviceName: 'Desktop', encryptionPassphrase: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'ownNetwork' }] } });

    const set = await ok<SyncView>(a, 'sync.setUp', { serverUrl: server.url, adminUser: 'admin', adminPassword: server.admin.password, ownNetwork: true, deviceName: 'Desktop', encryptionPassphrase: 'correct horse battery' });
    expect(set.connection).toMatchObject({ serverUrl: server.url, ownNetwork: true, deviceName: 'Desktop', reminderComputer: true, encrypted: true, passwordKept: true });
    expect(set.connection?.database).toMatch(/^hearback-alex-kim-[a-z0-9]+$/);
    expect(engineA.started).toHaveLength(1);
    const connection = engineA.started[0]!;
    await checkMemberAccess(connection.serverUrl, connection.database, connection, 'own-network');
    expect(connection.recordCipher).not.toBeNull();
    expect(connection.reach).toBe('own-network');
    // Passwords and keys are in the secret store, never in this computer's state file.
    const file = readFileSync(join(dirA, 'sync.json'), 'utf8');
    expect(file).not.toContain(connection.password);
    expect(file).not.toContain(server.admin.password);

    const wrongPassphrase = await a.dispatch('sync.setupCode', { passphrase: 'another passphrase' });
    expect(wrongPassphrase).toMatchObject({ ok: false, error: { issues: [{ path: 'passphrase' }] } });
    const { code, qrSvg } = await ok<{ code: string; qrSvg: string }>(a, 'sync.setupCode', { passphrase: 'correct horse battery' });
    expect(qrSvg.startsWith('<svg')).toBe(true);

    const dirB = tempDir();
    const engineB = scriptedEngine();
    const b = await openTestCore({ dataDir: dirB, syncEngine: engineB.engine });
    const badJoin = await b.dispatch('sync.join', { code, passphrase: 'correct horse batterY', deviceName: 'Laptop' });
    expect(badJoin).toMatchObject({ ok: false, error: { issues: [{ path: 'passphrase' }] } });
    const mistyped = await b.dispatch('sync.join', { code: code.slice(0, -2), passphrase: 'correct horse battery', deviceName: 'Laptop' });
    expect(mistyped).toMatchObject({ ok: false, error: { issues: [{ path: 'code' }] } });
    expect(existsSync(join(dirB, 'sync.json'))).toBe(false);
    expect(engineB.started).toHaveLength(0);

    const joined = await ok<SyncView>(b, 'sync.join', { code, passphrase: 'correct horse battery', deviceName: 'Laptop' });
    expect(joined.connection).toMatchObject({ database: set.connection?.database, deviceName: 'Laptop', reminderComputer: false, encrypted: true });
    const there = engineB.started[0]!;
    expect(there.password).toBe(connection.password);
    expect(await there.recordCipher!.decrypt(await connection.recordCipher!.encrypt('{"company":"Globex"}'))).toBe('{"company":"Globex"}');

    // Status from the engine reaches the renderer as an event, and the view.
    const events: SyncView[] = [];
    b.onEvent((event, payload) => {
      if (event === 'sync.status') events.push(payload as SyncView);
    });
    engineB.report({ state: 'refused', pending: 3, offlineSinceMs: null, reason: 'full', lastSyncedAtMs: 1 });
    expect(events.at(-1)?.status).toMatchObject({ state: 'refused', reason: 'full', pending: 3 });
    expect((await ok<SyncView>(b, 'sync.status', {})).status.reason).toBe('full');

    await ok(b, 'sync.setDeviceName', { name: 'Work laptop' });
    expect((await ok<SyncView>(b, 'sync.setReminderComputer', { on: true })).connection).toMatchObject({ deviceName: 'Work laptop', reminderComputer: true });
    // The engine learns the new name (started again with it) and takes the role for every computer (reminder-role.ts).
    expect(engineB.started.at(-1)?.device).toMatchObject({ name: 'Work laptop' });
    expect(engineB.started[0]?.device).toMatchObject({ name: 'Laptop', reminderComputer: false });
    expect(engineB.roleSet).toEqual([true]);

    const left = await ok<SyncView>(b, 'sync.leave', {});
    expect(left).toMatchObject({ connection: null, status: { state: 'off' } });
    expect(engineB.stopped()).toBe(2);
    await b.close();

    // Restarting the first computer starts syncing again with the kept connection.
    await a.close();
    const engineA2 = scriptedEngine();
    const a2 = await openTestCore({ dataDir: dirA, secrets: secretsA, syncEngine: engineA2.engine });
    await a2.settled();
    expect(engineA2.started.map((c) => c.database)).toEqual([connection.database]);
    await a2.close();
  }, 60_000);

  it('sets up once when asked twice at the same time (a double click)', async () => {
    const engine = scriptedEngine();
    const core = await openTestCore({ syncEngine: engine.engine });
    const request = { serverUrl: server.url, adminUser: 'admin', adminPassword: server.admin.password, ownNetwork: true, deviceName: 'Desktop', encryptionPassphrase: null };
    const [first, second] = await Promise.all([core.dispatch('sync.setUp', request), core.dispatch('sync.setUp', request)]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect([first, second].find((e) => !e.ok)).toMatchObject({ error: { code: 'conflict' } });
    expect(engine.started).toHaveLength(1);
    await core.close();
  }, 30_000);

  it('refuses a wrong request before anything else, in plain words', async () => {
    const core = await openTestCore();
    const bad = await core.dispatch('sync.setUp', { serverUrl: '', adminUser: '', adminPassword: '', deviceName: '', encryptionPassphrase: 'short' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues.map((i) => i.path).sort()).toEqual(['adminPassword', 'adminUser', 'deviceName', 'encryptionPassphrase', 'serverUrl']);
    await core.close();
  });
});
