import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSyncFile } from '../../../../electron/core/sync/setup/sync-file';
import { tempDir } from '../../../support/core';

const connection = {
  serverUrl: 'http://nas.local:5984/',
  database: 'hearback-alex-1',
  username: 'hearback-1',
  reach: 'own-network',
  deviceId: 'd-1',
  deviceName: 'Desktop',
  reminderComputer: true,
  encryptionSalt: null,
  setUpAt: '2026-12-01T10:00:00.000Z',
};

describe('sync.json, this computer’s sync connection', () => {
  it('reads a file written before `pendingSeed` existed, and keeps its connection', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'sync.json'), JSON.stringify({ version: 1, connection }));
    const file = openSyncFile(dir);
    expect(file.problem).toBeNull();
    expect(file.value).toEqual({ version: 1, connection, pendingSeed: null });
  });

  it('keeps a damaged file aside, says so, and starts unconfigured', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'sync.json'), '{"version":1,"connection":{"serverUrl":');
    const file = openSyncFile(dir);
    expect(file.value.connection).toBeNull();
    expect(file.problem).toMatch(/could not be read/);
    expect(readdirSync(dir).some((f) => f.startsWith('sync.damaged-'))).toBe(true);
  });

  it('refuses to save a connection that does not fit, writing nothing', () => {
    const dir = tempDir();
    const file = openSyncFile(dir);
    expect(() => file.save({ version: 1, connection: { ...connection, reach: 'anywhere' } as never, pendingSeed: null })).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a damaged sync.json at core start', () => {
  it('is told as a notice with what to do', async () => {
    const { ok, openTestCore } = await import('../../../support/core');
    const dir = tempDir();
    writeFileSync(join(dir, 'sync.json'), 'not json');
    const core = await openTestCore({ dataDir: dir });
    const info = await ok<{ notices: { code: string; message: string }[] }>(core, 'app.info', {});
    expect(info.notices.find((n) => n.code === 'sync-file-damaged')?.message).toMatch(/Settings → Sync/);
    await core.close();
  });
});
