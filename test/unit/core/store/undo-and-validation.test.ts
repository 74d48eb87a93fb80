import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok, openTestCore, tempDir } from '../../../support/core';

describe('undo and redo', () => {
  it('undoes and redoes a move, an edit and a delete, and records each in the history', async () => {
    const core = await openTestCore();
    const app = await ok<{ id: string }>(core, 'applications.create', { company: 'Acme', role: 'Engineer' });
    await ok(core, 'applications.move', { id: app.id, toStageId: 'interviewing', toIndex: 0 });
    await ok(core, 'applications.update', { id: app.id, patch: { notes: 'Great team' } });
    await ok(core, 'applications.delete', { id: app.id });
    expect(core.store.readApplication(app.id)).toBeUndefined();

    expect(await ok(core, 'history.undo', {})).toEqual({ summary: 'Deleted Engineer at Acme' });
    expect(core.store.readApplication(app.id)?.notes).toBe('Great team');
    await ok(core, 'history.undo', {});
    expect(core.store.readApplication(app.id)?.notes).toBe('');
    await ok(core, 'history.undo', {});
    expect(core.store.readApplication(app.id)?.stageId).toBe('wishlist');
    await ok(core, 'history.redo', {});
    expect(core.store.readApplication(app.id)?.stageId).toBe('interviewing');

    const history = await ok<{ events: { summary: string; reverts: string | null }[] }>(core, 'history.list', { applicationId: app.id });
    expect(history.events.filter((e) => e.reverts !== null)).toHaveLength(4);
    expect(history.events[0]!.summary).toMatch(/^Redo: Moved/);
    await core.close();
  });

  it('a new action clears the redo chain', async () => {
    const core = await openTestCore();
    const app = await ok<{ id: string }>(core, 'applications.create', { company: 'Acme', role: 'Engineer' });
    await ok(core, 'applications.move', { id: app.id, toStageId: 'offer', toIndex: 0 });
    await ok(core, 'history.undo', {});
    await ok(core, 'applications.update', { id: app.id, patch: { notes: 'x' } });
    expect(await ok(core, 'history.redo', {})).toEqual({ summary: null });
    await core.close();
  });

  it('undoing a creation removes the record', async () => {
    const core = await openTestCore();
    const app = await ok<{ id: string }>(core, 'applications.create', { company: 'Acme', role: 'Engineer' });
    await ok(core, 'history.undo', {});
    expect(core.store.readApplication(app.id)).toBeUndefined();
    await core.close();
  });
});

describe('bad input writes nothing (property)', () => {
  const listFiles = (dir: string): string =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .sort()
      .map((f) => {
        try {
          return `${f}:${readFileSync(join(dir, f), 'utf8')}`;
        } catch {
          return f;
        }
      })
      .join('\n');

  it('any malformed create, update or move is refused with a typed error and leaves the folder untouched', async () => {
    const dataDir = tempDir();
    const core = await openTestCore({ dataDir });
    const app = await ok<{ id: string }>(core, 'applications.create', { company: 'Acme', role: 'Engineer' });
    const before = listFiles(dataDir);
    let accepted = 0;
    const hostile = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.string({ minLength: 201, maxLength: 400 }),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ method: fc.constant('applications.create'), payload: fc.record({ company: hostile, role: hostile }) }),
          fc.record({ method: fc.constant('applications.update'), payload: fc.record({ id: fc.constant(app.id), patch: fc.record({ salary: hostile, tags: hostile }) }) }),
          fc.record({ method: fc.constant('applications.move'), payload: fc.record({ id: hostile, toStageId: hostile, toIndex: hostile }) }),
          fc.record({ method: fc.constant('settings.update'), payload: fc.record({ patch: fc.record({ workWeek: hostile, holidays: hostile }) }) }),
        ),
        async ({ method, payload }) => {
          const revision = core.store.revision;
          const filesBefore = listFiles(dataDir);
          const envelope = await core.dispatch(method, payload);
          if (envelope.ok) {
            accepted++; // a random value can happen to be valid (e.g. a short string as a name)
            return;
          }
          expect(['invalid_request', 'not_found']).toContain(envelope.error.code);
          expect(core.store.revision).toBe(revision);
          // Checked for every refusal, not only when nothing at all was accepted.
          expect(listFiles(dataDir)).toBe(filesBefore);
        },
      ),
      { numRuns: 300 },
    );
    expect(core.store.revision).toBe(1 + accepted);
    if (accepted === 0) expect(listFiles(dataDir)).toBe(before);
    expect(accepted).toBeLessThan(300); // the property refused something, so the check above ran
    await core.close();
  });
});
