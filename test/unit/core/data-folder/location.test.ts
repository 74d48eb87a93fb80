import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirOf, defaultDataDir, findLegacyData, legacyDataMessage, moveLegacyData, userDataDir } from '../../../../electron/core/data-folder/location';
import { parseArgs } from '../../../../electron/browser-mode/args';
import { tempDir } from '../../../support/core';

/**
 * Electron's documented `userData`: "The directory for storing your app's configuration files,
 * which by default is the appData directory appended with your app's name", where appData is
 * `%APPDATA%` on Windows, `$XDG_CONFIG_HOME` or `~/.config` on Linux and
 * `~/Library/Application Support` on macOS.
 */
const electronUserData = {
  linux: (home: string, env: NodeJS.ProcessEnv) => posix.join(env['XDG_CONFIG_HOME'] || posix.join(home, '.config'), 'Hearback'),
  darwin: (home: string) => posix.join(home, 'Library', 'Application Support', 'Hearback'),
  win32: (_home: string, env: NodeJS.ProcessEnv) => win32.join(env['APPDATA'] ?? '', 'Hearback'),
};

describe('one data folder for both hosts', () => {
  const cases: [NodeJS.Platform, string, NodeJS.ProcessEnv][] = [
    ['linux', '/home/ana', {}],
    ['linux', '/home/ana', { XDG_CONFIG_HOME: '/home/ana/.cfg' }],
    ['darwin', '/Users/ana', {}],
    ['win32', 'C:\\Users\\ana', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }],
  ];
  it.each(cases)('on %s (home %s) browser mode opens the folder the desktop app opens', (platform, home, env) => {
    const desktop = dataDirOf(electronUserData[platform as keyof typeof electronUserData](home, env));
    const browser = defaultDataDir(platform, env, home);
    // Path separators differ by host OS running the test; compare the parts.
    expect(browser.split(/[\\/]/)).toEqual(desktop.split(/[\\/]/));
    expect(browser.split(/[\\/]/).slice(-2)).toEqual(['Hearback', 'data']);
  });

  it('browser mode uses the default folder unless given --data-dir', () => {
    expect(parseArgs([]).dataDir).toBeNull();
    expect(parseArgs(['--data-dir', '/tmp/x']).dataDir).toBe('/tmp/x');
    expect(() => parseArgs(['--data-dir', '/tmp/x', '--move-old-data'])).toThrow(/cannot be combined/);
    expect(userDataDir('linux', {}, '/h')).toBe(join('/h', '.config', 'Hearback'));
  });
});

describe('data an earlier browser mode left in userData', () => {
  function legacyUserData(): string {
    const userData = tempDir('hearback-userdata-');
    writeFileSync(join(userData, 'hearback.json'), '{"marker":1}');
    mkdirSync(join(userData, 'history'));
    writeFileSync(join(userData, 'history', '000001.jsonl'), 'line\n');
    writeFileSync(join(userData, 'window-state.json'), '{}');
    return userData;
  }

  it('is found, offered with both ways out, and left untouched until asked', () => {
    const userData = legacyUserData();
    const found = findLegacyData(userData);
    expect(found).toMatchObject({ kind: 'movable', entries: ['hearback.json', 'history'] });
    for (const host of ['browser', 'electron'] as const) {
      const message = legacyDataMessage(found, host) ?? '';
      expect(message).toContain(userData);
      expect(message).toContain('--move-old-data');
      expect(message).toContain('--data-dir');
    }
    expect(existsSync(join(userData, 'hearback.json'))).toBe(true);
  });

  it('moves into the data folder on request, and leaves the desktop files where they are', () => {
    const userData = legacyUserData();
    expect(moveLegacyData(userData)).toEqual({ moved: ['hearback.json', 'history'], to: dataDirOf(userData) });
    expect(readFileSync(join(dataDirOf(userData), 'hearback.json'), 'utf8')).toBe('{"marker":1}');
    expect(existsSync(join(dataDirOf(userData), 'history', '000001.jsonl'))).toBe(true);
    expect(existsSync(join(userData, 'window-state.json'))).toBe(true);
    expect(findLegacyData(userData)).toEqual({ kind: 'none' });
  });

  it('never overwrites a data folder that already holds a store', () => {
    const userData = legacyUserData();
    mkdirSync(dataDirOf(userData));
    writeFileSync(join(dataDirOf(userData), 'hearback.json'), '{"current":1}');
    expect(findLegacyData(userData).kind).toBe('both');
    expect(() => moveLegacyData(userData)).toThrow(/nothing was moved/);
    expect(readFileSync(join(dataDirOf(userData), 'hearback.json'), 'utf8')).toBe('{"current":1}');
    expect(readFileSync(join(userData, 'hearback.json'), 'utf8')).toBe('{"marker":1}');
  });

  it('says nothing when there is nothing', () => {
    const userData = tempDir('hearback-userdata-');
    expect(legacyDataMessage(findLegacyData(userData), 'browser')).toBeNull();
  });
});
