import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LocalStateFile, LOCAL_STATE_FORMAT, PINNED_CONF_VERSION } from '../../../../electron/core/data-folder/local-state';
import { nodeStoreFs, type StoreFs } from '../../../../electron/core/store/store-fs';
import { tempDir } from '../../../support/core';

const PrefsSchema = z.object({ version: z.literal(1), sources: z.array(z.object({ id: z.string(), name: z.string() }).strict()) }).strict();
const empty = () => ({ version: 1 as const, sources: [] });
const open = (dir: string, fs?: StoreFs) => new LocalStateFile({ dir, name: 'prefs', schema: PrefsSchema, empty, ...(fs ? { fs } : {}), now: () => new Date('2026-03-02T09:00:00.000Z') });
const onDisk = (dir: string) => JSON.parse(readFileSync(join(dir, 'prefs.json'), 'utf8')) as Record<string, unknown>;

/** A port that counts durable renames (each whole-file write ends in one) and can lose bytes. */
function countingFs(lossy = false) {
  const calls: string[] = [];
  const fs: StoreFs = {
    ...nodeStoreFs,
    renameSync: (from, to) => (calls.push(to), nodeStoreFs.renameSync(from, to)),
    writeSync: (fd, buffer, offset, length) => (lossy ? (nodeStoreFs.writeSync(fd, buffer, offset, Math.max(0, length - 1)), length) : nodeStoreFs.writeSync(fd, buffer, offset, length)),
  };
  return { fs, calls };
}

describe('this computer’s state: conf, written through the durable writer', () => {
  it(`guards the override: conf is pinned at ${PINNED_CONF_VERSION} and still has the two calls replaced`, () => {
    // A dependency, not a dev one: the core opens conf at run time (browser mode, and beneath electron-store).
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['conf']).toBe(PINNED_CONF_VERSION);
    const installed = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../node_modules/conf/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(PINNED_CONF_VERSION);
    const proto = Conf.prototype as unknown as Record<string, unknown>;
    expect(typeof proto['_write']).toBe('function');
    expect(typeof proto['_ensureDirectory']).toBe('function');
  });

  it('every save goes through writeFileDurable; a disk that loses bytes is refused and the old file stays whole', () => {
    const dir = tempDir();
    const counting = countingFs();
    const state = open(dir, counting.fs);
    state.save({ version: 1, sources: [{ id: 's1', name: 'Work calendar' }] });
    expect(counting.calls.filter((to) => to === join(dir, 'prefs.json')).length).toBeGreaterThanOrEqual(1);
    const before = readFileSync(join(dir, 'prefs.json'), 'utf8');
    const lossy = open(dir, countingFs(true).fs);
    expect(() => lossy.save({ version: 1, sources: [] })).toThrow(/disk reported an error/);
    expect(readFileSync(join(dir, 'prefs.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['prefs.json']);
  });

  it('a file from before (plain JSON) is read as it is and gets conf’s migration note', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'prefs.json'), JSON.stringify({ version: 1, sources: [{ id: 'old', name: 'From before' }] }));
    const state = open(dir);
    expect(state.problem).toBeNull();
    expect(state.value.sources).toEqual([{ id: 'old', name: 'From before' }]);
    expect(onDisk(dir)).toMatchObject({ __internal__: { migrations: { version: LOCAL_STATE_FORMAT } }, sources: [{ id: 'old', name: 'From before' }] });
    state.save({ version: 1, sources: [] });
    expect(open(dir).value.sources).toEqual([]);
  });

  it('a file of an older format is migrated before it is checked, not set aside for its old shape', () => {
    const dir = tempDir();
    // The old format named the list `feeds`; a migration to the current format renames it.
    const old = { __internal__: { migrations: { version: '0.9.0' } }, version: 1, feeds: [{ id: 'old', name: 'From before' }] };
    writeFileSync(join(dir, 'prefs.json'), JSON.stringify(old));
    const migrations = {
      [LOCAL_STATE_FORMAT]: (store: { get(key: string): unknown; set(key: string, value: unknown): void; delete(key: string): void }) => {
        store.set('sources', store.get('feeds'));
        store.delete('feeds');
      },
    };
    const state = new LocalStateFile({ dir, name: 'prefs', schema: PrefsSchema, empty, migrations });
    expect(state.problem).toBeNull();
    expect(readdirSync(dir)).toEqual(['prefs.json']);
    expect(state.value.sources).toEqual([{ id: 'old', name: 'From before' }]);
  });

  it('an older file that its migration still leaves damaged is kept aside then, with a notice', () => {
    const dir = tempDir();
    const text = JSON.stringify({ __internal__: { migrations: { version: '0.9.0' } }, version: 1, sources: 'everything' });
    writeFileSync(join(dir, 'prefs.json'), text);
    const state = new LocalStateFile({ dir, name: 'prefs', schema: PrefsSchema, empty, migrations: { [LOCAL_STATE_FORMAT]: () => {} } });
    const aside = readdirSync(dir).find((f) => f.startsWith('prefs.damaged-'));
    expect(aside).toBeDefined();
    expect(state.problem).toContain(aside!);
    expect(state.value).toEqual(empty());
  });

  it.each([
    ['not JSON', '{"version":1,"sour'],
    ['not the schema', JSON.stringify({ version: 1, sources: 'everything' })],
  ])('a damaged file (%s) is kept aside with a notice, never reset silently', (_kind, text) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'prefs.json'), text);
    const state = open(dir);
    const aside = readdirSync(dir).find((f) => f.startsWith('prefs.damaged-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(text);
    expect(state.problem).toContain(aside!);
    expect(state.value).toEqual(empty());
    state.save({ version: 1, sources: [{ id: 'new', name: 'Again' }] });
    expect(open(dir).value.sources).toEqual([{ id: 'new', name: 'Again' }]);
  });

  it('a value the schema refuses is not written', () => {
    const dir = tempDir();
    const state = open(dir);
    state.save({ version: 1, sources: [{ id: 'a', name: 'A' }] });
    expect(() => state.save({ version: 1, sources: [{ id: 'a' }] } as never)).toThrow();
    expect(open(dir).value.sources).toEqual([{ id: 'a', name: 'A' }]);
  });
});
