/** Name of the XDG autostart file (~/.config/autostart/<name>). */
export const AUTOSTART_FILE_NAME = 'app.hearback.desktop.desktop';

/**
 * Quotes one Exec argument per the Desktop Entry spec ("Exec key"): arguments with reserved
 * characters go in double quotes, inside which `"`, `` ` ``, `$` and `\` are backslash-escaped;
 * a literal `%` is doubled (field codes).
 */
export function quoteExecArg(arg: string): string {
  const escapedPercent = arg.replace(/%/g, '%%');
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(escapedPercent)) return escapedPercent;
  return `"${escapedPercent.replace(/(["`$\\])/g, '\\$1')}"`;
}

/**
 * The program to start at login. Inside an AppImage, `process.execPath` points into a temporary
 * mount that vanishes on exit; the AppImage runtime exports `APPIMAGE` with the real file.
 */
export function launchCommand(env: NodeJS.ProcessEnv, execPath: string): string {
  return env.APPIMAGE !== undefined && env.APPIMAGE !== '' ? env.APPIMAGE : execPath;
}

/**
 * The text of the XDG autostart entry (https://specifications.freedesktop.org/autostart-spec/).
 * `--hidden` starts Hearback in the tray without opening the window.
 */
export function autostartDesktopEntry(command: string): string {
  // Newlines would start new keys: a path with one is refused rather than written.
  if (/[\r\n]/.test(command)) throw new Error('The program path contains a line break.');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Hearback',
    'Comment=Follow-up reminders for your job applications',
    `Exec=${quoteExecArg(command)} --hidden`,
    'Icon=hearback',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Whether Hearback was started at login in the background (see `autostartDesktopEntry`). */
export function startedHidden(argv: readonly string[], wasOpenedAtLogin: boolean): boolean {
  return wasOpenedAtLogin || argv.includes('--hidden');
}
