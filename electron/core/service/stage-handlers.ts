import { HearbackError } from '../../../shared/contract';
import type { Stage } from '../../../shared/domain';
import type { Handlers } from '../rpc/dispatch';
import type { Change } from '../store/hearback-store';
import { nowIso, type ServiceContext } from './context';

const PALETTE = ['#4f7cff', '#8b5cf6', '#16a34a', '#f59e0b', '#ef4444', '#0ea5e9', '#64748b', '#db2777'];
const MAX_STAGES = 20;

function requireStage(ctx: ServiceContext, id: string): Stage {
  const stage = ctx.store.stage(id);
  if (!stage) throw new HearbackError('not_found', `No stage with id ${id}.`);
  return stage;
}

export function stageHandlers(ctx: ServiceContext): Pick<Handlers, 'stages.create' | 'stages.update' | 'stages.reorder' | 'stages.delete'> {
  return {
    'stages.create'(req) {
      const stages = ctx.store.stages();
      if (stages.length >= MAX_STAGES) throw new HearbackError('conflict', `A board can have at most ${MAX_STAGES} stages.`);
      const stage: Stage = {
        id: ctx.newId(),
        name: req.name,
        color: req.color ?? PALETTE[stages.length % PALETTE.length]!,
        kind: req.kind ?? 'active',
        order: stages.length,
      };
      ctx.store.commit({
        summary: `Added stage ${stage.name}`,
        undoable: true,
        changes: [{ entity: 'stage', kind: 'created', id: stage.id, applicationId: null, after: stage, summary: `Added stage ${stage.name}` }],
      });
      return stage;
    },

    'stages.update'(req) {
      const current = requireStage(ctx, req.id);
      const next: Stage = { ...current, ...req.patch };
      const summary = req.patch.name && req.patch.name !== current.name ? `Renamed stage ${current.name} to ${next.name}` : `Edited stage ${next.name}`;
      ctx.store.commit({ summary, undoable: true, changes: [{ entity: 'stage', kind: 'updated', id: next.id, applicationId: null, after: next, summary }] });
      return next;
    },

    'stages.reorder'(req) {
      const stages = ctx.store.stages();
      const known = new Set(stages.map((s) => s.id));
      if (req.ids.length !== stages.length || new Set(req.ids).size !== req.ids.length || !req.ids.every((id) => known.has(id))) {
        throw new HearbackError('invalid_request', 'The new order must name every stage exactly once.', [{ path: 'ids', message: 'must list every stage once' }]);
      }
      const reordered = req.ids.map((id, order) => ({ ...requireStage(ctx, id), order }));
      ctx.store.commit({
        summary: 'Reordered stages',
        undoable: true,
        changes: reordered.filter((s) => s.order !== requireStage(ctx, s.id).order).map((s) => ({ entity: 'stage' as const, kind: 'updated' as const, id: s.id, applicationId: null, after: s, summary: `Moved stage ${s.name}` })),
      });
      return reordered;
    },

    'stages.delete'(req) {
      const stage = requireStage(ctx, req.id);
      if (req.moveCardsTo === req.id) throw new HearbackError('invalid_request', 'Cards must move to another stage.', [{ path: 'moveCardsTo', message: 'must be another stage' }]);
      const target = requireStage(ctx, req.moveCardsTo);
      const now = nowIso(ctx);
      const moved = [...ctx.store.active.applications.values()].filter((a) => a.stageId === stage.id);
      const lastPosition = Math.max(0, ...[...ctx.store.active.applications.values()].filter((a) => a.stageId === target.id).map((a) => a.position));
      const changes: Change[] = moved.map((app, index) => ({
        entity: 'application',
        kind: 'moved',
        id: app.id,
        applicationId: app.id,
        after: { ...app, stageId: target.id, position: lastPosition + index + 1, stageReachedAt: { [target.id]: now, ...app.stageReachedAt }, updatedAt: now },
        summary: `Moved to ${target.name} (stage ${stage.name} deleted)`,
      }));
      // Archived cards of the stage keep pointing at it; they move when restored (see restore).
      const remaining = ctx.store.stages().filter((s) => s.id !== stage.id);
      changes.push(
        ...remaining
          .map((s, order) => ({ ...s, order }))
          .filter((s) => s.order !== requireStage(ctx, s.id).order)
          .map((s) => ({ entity: 'stage' as const, kind: 'updated' as const, id: s.id, applicationId: null, after: s, summary: `Moved stage ${s.name}` })),
      );
      changes.push({ entity: 'stage', kind: 'deleted', id: stage.id, applicationId: null, after: null, summary: `Deleted stage ${stage.name}; its cards moved to ${target.name}` });
      ctx.store.commit({ summary: `Deleted stage ${stage.name}`, undoable: true, changes });
      return { id: stage.id };
    },
  };
}
