/** Runs a program with arguments; resolves whether it exited 0 within the timeout. Never rejects. */
export type ProbeExec = (file: string, args: readonly string[], timeoutMs: number) => Promise<{ ok: boolean; stdout: string }>;

const SERVICE = 'org.freedesktop.Notifications';
const OBJECT_PATH = '/org/freedesktop/Notifications';
export const PROBE_TIMEOUT_MS = 2_000;

/**
 * Whether a freedesktop notification server answers on the session bus. Without one, Electron's
 * `new Notification(...).show()` can block the main process for the D-Bus timeout (~25 s) or
 * hang outright (electron/electron#28414, #38339), so the app must not call it.
 *
 * Asks the server itself (`GetServerInformation`), which also D-Bus-activates daemons that are
 * installed but not yet running; tries `gdbus` (GLib, nearly always present with a desktop) and
 * then `dbus-send`. No session bus address means no server.
 */
export async function probeNotificationService(env: NodeJS.ProcessEnv, exec: ProbeExec): Promise<boolean> {
  if (!env.DBUS_SESSION_BUS_ADDRESS) return false;
  const gdbus = await exec('gdbus', ['call', '--session', '--dest', SERVICE, '--object-path', OBJECT_PATH, '--method', `${SERVICE}.GetServerInformation`, '--timeout', '2'], PROBE_TIMEOUT_MS);
  if (gdbus.ok) return true;
  const dbusSend = await exec('dbus-send', ['--session', '--print-reply', '--reply-timeout=1500', `--dest=${SERVICE}`, OBJECT_PATH, `${SERVICE}.GetServerInformation`], PROBE_TIMEOUT_MS);
  return dbusSend.ok;
}

/**
 * Whether OS notifications can be shown at all on this platform: always asked of Electron
 * (`Notification.isSupported()`), and on Linux only after the D-Bus probe succeeded.
 */
export async function notificationsAvailable(platform: NodeJS.Platform, isSupported: () => boolean, probe: () => Promise<boolean>): Promise<boolean> {
  if (platform === 'linux') return (await probe()) && isSupported();
  return isSupported();
}
