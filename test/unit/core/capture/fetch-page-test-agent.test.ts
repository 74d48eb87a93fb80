import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockAgent, Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPTURE_LIMITS, fetchPage } from '../../../../electron/core/capture/fetch-page';

// The tests' scripted agent must never become a way around the address rule: a server on this
// computer stays unreachable through it, whatever the agent was told.
let server: Server;
let hits = 0;
let base = '';

beforeAll(async () => {
  server = createServer((_req, res) => {
    hits += 1;
    res.writeHead(200, { 'content-type': 'text/html' }).end('<title>secret</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const options = { limits: CAPTURE_LIMITS, reach: 'public' as const, userAgent: 'test', accept: 'html' as const };

describe('fetchPage with a test agent', () => {
  it('switches off real connections on the MockAgent it is given', async () => {
    const agent = new MockAgent();
    agent.enableNetConnect();
    await expect(fetchPage(new URL(`${base}/`), { ...options, mockAgent: agent })).rejects.toThrow();
    expect(hits).toBe(0);
    await agent.close();
  });

  it('refuses any other dispatcher passed where the MockAgent goes', async () => {
    const agent = new Agent();
    await expect(fetchPage(new URL(`${base}/`), { ...options, mockAgent: agent as unknown as MockAgent })).rejects.toThrow(/MockAgent/);
    expect(hits).toBe(0);
    await agent.close();
  });

  it('without a test agent, this computer is refused by the address rule', async () => {
    await expect(fetchPage(new URL(`${base}/`), options)).rejects.toThrow();
    expect(hits).toBe(0);
  });
});
