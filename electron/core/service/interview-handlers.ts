import { HearbackError } from '../../../shared/contract';
import { UNKNOWN_PROMISE, type FollowUp, type Interview } from '../../../shared/domain';
import { isOpen, promiseDateProblem } from '../../../shared/followup';
import type { Handlers } from '../rpc/dispatch';
import { requireApplication } from './application-handlers';
import { nowIso, type ServiceContext } from './context';
import { arrivingInterview, onInterviewChanged } from './follow-up-planning';

/** Why a late entry's thank-you closed when the user said none was sent (a pass, not a failure). */
export const LATE_THANK_YOU_PASSED = 'Its moment passed before the interview was entered';

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

export function interviewHandlers(ctx: ServiceContext): Pick<Handlers, 'interviews.create' | 'interviews.update' | 'interviews.heardBack' | 'interviews.answerLate' | 'interviews.delete'> {
  const save = (interview: Interview, kind: 'created' | 'updated', summary: string) => {
    const problem = promiseDateProblem(interview);
    if (problem) throw new HearbackError('invalid_request', `The promised date ${problem}.`, [{ path: 'hearBack.date', message: problem }]);
    ctx.store.commit({
      summary,
      undoable: true,
      changes: [{ entity: 'interview', kind, id: interview.id, applicationId: interview.applicationId, after: interview, summary }, ...onInterviewChanged(ctx, interview, false)],
    });
    return interview;
  };

  return {
    'interviews.create'(req) {
      const app = requireApplication(ctx, req.applicationId);
      checkInterviewers(ctx, app.id, req.interviewerIds ?? []);
      const now = nowIso(ctx);
      const interview: Interview = arrivingInterview(ctx, {
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
      });
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

    'interviews.answerLate'(req) {
      const current = requireInterview(ctx, req.id);
      if (!current.lateEntry) throw new HearbackError('conflict', 'This interview was entered in time; its reminders are planned as usual.');
      if (current.lateEntry.answer !== null) throw new HearbackError('conflict', 'You already answered for this interview.');
      const now = nowIso(ctx);
      const next: Interview = {
        ...current,
        lateEntry: { answer: { thankYouSent: req.thankYouSent, answered: req.answered, at: now } },
        heardBackAt: req.answered ? (current.heardBackAt ?? now) : current.heardBackAt,
        updatedAt: now,
      };
      const said = [req.thankYouSent ? 'thank-you sent' : 'no thank-you', req.answered ? 'heard back' : 'no answer yet'].join(', ');
      const summary = `Answered about ${next.round}: ${said}`;
      // The open thank-you: sent (the user says so: it counts as sent), or passed without one.
      const thankYou = ctx.store.readChildrenOf(current.applicationId).followUps.find((f) => f.interviewId === current.id && f.origin === 'policy' && f.kind === 'thank-you' && isOpen(f));
      const closedThankYou: FollowUp | null = thankYou ? { ...thankYou, status: req.thankYouSent ? 'done' : 'skipped', statusReason: req.thankYouSent ? 'Marked sent' : LATE_THANK_YOU_PASSED, snoozedUntil: null, updatedAt: now } : null;
      ctx.store.commit({
        summary,
        undoable: true,
        changes: [
          { entity: 'interview', kind: 'updated', id: next.id, applicationId: next.applicationId, after: next, summary },
          ...(closedThankYou
            ? [{ entity: 'followUp' as const, kind: 'updated' as const, id: closedThankYou.id, applicationId: closedThankYou.applicationId, after: closedThankYou, summary: `${closedThankYou.title}: ${closedThankYou.statusReason}` }]
            : []),
          ...onInterviewChanged(ctx, next, false, closedThankYou ? [closedThankYou] : []),
        ],
      });
      return next;
    },

    'interviews.delete'(req) {
      const current = requireInterview(ctx, req.id);
      const summary = `Deleted interview ${current.round}`;
      ctx.store.commit({
        summary,
        undoable: true,
        changes: [...onInterviewChanged(ctx, current, true), { entity: 'interview', kind: 'deleted', id: current.id, applicationId: current.applicationId, after: null, summary }],
      });
      return { id: current.id };
    },
  };
}
