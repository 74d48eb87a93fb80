import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuardedDispatcher } from '../../../../electron/core/net/guarded-dispatcher';
import { openTestCore } from '../../../support/core';
import { fetchFeed } from '../../../../electron/core/calendar/fetch-feed';

/**
 * undici 7's HTTP/1 parser pauses when a response body is not read as fast as it arrives; if the
 * server then closes the connection, the socket's 'end' handler asserts the parser is not paused
 * and throws out of an event handler — an uncaught exception no caller can catch (the shape of
 * nodejs/undici issue "Uncatchable `AssertionError: assert(!this.paused)` on socket end", fixed
 * only in undici 8, which needs Node 22). A calendar server that answers with a large body and
 * `Connection: close` (Radicale does) while the main process is busy is that shape.
 */
const BODY_BYTES = 60 * 1024;
let server: Server;
let origin = '';
const sockets = new Set<Socket>();

beforeAll(async () => {
  server = createServer((socket) => {
    sockets.add(socket);
    socket.once('data', (request) => {
      const body = `BEGIN:VCALENDAR\r\n${'X-FILL:'.padEnd(BODY_BYTES - 40, 'a')}\r\nEND:VCALENDAR\r\n`;
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: text/calendar\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`);
      // `/slow`: the headers first, then the whole body and the hang-up together a moment later.
      if (request.toString('latin1').startsWith('GET /slow')) setTimeout(() => socket.end(body), 100);
      else socket.end(body);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((done) => server.close(() => done()));
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts uncaught exceptions while `run` runs (a listener of our own, so one cannot end the test worker). */
async function uncaughtDuring(run: () => Promise<void>): Promise<Error[]> {
  const caught: Error[] = [];
  const listener = (error: Error) => caught.push(error);
  process.on('uncaughtException', listener);
  try {
    await run();
    await pause(50);
  } finally {
    process.off('uncaughtException', listener);
  }
  return caught;
}

describe('a response body read late, then the server hangs up', () => {
  it('through the guarded dispatcher: no uncaught exception, and the whole body is still read', async () => {
    const dispatcher = createGuardedDispatcher({ reach: 'own-network' });
    let text = '';
    const caught = await uncaughtDuring(async () => {
      const response = await fetch(`${origin}/cal.ics`, { dispatcher });
      // The main process busy elsewhere (a parse slice, another call): the body waits, the FIN arrives.
      await pause(300);
      text = await response.text();
    });
    expect(caught.map((e) => e.message)).toEqual([]);
    expect(text.length).toBeGreaterThan(BODY_BYTES - 100);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('a feed whose body and hang-up arrive together, after its headers, reads as the feed, not a crash', async () => {
    let result: Awaited<ReturnType<typeof fetchFeed>> | null = null;
    const caught = await uncaughtDuring(async () => {
      const pending = fetchFeed(`${origin}/slow/cal.ics`, { etag: null, lastModified: null }, { timeoutMs: 5_000, maxBytes: 1024 * 1024, reach: 'own-network' });
      result = await pending;
    });
    expect(caught.map((e) => e.message)).toEqual([]);
    expect(result).toMatchObject({ kind: 'changed' });
  });

  it('through Node’s own fetch once the core is open (importing undici 7 makes it Node’s dispatcher too): no uncaught exception', async () => {
    const core = await openTestCore();
    try {
      let text = '';
      const caught = await uncaughtDuring(async () => {
        const response = await globalThis.fetch(`${origin}/cal.ics`);
        await pause(300);
        text = await response.text();
      });
      expect(caught.map((e) => e.message)).toEqual([]);
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    } finally {
      await core.close();
    }
  });
});
