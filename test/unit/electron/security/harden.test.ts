import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession } from '../../../../electron/main/security/harden-session';
import { hardenWebContents } from '../../../../electron/main/security/harden-web-contents';
import { isAppUrl } from '../../../../electron/main/security/app-origin';

type AnyFn = (...args: never[]) => unknown;

function fakeContents() {
  const on = new Map<string, AnyFn>();
  let openHandler: AnyFn | undefined;
  const contents = {
    on: vi.fn((name: string, fn: AnyFn) => on.set(name, fn)),
    setWindowOpenHandler: vi.fn((fn: AnyFn) => (openHandler = fn)),
  };
  return { contents: contents as unknown as WebContents, on, open: (url: string) => (openHandler as (d: { url: string }) => unknown)({ url }) };
}

const navEvent = () => ({ preventDefault: vi.fn() });

function harden() {
  const fake = fakeContents();
  const openExternal = vi.fn();
  const log = { warn: vi.fn() };
  hardenWebContents(fake.contents, { isOwnPage: (u) => isAppUrl(u, null), openExternal, log });
  const fire = (name: string, url: string) => {
    const event = navEvent();
    (fake.on.get(name) as (e: unknown, u: string) => void)(event, url);
    return event;
  };
  return { ...fake, openExternal, log, fire };
}

describe('hardenWebContents', () => {
  it('denies every window.open and routes the URL to the safe opener', () => {
    const { open, openExternal } = harden();
    for (const url of ['https://example.com', 'javascript:alert(1)', 'app://hearback/index.html']) {
      expect(open(url)).toEqual({ action: 'deny' });
      expect(openExternal).toHaveBeenLastCalledWith(url);
    }
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'app://hearback.evil/', 'javascript:alert(1)'])('blocks navigating and redirecting to %s', (url) => {
    const { fire } = harden();
    expect(fire('will-navigate', url).preventDefault).toHaveBeenCalled();
    expect(fire('will-redirect', url).preventDefault).toHaveBeenCalled();
  });

  it('lets our own pages navigate within the app', () => {
    const { fire, openExternal } = harden();
    expect(fire('will-navigate', 'app://hearback/index.html#/today').preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const { fire } = harden();
    expect(fire('will-attach-webview', '').preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function setup() {
    let request: AnyFn | undefined;
    let check: AnyFn | undefined;
    let headers: AnyFn | undefined;
    const session = {
      setPermissionRequestHandler: (fn: AnyFn) => (request = fn),
      setPermissionCheckHandler: (fn: AnyFn) => (check = fn),
      webRequest: { onHeadersReceived: (fn: AnyFn) => (headers = fn) },
    } as unknown as Session;
    hardenSession(session, { csp: "default-src 'self'", isOwnPage: (u) => isAppUrl(u, null), log: { warn: vi.fn() } });
    return {
      ask(permission: string, url = 'app://hearback/index.html') {
        const callback = vi.fn();
        (request as (...a: unknown[]) => void)(null, permission, callback, { requestingUrl: url });
        return callback.mock.calls[0]?.[0] as boolean;
      },
      check: (permission: string, origin = 'app://hearback') => (check as (...a: unknown[]) => boolean)(null, permission, origin),
      headers(responseHeaders: Record<string, string[]>) {
        const callback = vi.fn();
        (headers as (...a: unknown[]) => void)({ responseHeaders }, callback);
        return callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> };
      },
    };
  }

  it.each(['media', 'geolocation', 'clipboard-read', 'openExternal', 'hid', 'serial', 'usb', 'pointerLock', 'fullscreen', 'future-permission'])('denies the %s permission request and check', (permission) => {
    const s = setup();
    expect(s.ask(permission)).toBe(false);
    expect(s.check(permission)).toBe(false);
  });

  it('allows notifications only for our own pages', () => {
    const s = setup();
    expect(s.ask('notifications')).toBe(true);
    expect(s.check('notifications')).toBe(true);
    expect(s.ask('notifications', 'https://evil.example/')).toBe(false);
    expect(s.check('notifications', 'https://evil.example')).toBe(false);
  });

  it('adds the CSP header to responses, replacing none of the others', () => {
    const s = setup();
    const result = s.headers({ 'Content-Type': ['text/html'] });
    expect(result.responseHeaders).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
  });
});
