/**
 * The renderer's one Content-Security-Policy, for every host that serves it: the Electron
 * window's response header, browser mode's response header and the page's own `<meta>` tag.
 * Only our own bundle runs, styles may be inline (React sets `style` attributes), images may be
 * `data:` (icons), nothing is fetched from elsewhere, nothing is framed or posted. No 'unsafe-eval'.
 * In development, the electron-vite server's origin is added (and its websocket, for HMR);
 * no other origin ever is.
 */
function directives(devOrigin: string | null): string[] {
  const self = devOrigin === null ? "'self'" : `'self' ${devOrigin}`;
  const ws = devOrigin === null ? '' : ` ${devOrigin.replace(/^http/, 'ws')}`;
  return [
    "default-src 'self'",
    `script-src ${self}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data:`,
    `font-src ${self}`,
    `connect-src ${self}${ws}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ];
}

/**
 * The policy as a response header.
 * @param devOrigin the dev server's origin, or `null` when packaged (and in browser mode).
 */
export function contentSecurityPolicy(devOrigin: string | null): string {
  return directives(devOrigin).join('; ');
}

/**
 * The same policy for the page's `<meta http-equiv>` tag, which browsers read before any header
 * could apply (a file opened directly). `frame-ancestors` is ignored in a meta tag (CSP 3, §6.1),
 * so it is left out there; the headers carry it.
 */
export function metaContentSecurityPolicy(): string {
  return directives(null)
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
}
