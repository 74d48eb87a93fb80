import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { applyWorkspacePatch, type DataChanged, type Workspace } from '../../../../shared/contract';
import type { Application, Interview } from '../../../../shared/domain';
import { ok, openTestCore } from '../../../support/core';

/**
 * The renderer keeps its workspace by applying the patch of each `data.changed`. Rule: after any
 * sequence of changes, the patched workspace equals a fresh `workspace.get` — the same records,
 * settings and undo state — and a patch is refused (refetch) exactly when it does not follow.
 */

type Op =
  | { op: 'create'; stage: number }
  | { op: 'move'; app: number; stage: number; index: number }
  | { op: 'rename'; app: number; role: string }
  | { op: 'archive'; app: number }
  | { op: 'restore'; app: number }
  | { op: 'delete'; app: number }
  | { op: 'interview'; app: number }
  | { op: 'deleteInterview'; app: number }
  | { op: 'markSent'; app: number }
  | { op: 'stage' }
  | { op: 'deleteStage'; stage: number }
  | { op: 'settings'; checkIns: number }
  | { op: 'undo' }
  | { op: 'redo' };

const STAGES = ['wishlist', 'applied', 'interviewing', 'offer', 'closed'];

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('create' as const), stage: fc.nat(4) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('move' as const), app: fc.nat(20), stage: fc.nat(6), index: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), app: fc.nat(20), role: fc.constantFrom('Engineer', 'Designer', 'Lead') }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('archive' as const), app: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('restore' as const), app: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), app: fc.nat(20) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('interview' as const), app: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteInterview' as const), app: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('markSent' as const), app: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('stage' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteStage' as const), stage: fc.nat(6) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('settings' as const), checkIns: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('undo' as const) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('redo' as const) }) },
);

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

/** Runs one op; failures the app would show as a message (a conflict, nothing to undo) are fine. */
async function perform(core: Core, ws: Workspace, archived: string[], op: Op): Promise<void> {
  const apps = ws.applications;
  const call = (method: string, payload: unknown) => core.dispatch(method, payload);
  switch (op.op) {
    case 'create':
      await call('applications.create', { company: `Co ${apps.length}`, role: 'Engineer', stageId: STAGES[op.stage] });
      return;
    case 'move': {
      const app = pick(apps, op.app);
      const stage = pick(ws.stages, op.stage);
      if (app && stage) await call('applications.move', { id: app.id, toStageId: stage.id, toIndex: op.index });
      return;
    }
    case 'rename': {
      const app = pick(apps, op.app);
      if (app) await call('applications.update', { id: app.id, patch: { role: op.role } });
      return;
    }
    case 'archive': {
      const app = pick(apps, op.app);
      if (app) {
        await call('applications.setArchived', { id: app.id, archived: true });
        archived.push(app.id);
      }
      return;
    }
    case 'restore': {
      const id = pick(archived, op.app);
      if (id) await call('applications.setArchived', { id, archived: false });
      return;
    }
    case 'delete': {
      const app = pick(apps, op.app);
      if (app) await call('applications.delete', { id: app.id });
      return;
    }
    case 'interview': {
      const app = pick(apps, op.app);
      if (app)
        await call('interviews.create', {
          applicationId: app.id,
          round: 'Call',
          startsAt: '2026-03-02T08:00:00.000Z',
          timeZone: 'Europe/Berlin',
          durationMinutes: 30,
          interviewerIds: [],
          memorableDetail: '',
          hearBack: { status: 'unknown', date: null, channel: null, asked: false },
        });
      return;
    }
    case 'deleteInterview': {
      const interview = pick(ws.interviews, op.app);
      if (interview) await call('interviews.delete', { id: interview.id });
      return;
    }
    case 'markSent': {
      const followUp = pick(
        ws.followUps.filter((f) => f.status === 'pending'),
        op.app,
      );
      if (followUp) await call('followUps.act', { id: followUp.id, act: { action: 'markSent' } });
      return;
    }
    case 'stage':
      await call('stages.create', { name: `Stage ${ws.stages.length}` });
      return;
    case 'deleteStage': {
      const stage = pick(ws.stages, op.stage);
      const other = ws.stages.find((s) => s.id !== stage?.id);
      if (stage && other) await call('stages.delete', { id: stage.id, moveCardsTo: other.id });
      return;
    }
    case 'settings':
      await call('settings.update', { patch: { cadence: { ...ws.settings.cadence, maxCheckIns: op.checkIns } } });
      return;
    case 'undo':
      await call('history.undo', {});
      return;
    case 'redo':
      await call('history.redo', {});
      return;
  }
}

/** The workspace as a comparable value: records by id (order is the views' business). */
function normal(ws: Workspace) {
  const byId = <T extends { id: string }>(list: readonly T[]) => Object.fromEntries([...list].sort((a, b) => a.id.localeCompare(b.id)).map((r) => [r.id, r]));
  return { ...ws, stages: byId(ws.stages), applications: byId(ws.applications), interviews: byId(ws.interviews), followUps: byId(ws.followUps) };
}

describe('workspace patches', () => {
  it('keep a patched copy equal to a fresh workspace after every change', async () => {
    let patchedChanges = 0;
    let refetches = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        const core = await openTestCore();
        try {
          const changes: DataChanged[] = [];
          core.onEvent((event, payload) => {
            if (event === 'data.changed') changes.push(payload as DataChanged);
          });
          let held = await ok<Workspace>(core, 'workspace.get', {});
          const archived: string[] = [];
          for (const op of ops) {
            await perform(core, held, archived, op);
            for (const change of changes.splice(0)) {
              const patched = applyWorkspacePatch(held, change);
              if (patched === null) {
                refetches++;
                held = await ok<Workspace>(core, 'workspace.get', {});
              } else {
                patchedChanges++;
                held = patched;
              }
            }
            const fresh = await ok<Workspace>(core, 'workspace.get', {});
            expect(normal(held)).toEqual(normal(fresh));
          }
        } finally {
          await core.close();
        }
      }),
      { numRuns: 150 },
    );
    // The property is about patches: nearly every change must have been applied as one.
    expect(patchedChanges).toBeGreaterThan(refetches * 20);
  });

  it('is refused when it does not follow the revision held, so the renderer refetches', async () => {
    const core = await openTestCore();
    const changes: DataChanged[] = [];
    core.onEvent((event, payload) => {
      if (event === 'data.changed') changes.push(payload as DataChanged);
    });
    const start = await ok<Workspace>(core, 'workspace.get', {});
    await ok<Application>(core, 'applications.create', { company: 'A', role: 'R', stageId: 'applied' });
    await ok<Application>(core, 'applications.create', { company: 'B', role: 'R', stageId: 'applied' });
    const [first, second] = changes;
    expect(first?.patch?.upsert.applications.map((a) => a.company)).toEqual(['A']);
    // Skipping the first change: the second cannot apply.
    expect(applyWorkspacePatch(start, second!)).toBeNull();
    expect(applyWorkspacePatch(applyWorkspacePatch(start, first!)!, second!)?.applications.map((a) => a.company)).toEqual(['A', 'B']);
    await core.close();
  });

  it('carries only the change: one move sends one application, whatever the workspace holds', async () => {
    const core = await openTestCore();
    for (let i = 0; i < 40; i++) await ok<Application>(core, 'applications.create', { company: `C${i}`, role: 'R', stageId: 'applied' });
    const app = await ok<Application>(core, 'applications.create', { company: 'Mover', role: 'R', stageId: 'applied' });
    await ok<Interview>(core, 'interviews.create', {
      applicationId: app.id,
      round: 'Call',
      startsAt: '2026-03-02T08:00:00.000Z',
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
      interviewerIds: [],
      memorableDetail: '',
      hearBack: { status: 'unknown', date: null, channel: null, asked: false },
    });
    const changes: DataChanged[] = [];
    core.onEvent((event, payload) => {
      if (event === 'data.changed') changes.push(payload as DataChanged);
    });
    await ok(core, 'applications.move', { id: app.id, toStageId: 'offer', toIndex: 0 });
    const patch = changes.at(-1)?.patch;
    expect(patch?.upsert.applications.map((a) => a.company)).toEqual(['Mover']);
    expect(patch?.upsert.stages).toEqual([]);
    expect(patch?.remove).toEqual({ stages: [], applications: [], interviews: [], followUps: [] });
    await core.close();
  });
});
