import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapturePreview } from '../../../../shared/contract';
import { createGuardedDispatcher, isAddressRefused } from '../../../../electron/core/net/guarded-dispatcher';
import { ok, openTestCore, tempDir } from '../../../support/core';

/** A server on this computer that counts what reaches it: the thing the rule must keep requests from. */
let server: Server;
let port = 0;
let requests = 0;

beforeAll(async () => {
  server = createServer((_request, response) => {
    requests++;
    response.writeHead(200, { 'content-type': 'text/html' }).end('<title>Router admin — internal</title>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('nothing fetched reaches this computer unasked', () => {
  it.each(['[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[::ffff:0:127.0.0.1]', '[::127.0.0.1]', '[64:ff9b::7f00:1]', '127.0.0.1', '0x7f.1', '2130706433', 'localhost'])(
    'a posting link to %s is refused by the core before any request, and the page title never shows',
    async (host) => {
      const core = await openTestCore({ dataDir: tempDir() });
      const before = requests;
      const result = await ok<CapturePreview>(core, 'capture.preview', { url: `http://${host}:${port}/jobs/1` });
      expect(result.problem).toMatch(/own computer or network|not on the public internet/);
      expect(result.fields.role?.value ?? '').not.toContain('Router');
      expect(requests).toBe(before);
      await core.close();
    },
  );

  it.each(['[::ffff:127.0.0.1]', '127.0.0.1', '[::1]'])('the dispatcher itself refuses the literal %s at connect time (no check before it needed)', async (host) => {
    const dispatcher = createGuardedDispatcher({ reach: 'public' });
    const before = requests;
    const error = await fetch(`http://${host}:${port}/`, { dispatcher }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAddressRefused(error)).toBe(true);
    expect(requests).toBe(before);
    await dispatcher.close();
  });

  it('a name resolving to loopback among public addresses is refused as a whole (rebinding hands out both)', async () => {
    const dispatcher = createGuardedDispatcher({
      reach: 'public',
      resolve: (_name, callback) =>
        callback(null, [
          { address: '93.184.216.34', family: 4 },
          { address: '127.0.0.1', family: 4 },
        ]),
    });
    const before = requests;
    const error = await fetch(`http://mixed.example:${port}/`, { dispatcher }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAddressRefused(error)).toBe(true);
    expect(requests).toBe(before);
    await dispatcher.close();
  });

  it('with the own-network choice the same server is reached', async () => {
    const dispatcher = createGuardedDispatcher({ reach: 'own-network' });
    const before = requests;
    const response = await fetch(`http://127.0.0.1:${port}/`, { dispatcher });
    expect(await response.text()).toContain('Router admin');
    expect(requests).toBe(before + 1);
    await dispatcher.close();
  });
});
