/**
 * Applies the `launchAtLogin` setting when it differs from what was last applied (the settings
 * are re-read after every data change; the OS is touched only on a real change).
 */
export function createLaunchAtLoginSync(apply: (enabled: boolean) => Promise<void>, log: { warn(msg: string, meta?: Record<string, unknown>): void }): (enabled: boolean) => void {
  let applied: boolean | null = null;
  return (enabled) => {
    if (applied === enabled) return;
    applied = enabled;
    apply(enabled).catch((error: unknown) => {
      applied = null;
      log.warn('Could not change launch at login', { reason: String(error) });
    });
  };
}
