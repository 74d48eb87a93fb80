import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleBook } from './rules';
import type { StandinApp } from './standin-app';

export interface CustomScheme {
  scheme: string;
  privileges?: { standard?: boolean; secure?: boolean; supportFetchAPI?: boolean; bypassCSP?: boolean; corsEnabled?: boolean; stream?: boolean };
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** `protocol`: privileged schemes (before ready, once) and `handle` (after ready). */
export class StandinProtocol {
  readonly privileged: CustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();
  private registeredOnce = false;

  constructor(
    private readonly app: StandinApp,
    private readonly rules: RuleBook,
  ) {}

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    this.rules.require(!this.app.isReady(), 'privileged-schemes-before-ready', 'protocol.registerSchemesAsPrivileged was called after ready');
    this.rules.require(!this.registeredOnce, 'privileged-schemes-before-ready', 'protocol.registerSchemesAsPrivileged was called a second time');
    this.registeredOnce = true;
    this.privileged.push(...schemes.map((s) => ({ scheme: s.scheme, privileges: { ...s.privileges } })));
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    this.rules.require(this.app.isReady(), 'protocol-after-ready', `protocol.handle('${scheme}') was called before ready`);
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  isStandard(scheme: string): boolean {
    return this.privileged.some((s) => s.scheme === scheme && s.privileges?.standard === true);
  }

  /** What the renderer's network stack does for a URL on a handled custom scheme. */
  async request(url: string): Promise<Response> {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = this.handlers.get(scheme);
    if (handler === undefined) return new Response(null, { status: 404, statusText: 'ERR_UNKNOWN_URL_SCHEME' });
    return handler(new Request(url));
  }
}

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** `net.fetch`: `file:` URLs from disk (with a MIME type by extension); nothing else is reachable here. */
export const standinNet = {
  async fetch(input: string | Request): Promise<Response> {
    const url = typeof input === 'string' ? input : input.url;
    if (!url.startsWith('file:')) throw new Error(`net::ERR_INTERNET_DISCONNECTED (${url})`);
    try {
      const body = await readFile(fileURLToPath(url));
      return new Response(body, { status: 200, headers: { 'Content-Type': MIME[extname(url).toLowerCase()] ?? 'application/octet-stream' } });
    } catch {
      return new Response(null, { status: 404, statusText: 'ERR_FILE_NOT_FOUND' });
    }
  },
};

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, requestingOrigin: string, details: unknown) => boolean;
type HeadersListener = (details: { url: string; responseHeaders: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]>; cancel?: boolean }) => void) => void;

/** A `Session`: the permission handlers and `webRequest.onHeadersReceived`, recorded for the test. */
export class StandinSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  headersListener: HeadersListener | null = null;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener | null): void => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }

  /** Asks as a page would: the request handler when set, granted otherwise (Electron's default). */
  requestPermission(permission: string, requestingUrl: string): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (handler === null) return Promise.resolve(true);
    return new Promise((resolve) => handler(null, permission, resolve, { requestingUrl }));
  }

  checkPermission(permission: string, origin: string): boolean {
    return this.permissionCheckHandler?.(null, permission, origin, {}) ?? true;
  }

  /** The headers an http(s) response ends up with after `onHeadersReceived`. */
  filterHeaders(url: string, responseHeaders: Record<string, string[]>): Promise<Record<string, string[]>> {
    const listener = this.headersListener;
    if (listener === null) return Promise.resolve(responseHeaders);
    return new Promise((resolve) => listener({ url, responseHeaders }, (r) => resolve(r.responseHeaders ?? responseHeaders)));
  }
}
