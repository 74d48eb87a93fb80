import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { hostilePostingPage, arrayPage, ashbyAnswer, careerSiteGraphPage, greenhouseAnswer, jobBoardPage, leverAnswer, loginWallPage, notAPostingPage, openGraphOnlyPage } from './pages';

/**
 * A local web server serving posting pages and board API answers in their real shapes, and the
 * bad cases: not a posting, a login wall, 404, a redirect loop, too many redirects, a 6 MB page
 * (declared and streamed), a slow server, a PDF, a redirect to file:. Records each request's headers.
 */
export interface PostingServer {
  base: string;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

const page = (body: string, type = 'text/html; charset=utf-8') => ({ status: 200, type, body });

/** A page over 1 MB of realistic posting markup (for the bench and size checks). */
export function bigPostingPage(bytes: number): string {
  const filler = '<p>We build tools that help people find work they love &amp; keep it. </p>';
  const padding = filler.repeat(Math.ceil(bytes / filler.length));
  return jobBoardPage.replace('<h1>Careers</h1>', `<h1>Careers</h1><main>${padding}</main>`);
}

export async function startPostingServer(): Promise<PostingServer> {
  const requests: PostingServer['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const json = (value: unknown) => ({ status: 200, type: 'application/json', body: JSON.stringify(value) });
    const routes: Record<string, { status: number; type: string; body: string; headers?: Record<string, string> }> = {
      '/jobs/board': page(jobBoardPage),
      '/jobs/graph': page(careerSiteGraphPage),
      '/jobs/hybrid': page(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'corpus/career-site-hybrid.html'), 'utf8')),
      '/jobs/array': page(arrayPage),
      '/jobs/og': page(openGraphOnlyPage),
      '/jobs/hostile': page(hostilePostingPage),
      '/jobs/big': page(bigPostingPage(1024 * 1024)),
      '/blog': page(notAPostingPage),
      '/login': page(loginWallPage),
      '/forbidden': { status: 403, type: 'text/html', body: '<title>Forbidden</title>' },
      '/missing': { status: 404, type: 'text/html', body: '<title>Not found</title>' },
      '/broken': { status: 500, type: 'text/html', body: 'oops' },
      '/file.pdf': { status: 200, type: 'application/pdf', body: '%PDF-1.7' },
      '/latin1': { status: 200, type: 'text/html; charset=iso-8859-1', body: '' },
      '/api/greenhouse/v1/boards/acme/jobs/4012345?pay_transparency=true': json(greenhouseAnswer),
      '/api/lever/v0/postings/kestrel/5ac21346-8e0c-4494-8e7a-3eb92ff77902': json(leverAnswer),
      '/api/ashby/posting-api/job-board/orbit?includeCompensation=true': json(ashbyAnswer),
    };
    const redirect = (to: string, headers: Record<string, string> = {}) => {
      res.writeHead(302, { location: to, ...headers });
      res.end();
    };
    if (path === '/loop/a') return redirect('/loop/b');
    if (path === '/loop/b') return redirect('/loop/a');
    if (path.startsWith('/redirect?to=')) return redirect(decodeURIComponent(path.slice('/redirect?to='.length)));
    if (path === '/to-file') return redirect('file:///etc/passwd');
    if (path === '/to-javascript') return redirect('javascript:alert(1)');
    if (path === '/set-cookie') return redirect('/jobs/board?after-cookie', { 'set-cookie': 'session=secret; Path=/' });
    const hops = /^\/hops\/(\d+)$/.exec(path);
    if (hops) {
      const n = Number(hops[1]);
      return n === 0 ? redirect('/jobs/board') : redirect(`/hops/${n - 1}`);
    }
    if (path === '/huge-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) });
      res.end();
      return;
    }
    if (path === '/huge-streamed') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const more = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      res.on('error', () => {});
      more();
      return;
    }
    if (path === '/slow') return; // never answers; the client's time limit ends it
    if (path === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end(Buffer.from(`<html><head>${'<script type="application/ld+json">'}{"@type":"JobPosting","title":"Ingénieur","hiringOrganization":"Société Générale"}</script></head></html>`, 'latin1'));
      return;
    }
    const route = routes[path.replace(/\?after-cookie$/, '')];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<title>404</title>');
      return;
    }
    res.writeHead(route.status, { 'content-type': route.type, ...route.headers });
    res.end(route.body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
