import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { app } from 'electron';
import { applyLaunchAtLogin, autostartDir } from './launch-at-login';

/**
 * `applyLaunchAtLogin` with the real app and file system: call it when the `launchAtLogin`
 * setting changes (start-app.ts does, after every data change).
 */
export function applyLaunchAtLoginForApp(enabled: boolean): Promise<void> {
  return applyLaunchAtLogin(enabled, {
    platform: process.platform,
    setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
    autostartDir: autostartDir(process.env, homedir()),
    env: process.env,
    execPath: process.execPath,
    fs: { mkdir, writeFile: writeWhole, rm },
  });
}

/**
 * The entry appears whole or not at all: written beside, then renamed into place (a session that
 * reads the folder mid-write would otherwise see an empty entry).
 */
async function writeWhole(path: string, data: string, options: { mode: number }): Promise<void> {
  const temp = `${path}.${process.pid}.partial`;
  await writeFile(temp, data, options);
  await rename(temp, path);
}
