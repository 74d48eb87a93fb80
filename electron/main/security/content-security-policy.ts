/**
 * The renderer's Content-Security-Policy: only our own bundle runs, styles may be inline
 * (React sets `style` attributes), images may be `data:` (icons), nothing is fetched from
 * elsewhere, nothing is framed or posted. No 'unsafe-eval'.
 * In development, the electron-vite server's origin is added (and its websocket, for HMR);
 * no other origin ever is.
 * @param devOrigin the dev server's origin (from `devServerOrigin`), or `null` when packaged.
 */
export function contentSecurityPolicy(devOrigin: string | null): string {
  const self = devOrigin === null ? "'self'" : `'self' ${devOrigin}`;
  const ws = devOrigin === null ? '' : ` ${devOrigin.replace(/^http/, 'ws')}`;
  return [
    "default-src 'self'",
    `script-src ${self}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data:`,
    `connect-src ${self}${ws}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
