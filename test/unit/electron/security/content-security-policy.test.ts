import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../electron/main/security/content-security-policy';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('is the strict policy when packaged', () => {
    expect(contentSecurityPolicy(null)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('never allows eval, wildcards or remote origins', () => {
    for (const csp of [contentSecurityPolicy(null), contentSecurityPolicy('http://localhost:5173')]) {
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
