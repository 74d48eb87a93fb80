import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callPath, failureEnvelope, HTTP_TRANSPORT, type ContractErrorCode, type EventName, type EventPayload } from '../../shared/contract';
import type { Core } from '../core';
import { createEventHold } from '../core/host-lifecycle';
import type { DownloadRegistry } from './downloads';
import { bearerToken, checkApiRequest, hostAllowed } from './request-guard';
import { CONTENT_SECURITY_POLICY, readStatic } from './static-files';

/**
 * Browser mode's HTTP face: the built renderer, the contract over HTTP_TRANSPORT's paths (calls,
 * server-sent events, downloads). Every API answer is an `Envelope`, errors included, so the client
 * always has a code and a sentence to show. Loopback only, per-launch secret.
 */

export const MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface BrowserModeServer {
  url: string;
  port: number;
  secret: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendFailure(res: ServerResponse, status: number, code: ContractErrorCode, message: string): void {
  send(res, status, JSON.stringify(failureEnvelope(code, message)));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped rather than the socket cut, so the caller
      // receives the 413 envelope instead of a connection reset; far past it, we stop listening.
      if (size > MAX_BODY_BYTES * 4) req.destroy();
      else if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startBrowserModeServer(options: { core: Core; rendererDir: string; downloads?: DownloadRegistry; port?: number; secret?: string }): Promise<BrowserModeServer> {
  const { core, rendererDir } = options;
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  let port = 0;

  // No tab subscribed (not opened yet, reloading): keep what the next page must see, by the
  // core's rule — the same the desktop app applies while it has no window.
  const hold = createEventHold();
  const frameOf = (event: EventName, payload: unknown) => `event: ${HTTP_TRANSPORT.eventFrame}\ndata: ${JSON.stringify({ event, payload })}\n\n`;
  const unsubscribe = core.onEvent(<E extends EventName>(event: E, payload: EventPayload<E>) => {
    if (streams.size === 0) return hold.keep(event, payload);
    const frame = frameOf(event, payload);
    for (const stream of streams) stream.write(frame);
  });

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendFailure(res, 500, 'internal', 'Hearback failed to answer this request; nothing was changed.');
      else res.destroy();
    });
  });
  // A client reuses an idle keep-alive connection; had the server closed it at that moment (Node's
  // default is 5 s) the request would be reset unanswered. Idle connections stay open a minute.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const download = url.pathname.startsWith(HTTP_TRANSPORT.downloadPrefix) ? /^([A-Za-z0-9_-]{16,64})$/.exec(url.pathname.slice(HTTP_TRANSPORT.downloadPrefix.length)) : null;
    if (download && req.method === 'GET') {
      // A download is a page navigation, not a contract call: its answers are plain text the browser shows.
      if (!hostAllowed(req.headers.host, port)) return send(res, 403, 'Forbidden', 'text/plain');
      if (!options.downloads?.serve(download[1]!, res, SECURITY_HEADERS)) send(res, 404, 'This download has expired. Export again.', 'text/plain');
      return;
    }
    if (url.pathname.startsWith(HTTP_TRANSPORT.apiPrefix)) {
      const token = url.pathname === HTTP_TRANSPORT.eventsPath ? url.searchParams.get('token') : bearerToken(req.headers.authorization);
      const verdict = checkApiRequest({ host: req.headers.host, port, token, secret, origin: req.headers.origin });
      if (!verdict.ok) return sendFailure(res, verdict.status, 'forbidden', `Refused: ${verdict.reason}.`);

      if (url.pathname === HTTP_TRANSPORT.eventsPath && req.method === 'GET') {
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
        res.write(': connected\n\n');
        for (const [event, payload] of hold.take()) res.write(frameOf(event, payload));
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      const call = url.pathname.startsWith(HTTP_TRANSPORT.callPrefix) ? /^([A-Za-z.]{1,80})$/.exec(url.pathname.slice(HTTP_TRANSPORT.callPrefix.length)) : null;
      if (call && req.method === 'POST') {
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendFailure(res, 415, 'invalid_request', 'The request must be sent as application/json.');
        const body = await readBody(req);
        if (body === null) return sendFailure(res, 413, 'invalid_request', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; nothing was changed.`);
        let payload: unknown;
        try {
          payload = body === '' ? {} : JSON.parse(body);
        } catch {
          return sendFailure(res, 400, 'invalid_request', 'The request body is not valid JSON.');
        }
        const envelope = await core.dispatch(call[1], payload);
        return send(res, 200, JSON.stringify(envelope));
      }
      return sendFailure(res, 404, 'unknown_method', `There is no ${req.method ?? ''} ${url.pathname} here; calls are POST ${callPath('<method>')}.`);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '', 'text/plain');
    if (!hostAllowed(req.headers.host, port)) return send(res, 403, 'Forbidden', 'text/plain');
    const file = (await readStatic(rendererDir, url.pathname)) ?? (url.pathname.includes('.') ? null : await readStatic(rendererDir, '/'));
    if (!file) return send(res, 404, 'Not found', 'text/plain');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  // Keep SSE connections alive through idle periods.
  const keepAlive = setInterval(() => {
    for (const stream of streams) stream.write(': ping\n\n');
  }, 15_000);
  keepAlive.unref();

  return {
    url: `http://127.0.0.1:${port}/#token=${secret}`,
    port,
    secret,
    async close() {
      clearInterval(keepAlive);
      unsubscribe();
      for (const stream of streams) stream.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections from the page would otherwise hold the server open.
      server.closeAllConnections();
      await closed;
    },
  };
}
