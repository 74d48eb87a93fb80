import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_HEIGHT, MIN_WIDTH, restoreWindowState, windowStateToSave } from '../../../../electron/main/window/window-state';
import { WindowStateFile } from '../../../../electron/main/window/window-state-file';
import { nodeStoreFs } from '../../../../electron/core/store/store-fs';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('restoreWindowState', () => {
  it.each([undefined, null, 'garbage', { width: 'wide' }, { width: -5, height: 10 }, [1, 2]])('uses the default size for %j', (raw) => {
    const state = restoreWindowState(raw, [laptop]);
    expect(state.x).toBeUndefined();
    expect(state.width).toBeGreaterThanOrEqual(MIN_WIDTH);
    expect(state.width).toBeLessThanOrEqual(laptop.width);
  });

  it('keeps a position that is on a connected display', () => {
    expect(restoreWindowState({ x: 1600, y: 100, width: 1200, height: 800, maximized: true }, [laptop, external])).toEqual({
      x: 1600,
      y: 100,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('drops the position of a window left on an unplugged monitor, so it is centred', () => {
    const state = restoreWindowState({ x: 1600, y: 100, width: 1200, height: 800 }, [laptop]);
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
  });

  it('drops a position with the title bar above the screen', () => {
    expect(restoreWindowState({ x: 10, y: -400, width: 1000, height: 800 }, [laptop]).y).toBeUndefined();
  });

  it('shrinks a window larger than every display and grows one below the minimum', () => {
    expect(restoreWindowState({ width: 5000, height: 5000 }, [laptop])).toMatchObject({ width: 1440, height: 875 });
    expect(restoreWindowState({ width: 10, height: 10 }, [laptop])).toMatchObject({ width: MIN_WIDTH, height: MIN_HEIGHT });
  });

  it('round-trips what it saves', () => {
    const saved = windowStateToSave({ x: 10.4, y: 20.6, width: 1000, height: 700 }, false);
    expect(restoreWindowState(JSON.parse(JSON.stringify(saved)), [laptop])).toEqual({ x: 10, y: 21, width: 1000, height: 700, maximized: false });
  });
});

describe('window state file (conf, written durably)', () => {
  const log = { warn: () => {} };

  it('reads a missing file as undefined, and a damaged one as undefined after keeping it aside', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearback-window-'));
    expect(new WindowStateFile(dir, log).read()).toBeUndefined();
    writeFileSync(join(dir, 'window-state.json'), '{not json');
    const warned: string[] = [];
    expect(new WindowStateFile(dir, { warn: (m) => warned.push(m) }).read()).toBeUndefined();
    expect(readdirSync(dir).some((f) => f.startsWith('window-state.damaged-'))).toBe(true);
    expect(warned).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a file written before conf, and writes whole (0600, no temp left), swallowing failures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearback-window-'));
    const path = join(dir, 'window-state.json');
    writeFileSync(path, JSON.stringify({ x: 10, y: 20, width: 1000, height: 700, maximized: true }));
    expect(new WindowStateFile(dir, log).read()).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    const file = new WindowStateFile(dir, log);
    file.write({ width: 900, height: 600, maximized: false });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ width: 900, height: 600, maximized: false });
    expect(new WindowStateFile(dir, log).read()).toEqual({ width: 900, height: 600, maximized: false });
    expect(readdirSync(dir)).toEqual(['window-state.json']);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    const refusing = new WindowStateFile(dir, log, {
      fs: {
        ...nodeStoreFs,
        openSync: (p, flags, mode) =>
          flags === 'r'
            ? nodeStoreFs.openSync(p, flags, mode)
            : (() => {
                throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
              })(),
      },
    });
    expect(() => refusing.write({ width: 800, height: 600, maximized: false })).not.toThrow();
    expect(new WindowStateFile(dir, log).read()).toEqual({ width: 900, height: 600, maximized: false });
    rmSync(dir, { recursive: true, force: true });
  });
});
