import { describe, expect, it, vi } from 'vitest';
import { AUTOSTART_FILE_NAME, autostartDesktopEntry, launchCommand, quoteExecArg, startedHidden } from '../../../../electron/main/platform/autostart-entry';
import { applyLaunchAtLogin, autostartDir, type LaunchAtLoginDeps } from '../../../../electron/main/platform/launch-at-login';
import { createLaunchAtLoginSync } from '../../../../electron/main/platform/launch-at-login-sync';

function deps(platform: NodeJS.Platform, env: NodeJS.ProcessEnv = {}) {
  const fs = { mkdir: vi.fn(async () => undefined), writeFile: vi.fn(async () => undefined), rm: vi.fn(async () => undefined) };
  const d: LaunchAtLoginDeps = { platform, setLoginItemSettings: vi.fn(), autostartDir: '/home/u/.config/autostart', env, execPath: '/opt/Hearback/hearback', fs };
  return { d, fs };
}

describe('autostartDesktopEntry', () => {
  it('writes a valid XDG entry starting Hearback hidden', () => {
    const text = autostartDesktopEntry('/opt/Hearback/hearback');
    expect(text.split('\n')[0]).toBe('[Desktop Entry]');
    expect(text).toContain('Type=Application\n');
    expect(text).toContain('Exec=/opt/Hearback/hearback --hidden\n');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('quotes and escapes paths with reserved characters', () => {
    expect(quoteExecArg('/home/a b/Hearback.AppImage')).toBe('"/home/a b/Hearback.AppImage"');
    expect(quoteExecArg('/tmp/$x"`\\y')).toBe('"/tmp/\\$x\\"\\`\\\\y"');
    expect(quoteExecArg('/tmp/100%')).toBe('/tmp/100%%');
  });

  it('refuses a path with a line break rather than inject keys', () => {
    expect(() => autostartDesktopEntry('/tmp/x\nExec=evil')).toThrow();
  });

  it('starts the AppImage file, not its temporary mount', () => {
    expect(launchCommand({ APPIMAGE: '/home/u/Hearback.AppImage' }, '/tmp/.mount_x/hearback')).toBe('/home/u/Hearback.AppImage');
    expect(launchCommand({}, '/usr/bin/hearback')).toBe('/usr/bin/hearback');
  });

  it('knows when it was started hidden', () => {
    expect(startedHidden(['hearback', '--hidden'], false)).toBe(true);
    expect(startedHidden(['hearback'], true)).toBe(true);
    expect(startedHidden(['hearback'], false)).toBe(false);
  });
});

describe('autostartDir', () => {
  it('follows XDG_CONFIG_HOME when absolute, else ~/.config', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/x/cfg' }, '/home/u')).toBe('/x/cfg/autostart');
    expect(autostartDir({ XDG_CONFIG_HOME: 'relative' }, '/home/u')).toBe('/home/u/.config/autostart');
    expect(autostartDir({}, '/home/u')).toBe('/home/u/.config/autostart');
  });
});

describe('applyLaunchAtLogin', () => {
  it('uses login items on macOS and Windows, touching no files', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { d, fs } = deps(platform);
      await applyLaunchAtLogin(true, d);
      expect(d.setLoginItemSettings).toHaveBeenCalledWith(expect.objectContaining({ openAtLogin: true }));
      expect(fs.writeFile).not.toHaveBeenCalled();
    }
  });

  it('writes the autostart file on Linux when enabled and removes it when disabled', async () => {
    const { d, fs } = deps('linux', { APPIMAGE: '/home/u/Hearback.AppImage' });
    await applyLaunchAtLogin(true, d);
    expect(fs.mkdir).toHaveBeenCalledWith('/home/u/.config/autostart', { recursive: true });
    expect(fs.writeFile).toHaveBeenCalledWith(`/home/u/.config/autostart/${AUTOSTART_FILE_NAME}`, expect.stringContaining('Exec=/home/u/Hearback.AppImage --hidden'), { mode: 0o644 });
    await applyLaunchAtLogin(false, d);
    expect(fs.rm).toHaveBeenCalledWith(`/home/u/.config/autostart/${AUTOSTART_FILE_NAME}`, { force: true });
    expect(d.setLoginItemSettings).not.toHaveBeenCalled();
  });
});

describe('createLaunchAtLoginSync', () => {
  it('applies only real changes, and retries after a failure', async () => {
    const apply = vi.fn(async () => undefined);
    const sync = createLaunchAtLoginSync(apply, { warn: vi.fn() });
    sync(false);
    sync(false);
    sync(true);
    expect(apply.mock.calls).toEqual([[false], [true]]);
    apply.mockRejectedValueOnce(new Error('EACCES'));
    sync(false);
    await new Promise((r) => setTimeout(r, 0));
    sync(false);
    expect(apply).toHaveBeenCalledTimes(4);
  });
});
