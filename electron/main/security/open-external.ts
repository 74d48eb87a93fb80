import { safeExternalUrl } from './safe-external-url';

export interface OpenExternalDeps {
  /** Opens a vetted URL with the OS (`shell.openExternal` in the app). */
  open: (url: string) => Promise<void>;
  log: { warn(msg: string, meta?: Record<string, unknown>): void };
}

/**
 * Opens `value` outside the app if it is a safe external URL; refuses (and logs the refusal,
 * without the URL, which may hold personal data) otherwise. Never throws.
 * @returns whether the URL was handed to the OS.
 */
export async function openExternal(value: unknown, deps: OpenExternalDeps): Promise<boolean> {
  const url = safeExternalUrl(value);
  if (url === null) {
    deps.log.warn('Refused to open a URL outside the app: not https: or mailto:');
    return false;
  }
  try {
    await deps.open(url);
    return true;
  } catch (error) {
    deps.log.warn('The operating system could not open an external URL', { reason: String(error) });
    return false;
  }
}
