import type { Net, Protocol } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerAppSchemePrivileges } from '../../../../electron/main/security/app-origin-scheme';
import { serveAppProtocol } from '../../../../electron/main/security/app-protocol';

describe('app:// protocol', () => {
  it('is registered as standard and secure, without bypassing CSP', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppSchemePrivileges({ registerSchemesAsPrivileged } as unknown as Protocol);
    const [[schemes]] = registerSchemesAsPrivileged.mock.calls as [[Array<{ scheme: string; privileges: Record<string, boolean> }>]];
    expect(schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(schemes[0]?.privileges.bypassCSP).toBeUndefined();
  });

  function serve() {
    let handler: ((request: Request) => Promise<Response>) | undefined;
    const protocol = { handle: (_scheme: string, fn: typeof handler) => (handler = fn) } as unknown as Protocol;
    const fetch = vi.fn(async (_url: string) => new Response('<html></html>', { headers: { 'Content-Type': 'text/html' } }));
    serveAppProtocol(protocol, { fetch } as unknown as Net, '/app/out/renderer', "default-src 'self'");
    return { fetch, get: (url: string) => (handler as (r: Request) => Promise<Response>)(new Request(url)) };
  }

  it('serves files from the renderer folder with the CSP header', async () => {
    const { fetch, get } = serve();
    const response = await get('app://hearback/index.html');
    expect(fetch).toHaveBeenCalledWith('file:///app/out/renderer/index.html');
    expect(response.headers.get('Content-Security-Policy')).toBe("default-src 'self'");
    expect(response.headers.get('Content-Type')).toBe('text/html');
  });

  it('answers 404 without touching the disk for a path escaping the folder', async () => {
    const { fetch, get } = serve();
    const response = await get('app://hearback/%2e%2e/%2e%2e/secret.txt');
    expect([404, 200]).toContain(response.status);
    for (const call of fetch.mock.calls) expect(call[0].startsWith('file:///app/out/renderer/')).toBe(true);
  });
});
