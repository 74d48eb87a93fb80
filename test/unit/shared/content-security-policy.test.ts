import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../../shared/security/content-security-policy';
import { CONTENT_SECURITY_POLICY } from '../../../electron/browser-mode/static-files';
import { rendererConfig } from '../../../renderer/vite.config';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('is the strict policy when packaged', () => {
    expect(contentSecurityPolicy(null)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('never allows eval, wildcards or remote origins', () => {
    for (const csp of [contentSecurityPolicy(null), contentSecurityPolicy('http://localhost:5173'), metaContentSecurityPolicy()]) {
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/\*|https:\/\//);
      expect(directives(csp).get('script-src')).not.toContain("'unsafe-inline'");
    }
  });

  it('adds only the dev server origin (and its HMR websocket) in development', () => {
    const d = directives(contentSecurityPolicy('http://localhost:5173'));
    expect(d.get('script-src')).toEqual(["'self'", 'http://localhost:5173']);
    expect(d.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });
});

// One definition, every host: the drift this guards against was a `font-src` present in one copy only.
describe('every host serves the same policy', () => {
  it('browser mode sends exactly the packaged Electron header', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(contentSecurityPolicy(null));
  });

  it("the page's meta tag is the same policy less frame-ancestors (which a meta tag cannot carry)", async () => {
    const source = readFileSync('renderer/index.html', 'utf8');
    expect(source).toContain('content="%HEARBACK_CSP%"');
    const plugin = (rendererConfig(process.cwd()).plugins ?? []).flat().find((p): p is Plugin => typeof p === 'object' && p !== null && 'name' in p && p.name === 'hearback-csp-meta');
    const transform = plugin?.transformIndexHtml;
    if (typeof transform !== 'function') throw new Error('the CSP meta plugin is missing from the renderer build');
    const html = String(await (transform as (html: string) => string | Promise<string>)(source));
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(metaContentSecurityPolicy());
    const header = directives(contentSecurityPolicy(null));
    header.delete('frame-ancestors');
    expect(directives(meta ?? '')).toEqual(header);
  });
});
