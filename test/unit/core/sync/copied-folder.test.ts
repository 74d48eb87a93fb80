import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncView } from '../../../../shared/contract';
import type { Application } from '../../../../shared/domain';
import { memorySecretStore, type SecretStore } from '../../../../electron/core/secrets/secret-store';
import { startCouchServer, type CouchTestServer } from '../../../support/couch-server';
import { ok, openTestCore, tempDir } from '../../../support/core';
import { eventually } from '../../../support/sync-cores';
import { SYNC_DIR } from '../../../../electron/core/store/store-layout';
import { PouchDB } from '../../../../electron/core/sync/engine/pouch';

/**
 * A data folder copied to another computer (or a backup of it restored there) carries its
 * `sync.json`, device id included. Each computer's secret store (outside the data folder: the OS
 * keychain) says which device id this computer synced as; a folder whose id it does not know is
 * a copy, and syncs as a new computer, with a notice.
 */
const keptSecrets = (): SecretStore => ({ ...memorySecretStore(''), persistent: true, notPersistentReason: null });
type Info = { notices: { code: string; message: string }[] };
const deviceIdIn = (dir: string): string => (JSON.parse(readFileSync(join(dir, 'sync.json'), 'utf8')) as { connection: { deviceId: string } }).connection.deviceId;

describe('a data folder copied byte for byte to a second computer', () => {
  let server: CouchTestServer;
  beforeAll(async () => {
    server = await startCouchServer();
  }, 30_000);
  afterAll(() => server?.remove());

  it('gets a new device id on the copy, with a notice in plain words; the original keeps its own', async () => {
    const desktopDir = tempDir();
    const desktopSecrets = keptSecrets();
    const desktop = await openTestCore({ dataDir: desktopDir, secrets: desktopSecrets });
    await ok(desktop, 'sync.setUp', { serverUrl: server.url, adminUser: 'admin', adminPassword: server.admin.password, ownNetwork: true, deviceName: 'Desktop', encryptionPassphrase: null });
    const { code } = await ok<{ code: string }>(desktop, 'sync.setupCode', { passphrase: 'correct horse battery' });
    // The laptop had joined the same job search before: its keychain holds the sync password.
    const laptopDir = tempDir();
    const laptopSecrets = keptSecrets();
    const laptop = await openTestCore({ dataDir: laptopDir, secrets: laptopSecrets });
    await ok<SyncView>(laptop, 'sync.join', { code, passphrase: 'correct horse battery', deviceName: 'Laptop' });
    await ok<Application>(desktop, 'applications.create', { company: 'Acme', role: 'Engineer', stageId: 'applied' });
    await desktop.close();
    await laptop.close();
    const desktopId = deviceIdIn(desktopDir);

    // The user copies the desktop's data folder over the laptop's, byte for byte.
    rmSync(laptopDir, { recursive: true, force: true });
    cpSync(desktopDir, laptopDir, { recursive: true });
    expect(deviceIdIn(laptopDir)).toBe(desktopId);

    const copy = await openTestCore({ dataDir: laptopDir, secrets: laptopSecrets });
    const notice = (await ok<Info>(copy, 'app.info', {})).notices.find((n) => n.code === 'sync-device-copied');
    expect(notice?.message).toMatch(/copied from another computer or restored from a backup/);
    expect(notice?.message).toMatch(/Settings → Sync/);
    expect(deviceIdIn(laptopDir)).not.toBe(desktopId);
    const view = await ok<SyncView>(copy, 'sync.status', {});
    expect(view.connection).toMatchObject({ deviceName: 'Desktop', passwordKept: true });

    // The copy's own actions reach the server under its new id, never the desktop's.
    const globex = await ok<Application>(copy, 'applications.create', { company: 'Globex', role: 'Engineer', stageId: 'applied' });
    const database = view.connection!.database;
    const auth = `Basic ${Buffer.from(`admin:${server.admin.password}`).toString('base64')}`;
    const docOnServer = async () => {
      const res = await fetch(`${server.url}${database}/application:${globex.id}`, { headers: { authorization: auth } });
      return res.ok ? ((await res.json()) as { by: { dev: string } }) : null;
    };
    await eventually(async () => (await docOnServer()) !== null, 'the copy’s record to reach the server');
    expect((await docOnServer())!.by.dev).toBe(deviceIdIn(laptopDir));

    // Opened again on the same computer, the copy is this computer's own: no new id, no notice.
    await copy.close();
    const again = await openTestCore({ dataDir: laptopDir, secrets: laptopSecrets });
    expect((await ok<Info>(again, 'app.info', {})).notices.some((n) => n.code === 'sync-device-copied')).toBe(false);
    await again.close();

    // The original on the desktop keeps its id, without a notice.
    const original = await openTestCore({ dataDir: desktopDir, secrets: desktopSecrets });
    expect((await ok<Info>(original, 'app.info', {})).notices.some((n) => n.code === 'sync-device-copied')).toBe(false);
    expect(deviceIdIn(desktopDir)).toBe(desktopId);
    await original.close();
  }, 60_000);

  it('a computer that synced before the id was bound keeps its id (its keychain holds the password)', async () => {
    const dir = tempDir();
    const secrets = keptSecrets();
    const first = await openTestCore({ dataDir: dir, secrets });
    await ok(first, 'sync.setUp', { serverUrl: server.url, adminUser: 'admin', adminPassword: server.admin.password, ownNetwork: true, deviceName: 'Desktop', encryptionPassphrase: null });
    await first.close();
    const id = deviceIdIn(dir);
    // As an older version left it: the password kept, no binding of the device id.
    for (const key of secrets.keys('sync.')) if (key !== 'sync.password') secrets.delete(key);
    const upgraded = await openTestCore({ dataDir: dir, secrets });
    expect((await ok<Info>(upgraded, 'app.info', {})).notices.some((n) => n.code === 'sync-device-copied')).toBe(false);
    expect(deviceIdIn(dir)).toBe(id);
    await upgraded.close();
  }, 60_000);

  it('changes made while sync cannot start (no password kept) are recorded under this computer’s own id and name', async () => {
    const dir = tempDir();
    const secrets = keptSecrets();
    const first = await openTestCore({ dataDir: dir, secrets });
    await ok(first, 'sync.setUp', { serverUrl: server.url, adminUser: 'admin', adminPassword: server.admin.password, ownNetwork: true, deviceName: 'Desktop', encryptionPassphrase: null });
    await first.close();
    secrets.delete('sync.password');
    const offline = await openTestCore({ dataDir: dir, secrets });
    await ok<Application>(offline, 'applications.create', { company: 'Made offline', role: 'Engineer', stageId: 'applied' });
    await offline.sync.idle();
    await offline.close();
    const replica = new PouchDB(join(dir, SYNC_DIR, 'records'));
    try {
      const actions = await replica.allDocs({ startkey: 'action:', endkey: 'action:\ufff0', include_docs: true });
      const made = actions.rows.map((r) => r.doc!).filter((d) => String(d['summary']).includes('Made offline'));
      expect(made).toHaveLength(1);
      expect(made[0]).toMatchObject({ dev: deviceIdIn(dir), name: 'Desktop' });
    } finally {
      await replica.close();
    }
  }, 60_000);
});
