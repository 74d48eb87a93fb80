import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local ICS feed server for tests: serves `body` with an ETag and Last-Modified, answers 304 to a
 * matching If-None-Match, and can be told to answer a status, HTML, or nothing at all.
 */
export interface FeedServer {
  url: string;
  set(body: string): void;
  /** Answer every request with this status (and a small HTML page), or `hang` to never answer. */
  fail(mode: number | 'hang' | 'html' | null): void;
  requests: { ifNoneMatch: string | null; status: number }[];
  close(): Promise<void>;
}

export async function startFeedServer(initial: string): Promise<FeedServer> {
  let body = initial;
  let modified = new Date('2026-11-30T10:00:00Z').toUTCString();
  let mode: number | 'hang' | 'html' | null = null;
  const requests: FeedServer['requests'] = [];
  const hanging = new Set<IncomingMessage>();
  const etag = () => `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  const server: Server = createServer((req, res) => {
    const ifNoneMatch = req.headers['if-none-match'] ?? null;
    const record = (status: number) => requests.push({ ifNoneMatch: typeof ifNoneMatch === 'string' ? ifNoneMatch : null, status });
    if (mode === 'hang') {
      hanging.add(req);
      record(0);
      return;
    }
    if (mode === 'html') {
      record(200);
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body><form>Sign in</form></body></html>');
      return;
    }
    if (typeof mode === 'number') {
      record(mode);
      res.writeHead(mode, { 'content-type': 'text/html' }).end('<h1>no</h1>');
      return;
    }
    if (ifNoneMatch === etag()) {
      record(304);
      res.writeHead(304, { etag: etag() }).end();
      return;
    }
    record(200);
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', etag: etag(), 'last-modified': modified }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/calendar/private-abc123/basic.ics`,
    set(next) {
      body = next;
      modified = new Date().toUTCString();
    },
    fail(next) {
      mode = next;
    },
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
