import { join } from 'node:path';
import { AUTOSTART_FILE_NAME, autostartDesktopEntry, launchCommand } from './autostart-entry';

export interface LaunchAtLoginDeps {
  platform: NodeJS.Platform;
  /** `app.setLoginItemSettings` (macOS, Windows). */
  setLoginItemSettings: (settings: { openAtLogin: boolean; openAsHidden?: boolean; args?: string[] }) => void;
  /** `~/.config/autostart` (or `$XDG_CONFIG_HOME/autostart`). */
  autostartDir: string;
  env: NodeJS.ProcessEnv;
  execPath: string;
  fs: {
    mkdir(path: string, options: { recursive: true }): Promise<unknown>;
    writeFile(path: string, data: string, options: { mode: number }): Promise<void>;
    rm(path: string, options: { force: true }): Promise<void>;
  };
}

/** The XDG autostart folder: `$XDG_CONFIG_HOME/autostart`, defaulting to `~/.config/autostart`. */
export function autostartDir(env: NodeJS.ProcessEnv, home: string): string {
  const configHome = env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(configHome, 'autostart');
}

/**
 * Turns "launch at login" on or off. macOS and Windows through Electron's login items; Linux,
 * which Electron does not cover, through an XDG autostart entry written or removed here.
 */
export async function applyLaunchAtLogin(enabled: boolean, deps: LaunchAtLoginDeps): Promise<void> {
  if (deps.platform === 'darwin' || deps.platform === 'win32') {
    deps.setLoginItemSettings(deps.platform === 'win32' ? { openAtLogin: enabled, args: ['--hidden'] } : { openAtLogin: enabled });
    return;
  }
  const file = join(deps.autostartDir, AUTOSTART_FILE_NAME);
  if (!enabled) {
    await deps.fs.rm(file, { force: true });
    return;
  }
  await deps.fs.mkdir(deps.autostartDir, { recursive: true });
  await deps.fs.writeFile(file, autostartDesktopEntry(launchCommand(deps.env, deps.execPath)), { mode: 0o644 });
}
