import { HearbackError } from '../../../shared/contract';
import { UNKNOWN_PROMISE, type Interview } from '../../../shared/domain';
import { promiseDateProblem } from '../../../shared/followup';
import type { Handlers } from '../rpc/dispatch';
import { requireApplication } from './application-handlers';
import { nowIso, type ServiceContext } from './context';
import { onInterviewChanged } from './follow-up-planning';

function requireInterview(ctx: ServiceContext, id: string): Interview {
  const interview = ctx.store.readInterview(id);
  if (!interview) throw new HearbackError('not_found', `No interview with id ${id}.`);
  return interview;
}

function checkInterviewers(ctx: ServiceContext, applicationId: string, ids: readonly string[]): void {
  const contacts = new Set(requireApplication(ctx, applicationId).contacts.map((c) => c.id));
  const unknown = ids.filter((id) => !contacts.has(id));
  if (unknown.length > 0) {
    throw new HearbackError('invalid_request', 'Interviewers must be contacts of the application.', [{ path: 'interviewerIds', message: `unknown contact ${unknown[0]}` }]);
  }
}

export function interviewHandlers(ctx: ServiceContext): Pick<Handlers, 'interviews.create' | 'interviews.update' | 'interviews.heardBack' | 'interviews.delete'> {
  const save = (interview: Interview, kind: 'created' | 'updated', summary: string) => {
    const problem = promiseDateProblem(interview);
    if (problem) throw new HearbackError('invalid_request', `The promised date ${problem}.`, [{ path: 'hearBack.date', message: problem }]);
    ctx.store.commit({
      summary,
      undoable: true,
      changes: [
        { entity: 'interview', kind, id: interview.id, applicationId: interview.applicationId, after: interview, summary },
        ...onInterviewChanged(ctx, interview, false),
      ],
    });
    return interview;
  };

  return {
    'interviews.create'(req) {
      const app = requireApplication(ctx, req.applicationId);
      checkInterviewers(ctx, app.id, req.interviewerIds ?? []);
      const now = nowIso(ctx);
      const interview: Interview = {
        id: ctx.newId(),
        applicationId: app.id,
        round: req.round,
        startsAt: req.startsAt,
        timeZone: req.timeZone,
        durationMinutes: req.durationMinutes ?? 60,
        format: req.format ?? 'video',
        location: req.location ?? '',
        interviewerIds: req.interviewerIds ?? [],
        notes: req.notes ?? '',
        memorableDetail: req.memorableDetail ?? '',
        hearBack: req.hearBack ?? UNKNOWN_PROMISE,
        outcome: req.outcome ?? 'pending',
        heardBackAt: null,
        createdAt: now,
        updatedAt: now,
      };
      return save(interview, 'created', `Scheduled ${interview.round} with ${app.company}`);
    },

    'interviews.update'(req) {
      const current = requireInterview(ctx, req.id);
      if (req.patch.interviewerIds) checkInterviewers(ctx, current.applicationId, req.patch.interviewerIds);
      const next: Interview = { ...current, ...req.patch, updatedAt: nowIso(ctx) };
      const what = req.patch.startsAt && req.patch.startsAt !== current.startsAt ? 'Rescheduled' : req.patch.hearBack ? 'Recorded the hear-back promise for' : 'Edited';
      return save(next, 'updated', `${what} ${next.round}`);
    },

    'interviews.heardBack'(req) {
      const current = requireInterview(ctx, req.id);
      const now = nowIso(ctx);
      const at = req.at !== undefined && req.at < now ? req.at : now;
      const next: Interview = { ...current, heardBackAt: req.heardBack ? at : null, outcome: req.outcome ?? current.outcome, updatedAt: now };
      return save(next, 'updated', req.heardBack ? `Heard back after ${next.round}` : `Marked ${next.round} as still waiting`);
    },

    'interviews.delete'(req) {
      const current = requireInterview(ctx, req.id);
      const summary = `Deleted interview ${current.round}`;
      ctx.store.commit({
        summary,
        undoable: true,
        changes: [
          ...onInterviewChanged(ctx, current, true),
          { entity: 'interview', kind: 'deleted', id: current.id, applicationId: current.applicationId, after: null, summary },
        ],
      });
      return { id: current.id };
    },
  };
}
