import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { LocalStateFile, LOCAL_STATE_FORMAT } from '../../../../electron/core/data-folder/local-state';
import { durableEngine, PINNED_CONF_VERSION, PINNED_ELECTRON_STORE_VERSION, type DurableLocalStateEngine } from '../../../../electron/core/data-folder/local-state-engine';
import { emptyCalendarFile, openCalendarFile } from '../../../../electron/core/calendar/calendar-file';
import { emptyMailFile, openMailFile } from '../../../../electron/core/mail/mail-file';
import { nodeStoreFs, type StoreFs } from '../../../../electron/core/store/store-fs';
import { WindowStateFile } from '../../../../electron/main/window/window-state-file';
import { tempDir } from '../../../support/core';

/**
 * The desktop app's engine for this computer's state — electron-store made durable — under plain
 * Node: `electron` is replaced by a small stand-in (electron-store reads `app` and `ipcMain` from
 * it), never loaded for real. electron-store is inlined by the Vitest config so this mock reaches it.
 */
const electron = vi.hoisted(() => ({
  userData: '',
  listeners: [] as string[],
}));
vi.mock('electron', () => {
  const app = { getPath: (name: string) => (name === 'userData' ? electron.userData : `/nonexistent/${name}`), getVersion: () => '9.9.9' };
  const ipcMain = { on: (channel: string) => void electron.listeners.push(channel) };
  return { default: { app, ipcMain, shell: {} }, app, ipcMain, shell: {} };
});

const { default: ElectronStore } = await import('electron-store');
const { DesktopLocalState } = await import('../../../../electron/main/desktop-local-state');

const PrefsSchema = z.object({ version: z.literal(1), sources: z.array(z.object({ id: z.string(), name: z.string() }).strict()) }).strict();
const empty = () => ({ version: 1 as const, sources: [] });
const at = new Date('2026-03-02T09:00:00.000Z');
const open = (dir: string, engine: DurableLocalStateEngine = DesktopLocalState, migrations?: Record<string, (store: { get(key: string): unknown; set(key: string, value: unknown): void }) => void>) =>
  new LocalStateFile({ dir, name: 'prefs', schema: PrefsSchema, empty, engine, now: () => at, ...(migrations ? { migrations } : {}) });
const onDisk = (dir: string, name = 'prefs') => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>;

/** A port that records the durable writer's steps and can lose a byte of every write. */
function recordingFs(lossy = false) {
  const steps: string[] = [];
  const fs: StoreFs = {
    ...nodeStoreFs,
    fsyncSync: (fd) => (steps.push('fsync'), nodeStoreFs.fsyncSync(fd)),
    renameSync: (from, to) => (steps.push(`rename → ${to}`), nodeStoreFs.renameSync(from, to)),
    writeSync: (fd, buffer, offset, length) => (lossy ? (nodeStoreFs.writeSync(fd, buffer, offset, Math.max(0, length - 1)), length) : nodeStoreFs.writeSync(fd, buffer, offset, length)),
  };
  return { fs, steps };
}

const userData = () => {
  electron.userData = tempDir('hearback-userdata-');
  return electron.userData;
};

beforeEach(() => {
  userData();
});

describe('electron-store for this computer’s state, written through the durable writer', () => {
  it(`guards the override: electron-store ${PINNED_ELECTRON_STORE_VERSION} on conf ${PINNED_CONF_VERSION}, adding no file call of its own`, () => {
    const root = join(import.meta.dirname, '../../../..');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['electron-store']).toBe(PINNED_ELECTRON_STORE_VERSION);
    expect(pkg.dependencies['conf']).toBe(PINNED_CONF_VERSION);
    const installed = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    expect(installed('electron-store')).toBe(PINNED_ELECTRON_STORE_VERSION);
    expect(installed('conf')).toBe(PINNED_CONF_VERSION);
    // electron-store extends the very conf the core uses, and inherits its two file calls.
    expect(Object.getPrototypeOf(ElectronStore)).toBe(Conf);
    const own = Object.getOwnPropertyNames(ElectronStore.prototype);
    expect(own).not.toContain('_write');
    expect(own).not.toContain('_ensureDirectory');
    const confProto = Conf.prototype as unknown as Record<string, unknown>;
    expect(typeof confProto['_write']).toBe('function');
    expect(typeof confProto['_ensureDirectory']).toBe('function');
    // The desktop engine is electron-store with both replaced.
    expect(Object.getPrototypeOf(DesktopLocalState)).toBe(ElectronStore);
    const desktopProto = DesktopLocalState.prototype as unknown as Record<string, unknown>;
    expect(desktopProto['_write']).not.toBe(confProto['_write']);
    expect(desktopProto['_ensureDirectory']).not.toBe(confProto['_ensureDirectory']);
  });

  it('a save is an electron-store write through writeFileDurable: temp file, fsync, rename, folder fsync; in the folder given, not userData', () => {
    const dir = join(tempDir(), 'data');
    const recording = recordingFs();
    const state = open(dir, durableEngine(ElectronStore as unknown as typeof Conf, recording.fs));
    state.save({ version: 1, sources: [{ id: 's1', name: 'Work calendar' }] });
    const renamed = recording.steps.lastIndexOf(`rename → ${join(dir, 'prefs.json')}`);
    expect(renamed).toBeGreaterThan(0);
    expect(recording.steps.slice(0, renamed)).toContain('fsync'); // the data, before it is renamed in
    expect(recording.steps.slice(renamed + 1)).toContain('fsync'); // the folder, after
    expect(onDisk(dir)).toMatchObject({ version: 1, sources: [{ id: 's1', name: 'Work calendar' }] });
    expect(readdirSync(electron.userData)).toEqual([]);
    expect(electron.listeners).toContain('electron-store-get-data');
  });

  it('a disk that loses bytes is refused with the user’s sentence; the previous file stays whole', () => {
    const dir = tempDir();
    const state = open(dir);
    state.save({ version: 1, sources: [{ id: 's1', name: 'Work calendar' }] });
    const before = readFileSync(join(dir, 'prefs.json'), 'utf8');
    const lossy = open(dir, durableEngine(ElectronStore as unknown as typeof Conf, recordingFs(true).fs));
    expect(() => lossy.save({ version: 1, sources: [] })).toThrow(/disk reported an error/);
    expect(readFileSync(join(dir, 'prefs.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['prefs.json']);
    expect(open(dir).value.sources).toEqual([{ id: 's1', name: 'Work calendar' }]);
  });

  it('refuses an engine that was not made durable (a plain electron-store cast past the types)', () => {
    expect(() => open(tempDir(), ElectronStore as unknown as DurableLocalStateEngine)).toThrow(/durableEngine/);
  });

  it.each([
    ['not JSON', '{"version":1,"sour'],
    ['not the schema', JSON.stringify({ version: 1, sources: 'everything' })],
    ['refused by the JSON schema only', JSON.stringify({ version: 1, sources: [{ id: 7, name: 'x' }] })],
  ])('a damaged file (%s) is kept aside with a notice, never reset silently', (_kind, text) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'prefs.json'), text);
    const state = open(dir);
    const aside = readdirSync(dir).find((f) => f.startsWith('prefs.damaged-'));
    expect(aside).toBe('prefs.damaged-2026-03-02T09-00-00-000Z.json');
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(text);
    expect(state.problem).toContain(aside!);
    expect(state.value).toEqual(empty());
    state.save({ version: 1, sources: [{ id: 'new', name: 'Again' }] });
    expect(open(dir).value.sources).toEqual([{ id: 'new', name: 'Again' }]);
  });

  it('migrations run once, up to the current format, and the format is noted in the file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'prefs.json'), JSON.stringify({ version: 1, sources: [{ id: 'old', name: 'work calendar' }] }));
    let runs = 0;
    const capitalise = {
      [LOCAL_STATE_FORMAT]: (store: { get(key: string): unknown; set(key: string, value: unknown): void }) => {
        runs += 1;
        const sources = store.get('sources') as { id: string; name: string }[];
        store.set(
          'sources',
          sources.map((s) => ({ ...s, name: s.name[0]!.toUpperCase() + s.name.slice(1) })),
        );
      },
    };
    const state = open(dir, DesktopLocalState, capitalise);
    expect(state.problem).toBeNull();
    expect(state.value.sources).toEqual([{ id: 'old', name: 'Work calendar' }]);
    expect(onDisk(dir)).toMatchObject({ __internal__: { migrations: { version: LOCAL_STATE_FORMAT } } });
    expect(open(dir, DesktopLocalState, capitalise).value.sources).toEqual([{ id: 'old', name: 'Work calendar' }]);
    expect(runs).toBe(1);
  });

  it('mail.json, calendar.json and window-state.json from before (plain JSON) open unchanged under electron-store', () => {
    const dataDir = tempDir();
    const mail = { ...emptyMailFile(), cursors: { 'a1\nINBOX': { uidValidity: '7', uidNext: 43, highestModseq: null } } };
    const calendar = { ...emptyCalendarFile(), decisions: { 'uid-1@example.com': { kind: 'dismissed' as const } } };
    writeFileSync(join(dataDir, 'mail.json'), JSON.stringify(mail));
    writeFileSync(join(dataDir, 'calendar.json'), JSON.stringify(calendar));
    writeFileSync(join(electron.userData, 'window-state.json'), JSON.stringify({ x: 10, y: 20, width: 1000, height: 700, maximized: true }));
    const mailFile = openMailFile(dataDir, DesktopLocalState);
    const calendarFile = openCalendarFile(dataDir, DesktopLocalState);
    const warned: string[] = [];
    const windowState = new WindowStateFile(electron.userData, { warn: (m) => warned.push(m) }, { engine: DesktopLocalState });
    expect([mailFile.problem, calendarFile.problem, warned]).toEqual([null, null, []]);
    expect(mailFile.value).toEqual(mail);
    expect(calendarFile.value).toEqual(calendar);
    expect(windowState.read()).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    for (const [dir, name] of [
      [dataDir, 'mail'],
      [dataDir, 'calendar'],
      [electron.userData, 'window-state'],
    ] as const) {
      expect(onDisk(dir, name)).toMatchObject({ __internal__: { migrations: { version: LOCAL_STATE_FORMAT } } });
    }
  });
});
