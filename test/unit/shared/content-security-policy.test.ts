import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../../shared/security/content-security-policy';
import { CONTENT_SECURITY_POLICY } from '../../../electron/browser-mode/static-files';
import { rendererConfig } from '../../../renderer/vite.config';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  /**
   * What the packaged policy lets a page do, read the way a browser reads it: a fetch directive
   * that is absent falls back to `default-src`; a source is allowed when the directive lists it.
   */
  const allows = (csp: string, directive: string, source: string) => {
    const d = directives(csp);
    const fetchDirective = directive.endsWith('-src') && directive !== 'default-src';
    const list = d.get(directive) ?? (fetchDirective ? d.get('default-src') : undefined) ?? [];
    return list.includes(source);
  };

  it.each([
    ['runs its own bundle', 'script-src', "'self'", true],
    ['runs no inline script', 'script-src', "'unsafe-inline'", false],
    ['runs no script from elsewhere', 'script-src', 'https://cdn.example', false],
    ['takes inline styles (React sets style attributes)', 'style-src', "'unsafe-inline'", true],
    ['shows its own and data: images (icons)', 'img-src', 'data:', true],
    ['loads no image from elsewhere (no tracking pixel)', 'img-src', 'https://tracker.example', false],
    ['uses its own fonts', 'font-src', "'self'", true],
    ['talks only to its own origin', 'connect-src', "'self'", true],
    ['talks to no other server', 'connect-src', 'http://127.0.0.1:9', false],
    ['plays no media from elsewhere (default-src)', 'media-src', 'https://media.example', false],
    ['embeds no plugin content', 'object-src', "'self'", false],
    ['lets no page frame it', 'frame-ancestors', "'self'", false],
    ['posts no form anywhere', 'form-action', "'self'", false],
    ['lets no <base> move its links', 'base-uri', "'self'", false],
  ])('packaged, the page %s', (_what, directive, source, allowed) => {
    expect(allows(contentSecurityPolicy(null), directive, source)).toBe(allowed);
  });

  it('names each directive once, and says none where nothing is allowed', () => {
    const csp = contentSecurityPolicy(null);
    const names = csp.split('; ').map((d) => d.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['object-src', 'base-uri', 'frame-ancestors', 'form-action']) expect(directives(csp).get(name)).toEqual(["'none'"]);
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
