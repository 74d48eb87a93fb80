import { pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { resolveAppFile } from './app-protocol-path';

/**
 * Serves the built renderer from `rootDir` on `app://hearback/`, with the CSP header on every
 * response. Unknown or escaping paths get a 404 (never a file outside `rootDir`).
 */
export function serveAppProtocol(protocol: Protocol, net: Net, rootDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rootDir);
    if (file === null) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
