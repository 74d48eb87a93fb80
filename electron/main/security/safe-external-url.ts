/** Schemes we hand to the operating system: web pages and mail drafts, nothing that runs code. */
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

/** Longest URL we pass on (mailto drafts carry a body; Windows caps ShellExecute near 2 KB more). */
const MAX_URL_LENGTH = 8_192;

/**
 * Decides whether `value` may be opened outside the app, returning the normalized URL or `null`.
 * Parses with `new URL` (which strips leading/trailing C0 controls and spaces, so ` javascript:`
 * is still seen as javascript) and checks the parsed protocol against an allow-list: `file:`,
 * `smb:`, `ms-msdt:` (CVE-2022-30190), custom handlers and the like never reach `shell.openExternal`.
 * An `https:` URL needs a host; a `mailto:` URL needs an address.
 */
export function safeExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'https:') {
    // The WHATWG parser repairs `https:///x`, `https:\\x` and `https:x` into `https://x/`;
    // a link that needs repairing is not one we vouch for.
    if (!/^https:\/\/[^/\\]/i.test(value.trim())) return null;
    if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  } else if (url.pathname === '' || !url.pathname.includes('@')) {
    return null;
  }
  return url.href;
}
