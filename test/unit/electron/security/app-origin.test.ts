import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, devServerOrigin, isAppUrl } from '../../../../electron/main/security/app-origin';

describe('devServerOrigin', () => {
  it.each([
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173'],
    ['http://[::1]:5173/index.html', 'http://[::1]:5173'],
  ])('trusts the loopback dev server %s', (value, origin) => {
    expect(devServerOrigin(value)).toBe(origin);
  });

  it.each([undefined, '', 'https://evil.example', 'file:///tmp/index.html', 'http://localhost.evil.example:5173', 'garbage'])('ignores a non-loopback or malformed renderer URL %s', (value) => {
    expect(devServerOrigin(value)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts our own pages', () => {
    expect(isAppUrl(APP_ENTRY_URL, null)).toBe(true);
    expect(isAppUrl('app://hearback/#/applications/1', null)).toBe(true);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
  });

  it.each([
    'app://hearback.evil/index.html',
    'app://evil/index.html',
    'app://user@hearback/index.html',
    'https://hearback/index.html',
    'file:///index.html',
    'http://localhost:5174/',
    'http://localhost:5173@evil.example/',
    'about:blank',
    '',
  ])('rejects misleading URL %s', (value) => {
    expect(isAppUrl(value, 'http://localhost:5173')).toBe(false);
  });

  it('rejects the dev origin when not in development', () => {
    expect(isAppUrl('http://localhost:5173/', null)).toBe(false);
  });
});
