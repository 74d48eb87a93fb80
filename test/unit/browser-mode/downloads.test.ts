import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DownloadRegistry, EXPORTS_FOLDER } from '../../../electron/browser-mode/downloads';
import { tempDir } from '../../support/core';

const TEN_MINUTES = 10 * 60 * 1000;

function age(path: string, ms: number): void {
  const at = new Date(Date.now() - ms);
  utimesSync(path, at, at);
}

describe('browser mode exports: kept in the data folder, leftovers removed at start', () => {
  it('writes exports inside the data folder, private, and removes them at exit', async () => {
    const dataDir = tempDir();
    const registry = new DownloadRegistry(dataDir);
    const saved = await registry.target.save({ fileName: 'hearback-backup.json', contentType: 'application/json', write: (sink) => new Promise((resolve) => sink.write('{}', () => resolve(2))) });
    expect(saved.kind).toBe('download');
    const [file] = readdirSync(join(dataDir, EXPORTS_FOLDER));
    if (process.platform !== 'win32') expect(statSync(join(dataDir, EXPORTS_FOLDER, file!)).mode & 0o777).toBe(0o600);
    registry.dispose();
    expect(existsSync(join(dataDir, EXPORTS_FOLDER))).toBe(false);
  });

  it('at start removes a killed run’s exports folder and older versions’ abandoned temp folders, not a recent one', () => {
    const dataDir = tempDir();
    const tmp = tempDir('hearback-tmp-root-');
    mkdirSync(join(dataDir, EXPORTS_FOLDER));
    writeFileSync(join(dataDir, EXPORTS_FOLDER, 'abc'), 'a 10 MB backup, once');
    const abandoned = join(tmp, 'hearback-exports-AAAAAA');
    mkdirSync(abandoned);
    writeFileSync(join(abandoned, 'old'), 'x');
    age(join(abandoned, 'old'), TEN_MINUTES + 60_000);
    age(abandoned, TEN_MINUTES + 60_000);
    const recent = join(tmp, 'hearback-exports-BBBBBB');
    mkdirSync(recent);
    const unrelated = join(tmp, 'other-exports-CCCCCC');
    mkdirSync(unrelated);
    age(unrelated, TEN_MINUTES * 10);
    expect(new DownloadRegistry(dataDir).removeLeftovers(tmp)).toBe(2);
    expect(existsSync(join(dataDir, EXPORTS_FOLDER))).toBe(false);
    expect(readdirSync(tmp).sort()).toEqual(['hearback-exports-BBBBBB', 'other-exports-CCCCCC']);
  });
});
