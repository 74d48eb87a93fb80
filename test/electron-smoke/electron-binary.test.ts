import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBuiltApp, findElectronBinary } from '../../scripts/electron-binary';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearback-bin-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('findElectronBinary (why the smoke test skips)', () => {
  it('explains a missing path.txt (binary download skipped)', () => {
    expect(findElectronBinary(fresh(), {})).toEqual({ reason: expect.stringContaining('path.txt is missing') });
  });

  it('explains a path.txt whose executable is gone', () => {
    const root = fresh();
    mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect(findElectronBinary(root, {})).toEqual({ reason: expect.stringContaining('is missing') });
  });

  it('finds the executable in dist, or under ELECTRON_OVERRIDE_DIST_PATH', () => {
    const root = fresh();
    mkdirSync(join(root, 'node_modules', 'electron', 'dist'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    writeFileSync(join(root, 'node_modules', 'electron', 'dist', 'electron'), '');
    expect(findElectronBinary(root, {})).toEqual({ path: join(root, 'node_modules', 'electron', 'dist', 'electron') });
    const override = fresh();
    writeFileSync(join(override, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({ path: join(override, 'electron') });
  });

  it('explains a missing build', () => {
    expect(findBuiltApp(fresh())).toEqual({ reason: expect.stringContaining('not built') });
  });
});

describe('npm start without the Electron binary', () => {
  it('ends with one plain explanation pointing at npm run web, not a download attempt and a stack trace', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts', 'preview'], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(fresh(), 'no-electron-here') },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/can't start: .*npx install-electron.*`npm run web` runs Hearback in your browser\.$/);
    expect(result.stdout + result.stderr).not.toMatch(/Downloading|\bat .*\(|Error:/);
  });
});
