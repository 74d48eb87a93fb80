import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callPath, EnvelopeShapeSchema, HTTP_TRANSPORT } from '../../../shared/contract';
import { startBrowserModeServer, type BrowserModeServer } from '../../../electron/browser-mode/server';
import { envelopeOf } from '../../../renderer/src/contract/envelope';
import { openTestCore, tempDir } from '../../support/core';

// Every answer under the API prefix is an envelope with a code and a readable sentence, so the
// renderer never shows an empty or "undefined" message, whatever went wrong on the way.
describe('browser mode speaks the contract transport', () => {
  let server: BrowserModeServer;
  let core: Awaited<ReturnType<typeof openTestCore>>;
  let base: string;
  const auth = () => ({ Authorization: `Bearer ${server.secret}`, 'Content-Type': 'application/json' });

  beforeAll(async () => {
    core = await openTestCore();
    server = await startBrowserModeServer({ core, rendererDir: tempDir() });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
    await core.close();
  });

  async function failure(response: Response): Promise<{ code: string; message: string }> {
    const parsed = EnvelopeShapeSchema.parse(await response.json());
    if (parsed.ok) throw new Error('expected a failure envelope');
    expect(parsed.error.message.length).toBeGreaterThan(10);
    return parsed.error;
  }

  it('answers a good call with a success envelope at the shared path', async () => {
    const response = await fetch(base + callPath('workspace.get'), { method: 'POST', headers: auth(), body: '{}' });
    expect(response.status).toBe(200);
    expect(EnvelopeShapeSchema.parse(await response.json()).ok).toBe(true);
  });

  it('refuses a call without the session secret with a forbidden envelope', async () => {
    const response = await fetch(base + callPath('workspace.get'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(401);
    expect((await failure(response)).code).toBe('forbidden');
  });

  it('refuses a body that is not JSON, not declared JSON, or too large, each with its reason', async () => {
    const notJson = await fetch(base + callPath('workspace.get'), { method: 'POST', headers: auth(), body: '{' });
    expect(await failure(notJson)).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('not valid JSON') });
    const wrongType = await fetch(base + callPath('workspace.get'), { method: 'POST', headers: { ...auth(), 'Content-Type': 'text/plain' }, body: '{}' });
    expect(wrongType.status).toBe(415);
    expect(await failure(wrongType)).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('application/json') });
    const huge = await fetch(base + callPath('workspace.get'), { method: 'POST', headers: auth(), body: 'x'.repeat(26 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(await failure(huge)).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('larger than 25 MB') });
  });

  it('answers an unknown endpoint with an unknown_method envelope', async () => {
    const response = await fetch(`${base}${HTTP_TRANSPORT.apiPrefix}nothing`, { method: 'POST', headers: auth(), body: '{}' });
    expect(response.status).toBe(404);
    expect((await failure(response)).code).toBe('unknown_method');
  });
});

describe('the client checks every envelope', () => {
  it('passes a well-formed envelope through, with its undo ticket', async () => {
    const envelope = await envelopeOf(new Response(JSON.stringify({ ok: true, value: { a: 1 } })));
    expect(envelope).toEqual({ ok: true, value: { a: 1 } });
    const undoable = { ok: true, value: { a: 1 }, undo: { actionId: 'act-1', revision: 3 } };
    expect(await envelopeOf(new Response(JSON.stringify(undoable)))).toEqual(undoable);
  });

  it('answers every kind of call with an envelope the client accepts', async () => {
    // Guards the shape against the core: a mutating call carries an undo ticket.
    const { openTestCore: open } = await import('../../support/core');
    const core = await open();
    for (const [method, payload] of [
      ['workspace.get', {}],
      ['applications.create', { company: 'A', role: 'B' }],
      ['applications.get', { id: 'missing' }],
    ] as const) {
      const answer = await core.dispatch(method, payload);
      expect(EnvelopeShapeSchema.safeParse(JSON.parse(JSON.stringify(answer))).success, method).toBe(true);
    }
    await core.close();
  });

  it.each([
    ['an old-style error body', JSON.stringify({ error: 'request too large' }), 413, 'unexpected form'],
    ['an HTML proxy page', '<html>Bad gateway</html>', 502, 'unreadable'],
    ['a truncated answer', '{"ok":true,"val', 200, 'unreadable'],
    ['a failure without a code', JSON.stringify({ ok: false, error: { message: 'x' } }), 500, 'unexpected form'],
  ])('turns %s into a readable internal failure', async (_name, body, status, words) => {
    const envelope = await envelopeOf(new Response(body, { status }));
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('internal');
    expect(envelope.error.message).toContain(words);
    expect(envelope.error.message).toContain(`HTTP ${status}`);
  });
});
