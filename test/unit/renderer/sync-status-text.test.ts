import { describe, expect, it } from 'vitest';
import type { SyncView } from '../../../shared/contract';
import { syncStatusLine } from '../../../renderer/src/sync/sync-status-text';

const connection: NonNullable<SyncView['connection']> = {
  serverUrl: 'http://nas.local:5984/',
  database: 'hearback-alex-1',
  username: 'hearback-1',
  ownNetwork: true,
  deviceName: 'Laptop',
  reminderComputer: false,
  reminderComputerName: null,
  encrypted: false,
  passwordKept: true,
};
const view = (status: Partial<SyncView['status']>, over: Partial<SyncView> = {}): SyncView => ({
  connection,
  engine: true,
  status: { state: 'synced', pending: 0, offlineSinceMs: null, reason: null, lastSyncedAtMs: null, ...status },
  ...over,
});
const at = (ms: number) => `T${ms}`;

describe('the sync status line', () => {
  it('says each state in plain words', () => {
    expect(syncStatusLine(view({}, { connection: null }), at)).toEqual({ text: 'Not syncing', tone: 'off' });
    expect(syncStatusLine(view({ lastSyncedAtMs: 5 }), at).text).toBe('Synced at T5');
    expect(syncStatusLine(view({ state: 'syncing', pending: 1 }), at).text).toBe('Syncing 1 change…');
    expect(syncStatusLine(view({ state: 'syncing', pending: 12 }), at).text).toBe('Syncing 12 changes…');
    expect(syncStatusLine(view({ state: 'offline', offlineSinceMs: 7 }), at)).toEqual({ text: 'Offline since T7 — changes wait on this computer', tone: 'warn' });
    expect(syncStatusLine(view({ state: 'off' }, { engine: false }), at).tone).toBe('warn');
    expect(syncStatusLine(view({ state: 'off' }, { connection: { ...connection, passwordKept: false } }), at).text).toMatch(/^Sync paused/);
  });

  it('gives every refusal its own reason, never a code', () => {
    const texts = (['auth', 'full', 'unreachable', 'not_found', 'address_refused', 'wrong_passphrase'] as const).map((reason) => syncStatusLine(view({ state: 'refused', reason }), at));
    expect(new Set(texts.map((t) => t.text)).size).toBe(6);
    for (const t of texts) {
      expect(t.tone).toBe('error');
      expect(t.text).toMatch(/^Sync stopped: /);
      expect(t.text).not.toMatch(/_/);
    }
    expect(texts[1]!.text).toContain('full');
  });
});
