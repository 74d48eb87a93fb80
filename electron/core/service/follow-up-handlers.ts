import { HearbackError } from '../../../shared/contract';
import type { FollowUp } from '../../../shared/domain';
import { newFollowUp } from '../../../shared/followup';
import type { Handlers } from '../rpc/dispatch';
import { requireApplication } from './application-handlers';
import { nowIso, type ServiceContext } from './context';
import { actOnFollowUp, composeFor, validateCustomRecurrence } from './follow-up-planning';

export function requireFollowUp(ctx: ServiceContext, id: string): FollowUp {
  const followUp = ctx.store.readFollowUp(id);
  if (!followUp) throw new HearbackError('not_found', `No follow-up with id ${id}.`);
  return followUp;
}

export function followUpHandlers(ctx: ServiceContext): Pick<Handlers, 'followUps.create' | 'followUps.act' | 'followUps.saveDraft' | 'followUps.compose'> {
  return {
    'followUps.create'(req) {
      const app = requireApplication(ctx, req.applicationId);
      if (req.recurrence !== null) validateCustomRecurrence(req.recurrence, req.dueAt, req.timeZone);
      const now = nowIso(ctx);
      const followUp = newFollowUp(
        { id: ctx.newId(), applicationId: app.id, interviewId: null, kind: 'custom', title: req.title, dueAt: req.dueAt, timeZone: req.timeZone, recurrence: req.recurrence, channel: req.channel, origin: 'user' },
        now,
      );
      const summary = `Added reminder “${followUp.title}”`;
      ctx.store.commit({ summary, undoable: true, changes: [{ entity: 'followUp', kind: 'created', id: followUp.id, applicationId: app.id, after: followUp, summary }] });
      return followUp;
    },

    'followUps.act'(req) {
      return actOnFollowUp(ctx, requireFollowUp(ctx, req.id), req.act);
    },

    'followUps.saveDraft'(req) {
      const current = requireFollowUp(ctx, req.id);
      const next: FollowUp = { ...current, draft: req.draft, updatedAt: nowIso(ctx) };
      const summary = req.draft ? `Edited the draft of “${current.title}”` : `Reset the draft of “${current.title}” to the generated one`;
      // The composer saves as the user types: its text field undoes typing, and Ctrl+Z elsewhere
      // should undo the user's last action (a move, a sent mark), not a pause in their typing.
      ctx.store.commit({ summary, undoable: false, changes: [{ entity: 'followUp', kind: 'updated', id: next.id, applicationId: next.applicationId, after: next, summary }] });
      return next;
    },

    'followUps.compose'(req) {
      return composeFor(ctx, requireFollowUp(ctx, req.id));
    },
  };
}
