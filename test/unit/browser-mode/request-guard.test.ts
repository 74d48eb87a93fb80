import { describe, expect, it } from 'vitest';
import { bearerToken, checkApiRequest, hostAllowed, tokenMatches } from '../../../electron/browser-mode/request-guard';
import { resolveStaticPath } from '../../../electron/browser-mode/static-files';

const secret = 'S3cretS3cretS3cretS3cret';
const base = { host: '127.0.0.1:4000', port: 4000, token: secret, secret, origin: undefined };

describe('browser mode: who may call the contract', () => {
  it('accepts our own page with the session secret', () => {
    expect(checkApiRequest(base)).toEqual({ ok: true });
    expect(checkApiRequest({ ...base, host: 'localhost:4000', origin: 'http://localhost:4000' })).toEqual({ ok: true });
  });

  it.each([
    ['no token', { token: null }, 401],
    ['a wrong token', { token: 'S3cretS3cretS3cretS3creX' }, 401],
    ['a token of another length', { token: 'short' }, 401],
    ['a rebinding host name', { host: 'evil.example:4000' }, 403],
    ['another port', { host: '127.0.0.1:4001' }, 403],
    ['no Host header', { host: undefined }, 403],
    ['another origin', { origin: 'http://evil.example' }, 403],
    ['a null origin (sandboxed frame, file:)', { origin: 'null' }, 403],
  ])('refuses %s', (_name, change, status) => {
    expect(checkApiRequest({ ...base, ...change })).toMatchObject({ ok: false, status });
  });

  it('reads only well-formed bearer tokens', () => {
    expect(bearerToken(`Bearer ${secret}`)).toBe(secret);
    expect(bearerToken(`bearer ${secret}`)).toBeNull();
    expect(bearerToken(`Bearer ${secret} extra`)).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
    expect(tokenMatches(undefined, secret)).toBe(false);
    expect(hostAllowed('127.0.0.1:80', 4000)).toBe(false);
  });
});

describe('browser mode: static files stay inside the renderer folder', () => {
  const root = '/srv/hearback/out/renderer';
  it.each(['/../../etc/passwd', '/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%00x.js', '/%E0%A4%A'])('refuses %s', (path) => {
    expect(resolveStaticPath(root, path)).toBeNull();
  });
  it('serves index.html for / and files under the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(`${root}/index.html`);
    expect(resolveStaticPath(root, '/assets/index.js?v=1')).toBe(`${root}/assets/index.js`);
  });
});
