import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { createDispatcher, UNEXPECTED_AFTER_CHANGE, UNEXPECTED_NOTHING_CHANGED, type Handlers } from '../../../../electron/core/rpc/dispatch';
import { ok, openTestCore, tempDir } from '../../../support/core';

/** Every file under the data folder with its contents, to prove a refused call wrote nothing. */
function snapshotFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[path] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

describe('contract dispatch', () => {
  let core: Core;
  let dataDir: string;
  let appId: string;

  beforeEach(async () => {
    dataDir = tempDir();
    core = await openTestCore({ dataDir });
    appId = (await ok<{ id: string }>(core, 'applications.create', { company: 'Acme', role: 'Engineer' })).id;
  });
  afterEach(async () => {
    await core.close();
  });

  const malformed: [string, unknown, unknown, string][] = [
    ['an unknown method', 'applications.drop', {}, 'unknown_method'],
    ['a method name that is not a string', 42, {}, 'unknown_method'],
    ['a prototype key as method', '__proto__', {}, 'unknown_method'],
    ['a payload that is not an object', 'applications.create', 'Acme', 'invalid_request'],
    ['a null payload', 'applications.create', null, 'invalid_request'],
    ['a missing required field', 'applications.create', { company: 'Acme' }, 'invalid_request'],
    ['a blank required field', 'applications.create', { company: '   ', role: 'Dev' }, 'invalid_request'],
    ['a wrong type', 'applications.create', { company: 7, role: 'Dev' }, 'invalid_request'],
    ['an extra field', 'applications.create', { company: 'A', role: 'B', admin: true }, 'invalid_request'],
    ['a huge string', 'applications.create', { company: 'A'.repeat(1_000_000), role: 'B' }, 'invalid_request'],
    ['a javascript: job link', 'applications.create', { company: 'A', role: 'B', jobUrl: 'javascript:alert(1)' }, 'invalid_request'],
    ['a bad id', 'applications.move', { id: '../../etc', toStageId: 'applied', toIndex: 0 }, 'invalid_request'],
    ['a negative index', 'applications.move', { id: 'abc', toStageId: 'applied', toIndex: -1 }, 'invalid_request'],
    ['a fractional index', 'applications.move', { id: 'abc', toStageId: 'applied', toIndex: 1.5 }, 'invalid_request'],
    ['an unknown record', 'applications.move', { id: 'nope', toStageId: 'applied', toIndex: 0 }, 'not_found'],
    ['an unknown time zone', 'interviews.create', { applicationId: 'x', round: 'R1', startsAt: '2026-03-02T10:00:00.000Z', timeZone: 'Mars/Olympus' }, 'invalid_request'],
    ['an instant with an offset', 'interviews.create', { applicationId: 'x', round: 'R1', startsAt: '2026-03-02T10:00:00+01:00', timeZone: 'UTC' }, 'invalid_request'],
    ['an extra nested field', 'settings.update', { patch: { quietHours: { enabled: true, start: '21:00', end: '08:00', loud: 1 } } }, 'invalid_request'],
    ['a bad time of day', 'settings.update', { patch: { quietHours: { enabled: true, start: '25:00', end: '08:00' } } }, 'invalid_request'],
  ];

  it.each(malformed)('rejects %s with a typed error and writes nothing', async (_name, method, payload, code) => {
    const before = snapshotFolder(dataDir);
    const revision = core.store.revision;
    const envelope = await core.dispatch(method, payload);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe(code);
    expect(envelope.error.message.length).toBeGreaterThan(10);
    expect(core.store.revision).toBe(revision);
    expect(snapshotFolder(dataDir)).toEqual(before);
  });

  it('names the offending field in the error', async () => {
    const envelope = await core.dispatch('applications.create', { company: 'Acme', role: 5 });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'role' }] } });
    if (!envelope.ok) expect(envelope.error.message).toContain('Role');
  });

  it('says "is required" for a missing field', async () => {
    const envelope = await core.dispatch('applications.create', { company: 'Acme' });
    expect(envelope).toMatchObject({ ok: false, error: { issues: [{ path: 'role', message: 'Role is required.' }] } });
  });

  it('answers blank company and role in the user’s words, naming no method', async () => {
    const envelope = await core.dispatch('applications.create', { company: '   ', role: ' ' });
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'invalid_request',
        message: 'Company is required. Role is required.',
        issues: [
          { path: 'company', message: 'Company is required.' },
          { path: 'role', message: 'Role is required.' },
        ],
      },
    });
  });

  it.each([
    [{ checkInRepeatDays: 0 }, 'Days between check-ins must be a whole number from 1 to 60.'],
    [{ checkInRepeatDays: 61 }, 'Days between check-ins must be a whole number from 1 to 60.'],
    [{ checkInRepeatDays: 2.5 }, 'Days between check-ins must be a whole number from 1 to 60.'],
    [{ thankYouDelayHours: -1 }, 'Hours before the thank-you note is due must be a number from 0 to 48.'],
  ])('says a cadence number’s range in plain words (%j)', async (cadence, sentence) => {
    const envelope = await core.dispatch('settings.update', { patch: { cadence } });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_request', message: sentence, issues: [{ path: 'patch.cadence.' + Object.keys(cadence)[0], message: sentence }] } });
  });

  it('an unknown method is refused without repeating it to the user', async () => {
    const envelope = await core.dispatch('applications.drop', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown_method', message: 'This version of Hearback cannot do that.' } });
  });

  it('accepts a valid call and announces the change', async () => {
    const revisions: number[] = [];
    core.onEvent((event, payload) => {
      if (event === 'data.changed') revisions.push((payload as { revision: number }).revision);
    });
    await ok(core, 'applications.move', { id: appId, toStageId: 'interviewing', toIndex: 0 });
    expect(revisions).toEqual([core.store.revision]);
  });
});

describe('a handler that throws a plain Error', () => {
  const handlers = (change: () => void) =>
    new Proxy({} as Handlers, {
      get: () => () => {
        change();
        throw new Error('disk cable unplugged in applications.create');
      },
    });

  it('says nothing was changed only when nothing was, and logs the detail', async () => {
    const logged: string[] = [];
    let revision = 1;
    const quiet = createDispatcher(
      handlers(() => {}),
      { readOnlyReason: () => null, log: (m, meta) => logged.push(`${m} ${JSON.stringify(meta)}`), revision: () => revision },
    );
    const untouched = await quiet('applications.create', { company: 'A', role: 'B' });
    expect(untouched).toEqual({ ok: false, error: { code: 'internal', message: UNEXPECTED_NOTHING_CHANGED, issues: [] } });

    const changing = createDispatcher(
      handlers(() => (revision += 1)),
      { readOnlyReason: () => null, log: (m) => logged.push(m), revision: () => revision },
    );
    const changed = await changing('applications.create', { company: 'A', role: 'B' });
    expect(changed).toEqual({ ok: false, error: { code: 'internal', message: UNEXPECTED_AFTER_CHANGE, issues: [] } });
    expect(UNEXPECTED_AFTER_CHANGE).not.toMatch(/nothing was changed/);
    expect(logged.join('\n')).toContain('disk cable unplugged');
  });
});
