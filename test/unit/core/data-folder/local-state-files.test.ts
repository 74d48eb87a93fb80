import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../shared/contract';
import { LOCAL_STATE_FORMAT } from '../../../../electron/core/data-folder/local-state';
import { fakeClock, ok, openTestCore, tempDir } from '../../../support/core';

/**
 * mail.json and calendar.json through conf, in the running core: files written by earlier
 * versions (plain JSON) are read and migrated, damaged ones kept aside with a notice in the app.
 */

const NOW = '2026-03-20T09:00:00.000Z';
const onDisk = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;

describe('mail.json and calendar.json as this computer’s state', () => {
  it('files from before conf are kept, and carry conf’s migration note afterwards', async () => {
    const dataDir = tempDir();
    const source = { id: 'feed1', kind: 'feed', name: 'Work calendar', addedAt: '2026-03-01T09:00:00.000Z' };
    writeFileSync(join(dataDir, 'calendar.json'), JSON.stringify({ version: 1, sources: [source], decisions: {} }));
    writeFileSync(join(dataDir, 'mail.json'), JSON.stringify({ version: 1, accounts: [], cursors: {}, matches: [], threads: { 'thread@x': 'app1' } }));
    const core = await openTestCore({ clock: fakeClock(NOW), dataDir });
    expect((await ok<AppInfo>(core, 'app.info', {})).notices).toEqual([]);
    await core.close();
    for (const name of ['calendar.json', 'mail.json']) expect(onDisk(dataDir, name)).toMatchObject({ __internal__: { migrations: { version: LOCAL_STATE_FORMAT } } });
    expect(onDisk(dataDir, 'calendar.json')['sources']).toEqual([source]);
    expect(onDisk(dataDir, 'mail.json')['threads']).toEqual({ 'thread@x': 'app1' });
  });

  it('damaged files are kept aside, never reset silently, and the app says so', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'calendar.json'), '{"version":1,"sources":[{"id":');
    writeFileSync(join(dataDir, 'mail.json'), JSON.stringify({ version: 1, accounts: 'all of them' }));
    const core = await openTestCore({ clock: fakeClock(NOW), dataDir });
    const notices = (await ok<AppInfo>(core, 'app.info', {})).notices;
    await core.close();
    expect(notices.map((n) => n.code).sort()).toEqual(['calendar-file-damaged', 'mail-file-damaged']);
    const kept = readdirSync(dataDir)
      .filter((f) => f.includes('.damaged-'))
      .sort();
    expect(kept).toHaveLength(2);
    expect(readFileSync(join(dataDir, kept[0]!), 'utf8')).toBe('{"version":1,"sources":[{"id":');
    for (const file of kept) expect(notices.map((n) => n.message).join(' ')).toContain(file);
  });
});
