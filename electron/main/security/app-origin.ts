/**
 * Where the renderer lives. Packaged builds serve `out/renderer` through the privileged
 * `app://hearback/` protocol (not `file://`: file pages get extra privileges, see
 * https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hearback';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The origin of the electron-vite dev server, when `ELECTRON_RENDERER_URL` names a loopback
 * http(s) URL; `null` otherwise (a packaged app never trusts a remote origin from the environment).
 */
export function devServerOrigin(rendererUrl: unknown): string | null {
  if (typeof rendererUrl !== 'string' || rendererUrl === '') return null;
  let url: URL;
  try {
    url = new URL(rendererUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  if (!loopback.includes(url.hostname)) return null;
  return url.origin;
}

/**
 * Whether `value` is a page of our own renderer: same scheme, host and port as the app origin
 * (or the dev server's, in development). Compared after parsing, never by prefix, so
 * `app://hearback.evil/` or `http://localhost:5173@evil/` do not pass.
 */
export function isAppUrl(value: unknown, devOrigin: string | null): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  // `app:` is registered as standard, so Chromium gives it a real origin; WHATWG URL in Node
  // reports "null" for non-special schemes, hence the explicit protocol + host comparison.
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  return devOrigin !== null && url.origin === devOrigin;
}

/** The URL the window loads: the dev server's page in development, the bundled app otherwise. */
export function rendererEntryUrl(devOrigin: string | null, rendererUrl: string | undefined): string {
  return devOrigin !== null && rendererUrl !== undefined ? rendererUrl : APP_ENTRY_URL;
}
