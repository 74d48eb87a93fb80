import { HearbackError, type ApplicationFields } from '../../../shared/contract';
import type { Application, Contact } from '../../../shared/domain';
import type { Handlers } from '../rpc/dispatch';
import { positionBetween } from '../store/card-position';
import { nowIso, requireApplication, type ServiceContext } from './context';
import { onStageChanged } from './follow-up-planning';

export { requireApplication };

const label = (app: Pick<Application, 'company' | 'role'>) => `${app.role} at ${app.company}`;

function withContactIds(ctx: ServiceContext, contacts: ApplicationFields['contacts'] | undefined): Contact[] | undefined {
  return contacts?.map((c) => ({ ...c, id: c.id ?? ctx.newId() }));
}

/** Cards of a stage in board order, without `exceptId`. */
function cardsOf(ctx: ServiceContext, stageId: string, exceptId?: string): Application[] {
  return [...ctx.store.active.applications.values()].filter((a) => a.stageId === stageId && a.id !== exceptId).sort((a, b) => a.position - b.position);
}

export function applicationHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'applications.create' | 'applications.update' | 'applications.move' | 'applications.setArchived' | 'applications.delete' | 'applications.get' | 'applications.listArchived'> {
  return {
    'applications.create'(req) {
      const stages = ctx.store.stages();
      const stageId = req.stageId ?? stages[0]?.id;
      if (!stageId || !ctx.store.stage(stageId)) throw new HearbackError('not_found', `No stage with id ${req.stageId}.`, [{ path: 'stageId', message: 'unknown stage' }]);
      const now = nowIso(ctx);
      const last = cardsOf(ctx, stageId).at(-1);
      const app: Application = {
        id: ctx.newId(),
        company: req.company,
        role: req.role,
        jobUrl: req.jobUrl ?? '',
        location: req.location ?? '',
        ...(req.workplace ? { workplace: req.workplace } : {}),
        salary: req.salary ?? null,
        source: req.source ?? '',
        notes: req.notes ?? '',
        tags: req.tags ?? [],
        fitLine: req.fitLine ?? '',
        contacts: withContactIds(ctx, req.contacts) ?? [],
        stageId,
        position: (last?.position ?? 0) + 1,
        stageReachedAt: { [stageId]: now },
        archived: false,
        createdAt: now,
        updatedAt: now,
        ...(req.posting ? { posting: req.posting } : {}),
      };
      ctx.store.commit({
        summary: `Added ${label(app)}`,
        undoable: true,
        changes: [{ entity: 'application', kind: 'created', id: app.id, applicationId: app.id, after: app, summary: `Added ${label(app)}` }],
      });
      return app;
    },

    'applications.update'(req) {
      const current = requireApplication(ctx, req.id);
      const { contacts, ...rest } = req.patch;
      const next: Application = {
        ...current,
        ...rest,
        ...(contacts ? { contacts: withContactIds(ctx, contacts) } : {}),
        updatedAt: nowIso(ctx),
      };
      // A removed contact is also removed from the interviews it was on, in the same action.
      const kept = new Set(next.contacts.map((c) => c.id));
      const interviewChanges = ctx.store
        .readChildrenOf(next.id)
        .interviews.filter((i) => i.interviewerIds.some((id) => !kept.has(id)))
        .map((i) => ({
          entity: 'interview' as const,
          kind: 'updated' as const,
          id: i.id,
          applicationId: next.id,
          after: { ...i, interviewerIds: i.interviewerIds.filter((id) => kept.has(id)), updatedAt: next.updatedAt },
          summary: `Removed a contact from ${i.round}`,
        }));
      ctx.store.commit({
        summary: `Edited ${label(next)}`,
        undoable: true,
        changes: [{ entity: 'application', kind: 'updated', id: next.id, applicationId: next.id, after: next, summary: `Edited ${Object.keys(req.patch).join(', ')}` }, ...interviewChanges],
      });
      return next;
    },

    'applications.move'(req) {
      const current = requireApplication(ctx, req.id);
      if (current.archived) throw new HearbackError('conflict', 'Archived applications are not on the board; restore it first.');
      const stage = ctx.store.stage(req.toStageId);
      if (!stage) throw new HearbackError('not_found', `No stage with id ${req.toStageId}.`, [{ path: 'toStageId', message: 'unknown stage' }]);
      const others = cardsOf(ctx, stage.id, current.id);
      const now = nowIso(ctx);
      let position = positionBetween(others, req.toIndex);
      const changes = [];
      if (position === null) {
        // Renumber the column (rare): positions 1, 2, 3… with a gap for the moved card.
        others.forEach((card, index) => {
          const renumbered = { ...card, position: index < req.toIndex ? index + 1 : index + 2 };
          changes.push({ entity: 'application' as const, kind: 'moved' as const, id: card.id, applicationId: card.id, after: renumbered, summary: 'Reordered' });
        });
        position = Math.min(req.toIndex, others.length) + 1;
      }
      const changedStage = current.stageId !== stage.id;
      const next: Application = {
        ...current,
        stageId: stage.id,
        position,
        stageReachedAt: changedStage && !current.stageReachedAt[stage.id] ? { ...current.stageReachedAt, [stage.id]: now } : current.stageReachedAt,
        updatedAt: now,
      };
      const summary = changedStage ? `Moved ${label(next)} to ${stage.name}` : `Reordered ${label(next)} in ${stage.name}`;
      changes.push({ entity: 'application' as const, kind: 'moved' as const, id: next.id, applicationId: next.id, after: next, summary });
      if (changedStage) changes.push(...onStageChanged(ctx, next, stage));
      ctx.store.commit({ summary, undoable: true, changes });
      return next;
    },

    'applications.setArchived'(req) {
      const current = requireApplication(ctx, req.id);
      if (current.archived === req.archived) return current;
      const next: Application = { ...current, archived: req.archived, updatedAt: nowIso(ctx) };
      const summary = `${req.archived ? 'Archived' : 'Restored'} ${label(next)}`;
      ctx.store.commit({
        summary,
        undoable: true,
        changes: [{ entity: 'application', kind: req.archived ? 'archived' : 'unarchived', id: next.id, applicationId: next.id, after: next, summary }],
      });
      return next;
    },

    'applications.delete'(req) {
      const current = requireApplication(ctx, req.id);
      const { interviews, followUps } = ctx.store.readChildrenOf(current.id);
      const summary = `Deleted ${label(current)}`;
      // Children first, so the history replays in a valid order.
      ctx.store.commit({
        summary,
        undoable: true,
        changes: [
          ...followUps.map((f) => ({ entity: 'followUp' as const, kind: 'deleted' as const, id: f.id, applicationId: current.id, after: null, summary: `Deleted follow-up “${f.title}”` })),
          ...interviews.map((i) => ({ entity: 'interview' as const, kind: 'deleted' as const, id: i.id, applicationId: current.id, after: null, summary: `Deleted interview “${i.round}”` })),
          { entity: 'application', kind: 'deleted', id: current.id, applicationId: current.id, after: null, summary },
        ],
      });
      return { id: current.id };
    },

    'applications.get'(req) {
      const application = requireApplication(ctx, req.id);
      return { application, ...ctx.store.readChildrenOf(application.id) };
    },

    'applications.listArchived'(req) {
      return ctx.store.listArchived(req.query ?? '', req.offset, req.limit);
    },
  };
}
