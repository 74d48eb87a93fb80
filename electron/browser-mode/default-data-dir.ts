import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Hearback';

/**
 * The folder Electron's `app.getPath('userData')` gives Hearback on each platform, so browser
 * mode opens the same data as the desktop app by default.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), PRODUCT_NAME);
}
