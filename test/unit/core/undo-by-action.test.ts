import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { undoAvailability } from '../../../renderer/src/ui/undo-availability';
import type { UndoTicket, Workspace } from '../../../shared/contract';
import type { Application } from '../../../shared/domain';
import { ok, openTestCore } from '../../support/core';

/** A toast's Undo reverses exactly its own change, or is refused with the reason. */

async function create(core: Core, company: string): Promise<Application> {
  return ok<Application>(core, 'applications.create', { company, role: 'Engineer', stageId: 'applied' });
}

/** Moves an application and returns the move's undo ticket, as a toast gets it. */
async function move(core: Core, app: Application, toStageId: string): Promise<UndoTicket> {
  const envelope = await core.dispatch('applications.move', { id: app.id, toStageId, toIndex: 0 });
  if (!envelope.ok || !envelope.undo) throw new Error('the move reported no undo ticket');
  return envelope.undo;
}

const stageOf = (core: Core, id: string) => core.store.readApplication(id)?.stageId;

describe('undo by action id', () => {
  it('every undoable change reports its action id and the revision that contains it; reads report none', async () => {
    const core = await openTestCore();
    const globex = await create(core, 'Globex');
    const ticket = await move(core, globex, 'interviewing');
    const ws = await ok<Workspace>(core, 'workspace.get', {});
    expect(ws.revision).toBe(ticket.revision);
    expect(ws.undoableActionIds.at(-1)).toBe(ticket.actionId);
    const read = await core.dispatch('workspace.get', {});
    expect(read.ok && read.undo).toBeFalsy();
    await core.close();
  });

  it('the stale toast of an undone move never undoes a different application (the issue, step by step)', async () => {
    const core = await openTestCore();
    const globex = await create(core, 'Globex');
    const initech = await create(core, 'Initech');
    const globexMove = await move(core, globex, 'interviewing');
    const initechMove = await move(core, initech, 'interviewing');
    await ok(core, 'history.undo', {}); // Ctrl+Z: Initech goes back
    expect(stageOf(core, initech.id)).toBe('applied');

    const stale = await core.dispatch('history.undo', { actionId: initechMove.actionId });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('already undone') });
    expect(stageOf(core, globex.id)).toBe('interviewing'); // Globex did not move back

    // Globex's own toast still undoes Globex's move.
    await ok(core, 'history.undo', { actionId: globexMove.actionId });
    expect(stageOf(core, globex.id)).toBe('applied');
    await core.close();
  });

  it('an older change is refused while a later one stands, and nothing is written', async () => {
    const core = await openTestCore();
    const globex = await create(core, 'Globex');
    const initech = await create(core, 'Initech');
    const globexMove = await move(core, globex, 'interviewing');
    await move(core, initech, 'interviewing');
    const before = core.store.revision;
    const refused = await core.dispatch('history.undo', { actionId: globexMove.actionId });
    expect(!refused.ok && refused.error.code).toBe('conflict');
    expect(!refused.ok && refused.error.message).toMatch(/a later change came after it/);
    expect(core.store.revision).toBe(before);
    expect([stageOf(core, globex.id), stageOf(core, initech.id)]).toEqual(['interviewing', 'interviewing']);
    await core.close();
  });
});

describe('when a toast offers its Undo (renderer/src/ui/undo-availability.ts)', () => {
  const ticket: UndoTicket = { actionId: 'b', revision: 10 };

  it('enabled while its change is the latest', () => {
    expect(undoAvailability(ticket, { revision: 10, undoableActionIds: ['a', 'b'] })).toEqual({ ok: true });
  });
  it('enabled while the screen has not yet fetched a workspace that contains the change', () => {
    expect(undoAvailability(ticket, { revision: 9, undoableActionIds: ['a'] })).toEqual({ ok: true });
    expect(undoAvailability(ticket, null)).toEqual({ ok: true });
  });
  it('disabled, saying why, once a later change came after it', () => {
    expect(undoAvailability(ticket, { revision: 12, undoableActionIds: ['a', 'b', 'c'] })).toEqual({ ok: false, reason: 'Can’t undo: a later change came after it.' });
  });
  it('disabled, saying why, once it was undone', () => {
    expect(undoAvailability(ticket, { revision: 12, undoableActionIds: ['a'] })).toEqual({ ok: false, reason: 'Can’t undo: already undone.' });
  });
});
