import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportMarker } from '../../../../electron/core/store/import-marker';
import { tempDir } from '../../../support/core';
import { openStore } from '../../../support/store';

/** The table in import-marker.ts: the marker may only name the import's own folders. */

describe('import marker: names only the import’s own folders', () => {
  const dataDir = '/home/ada/.config/Hearback/data';

  it.each([
    ['relative names (this version)', { staging: '.import-staging-2026-03-02T09-00-00-000Z', previous: 'backups/before-import-2026-03-02T09-00-00-000Z' }],
    ['absolute paths inside the folder (older versions)', { staging: `${dataDir}/.import-staging-x1`, previous: `${dataDir}/backups/before-import-x1` }],
  ])('accepts %s', (_label, marker) => {
    const target = readImportMarker(dataDir, JSON.stringify(marker));
    expect(target).toEqual({ staging: expect.stringMatching(/^\/home\/ada\/\.config\/Hearback\/data\/\.import-staging-/), previous: expect.stringMatching(/\/data\/backups\/before-import-/) });
  });

  it.each([
    ['not JSON', '{"staging":'],
    ['a missing field', JSON.stringify({ staging: '.import-staging-1' })],
    ['staging outside the folder', JSON.stringify({ staging: '/home/ada/Documents', previous: 'backups/before-import-1' })],
    ['staging climbing out', JSON.stringify({ staging: '../.import-staging-1', previous: 'backups/before-import-1' })],
    ['staging without the prefix', JSON.stringify({ staging: 'history', previous: 'backups/before-import-1' })],
    ['staging nested deeper', JSON.stringify({ staging: 'backups/.import-staging-1', previous: 'backups/before-import-1' })],
    ['staging with odd characters', JSON.stringify({ staging: '.import-staging-../../x', previous: 'backups/before-import-1' })],
    ['previous outside backups', JSON.stringify({ staging: '.import-staging-1', previous: '/etc' })],
    ['previous without the prefix', JSON.stringify({ staging: '.import-staging-1', previous: 'backups/hearback-1' })],
  ])('refuses %s', (_label, text) => {
    expect(readImportMarker(dataDir, text)).toHaveProperty('problem');
  });

  it('a hand-written marker naming another folder: that folder is untouched, the marker kept aside, the user told', () => {
    const dir = tempDir();
    const precious = tempDir('hearback-precious-');
    writeFileSync(join(precious, 'thesis.txt'), 'years of work');
    mkdirSync(join(dir, 'history'));
    writeFileSync(join(dir, 'import-pending.json'), JSON.stringify({ staging: precious, previous: join(dir, 'backups', 'before-import-x') }));
    const store = openStore(dir);
    expect(readdirSync(precious)).toEqual(['thesis.txt']);
    expect(existsSync(join(dir, 'import-pending.json'))).toBe(false);
    expect(readdirSync(dir).some((name) => name.startsWith('import-pending.ignored-'))).toBe(true);
    expect(store.notices.map((n) => n.code)).toContain('import-marker-ignored');
    expect(store.notices.find((n) => n.code === 'import-marker-ignored')?.message).toContain(precious);
    store.close();
  });
});
