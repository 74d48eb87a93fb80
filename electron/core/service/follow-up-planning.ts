import { HearbackError, type ComposedDraft, type FollowUpAction } from '../../../shared/contract';
import type { Application, FollowUp, Interview, Settings, Stage } from '../../../shared/domain';
import { composeDraft } from '../../../shared/drafts';
import { applyFollowUpAction, cancelFollowUps, planInterviewFollowUps, validateRecurrence } from '../../../shared/followup';
import type { Change } from '../store/interview-store';
import { nowIso, type ServiceContext } from './context';

/**
 * Where the service meets the follow-up engine (shared/followup): every change that affects a
 * cadence re-plans it inside the same user action, so undo restores both together.
 */

function followUpChanges(ctx: ServiceContext, records: readonly FollowUp[], summary: (f: FollowUp) => string): Change[] {
  // Looked up among the application's own records: a global lookup of a new id would search
  // (and load) every archive shard.
  const known = new Map<string, Set<string>>();
  const exists = (f: FollowUp) => {
    let ids = known.get(f.applicationId);
    if (!ids) known.set(f.applicationId, (ids = new Set(ctx.store.childrenOf(f.applicationId).followUps.map((x) => x.id))));
    return ids.has(f.id);
  };
  return records.map((followUp) => ({
    entity: 'followUp',
    kind: exists(followUp) ? 'updated' : 'created',
    id: followUp.id,
    applicationId: followUp.applicationId,
    after: followUp,
    summary: summary(followUp),
  }));
}

function describePlanned(f: FollowUp): string {
  const reason = f.statusReason ? ` (${f.statusReason})` : '';
  switch (f.status) {
    case 'cancelled':
      return `Cancelled “${f.title}”${reason}`;
    case 'skipped':
      return `Skipped “${f.title}”${reason}`;
    case 'done':
      return `Done: “${f.title}”`;
    default:
      return `Planned “${f.title}”`;
  }
}

/** Re-plans one interview's follow-ups (`application`/`stage` may be the about-to-be-saved versions). */
function planInterview(ctx: ServiceContext, interview: Interview, application: Application, stage: Stage, settings: Settings = ctx.store.settings): FollowUp[] {
  return planInterviewFollowUps({
    application,
    stage,
    interview,
    existing: ctx.store.childrenOf(application.id).followUps.filter((f) => f.interviewId === interview.id),
    settings,
    zone: settings.timeZone ?? ctx.zone(),
    now: nowIso(ctx),
    newId: ctx.newId,
  });
}

export function onInterviewChanged(ctx: ServiceContext, interview: Interview, deleted: boolean): Change[] {
  if (deleted) {
    const existing = ctx.store.childrenOf(interview.applicationId).followUps.filter((f) => f.interviewId === interview.id);
    return followUpChanges(ctx, cancelFollowUps(existing, 'Interview deleted', nowIso(ctx)), describePlanned);
  }
  const application = ctx.store.application(interview.applicationId);
  const stage = application && ctx.store.stage(application.stageId);
  if (!application || !stage) return [];
  return followUpChanges(ctx, planInterview(ctx, interview, application, stage), describePlanned);
}

/** A card moved to another stage: a closed stage stops its cadences, moving back revives them. */
export function onStageChanged(ctx: ServiceContext, application: Application, stage: Stage): Change[] {
  const interviews = ctx.store.childrenOf(application.id).interviews;
  return interviews.flatMap((interview) => followUpChanges(ctx, planInterview(ctx, interview, application, stage), describePlanned));
}

/** New settings (cadence, work week, zone…) re-plan every interview of the active set. */
export function replanAll(ctx: ServiceContext, settings: Settings): Change[] {
  const changes: Change[] = [];
  for (const interview of ctx.store.active.interviews.values()) {
    const application = ctx.store.application(interview.applicationId);
    const stage = application && ctx.store.stage(application.stageId);
    if (application && stage) changes.push(...followUpChanges(ctx, planInterview(ctx, interview, application, stage, settings), describePlanned));
  }
  return changes;
}

const ACTION_WORDS: Record<FollowUpAction['action'], string> = {
  markSent: 'Sent',
  snooze: 'Snoozed',
  heardBack: 'Heard back on',
  skip: 'Skipped',
  reopen: 'Reopened',
};

export function actOnFollowUp(ctx: ServiceContext, followUp: FollowUp, act: FollowUpAction): FollowUp {
  const now = nowIso(ctx);
  const all = ctx.store.childrenOf(followUp.applicationId).followUps;
  const siblings = all.filter((f) => f.id !== followUp.id && f.interviewId === followUp.interviewId);
  const updated = applyFollowUpAction({ followUp, siblings, act, now, zone: ctx.zone(), settings: ctx.store.settings });
  const summary = `${ACTION_WORDS[act.action]} “${followUp.title}”`;
  const changes: Change[] = followUpChanges(ctx, updated, (f) => (f.id === followUp.id ? summary : describePlanned(f)));
  const interview = followUp.interviewId ? ctx.store.interview(followUp.interviewId) : undefined;
  if (interview) {
    // The answer belongs to the interview: it stops the cadence there (and reopening undoes it).
    const heardBackAt = act.action === 'heardBack' ? now : act.action === 'reopen' && followUp.kind !== 'thank-you' ? null : interview.heardBackAt;
    if (heardBackAt !== interview.heardBackAt) {
      const next: Interview = { ...interview, heardBackAt, updatedAt: now };
      changes.push({ entity: 'interview', kind: 'updated', id: next.id, applicationId: next.applicationId, after: next, summary: heardBackAt ? `Heard back after ${next.round}` : `Waiting again after ${next.round}` });
    }
  }
  ctx.store.commit({ summary, undoable: true, changes });
  return updated[0] ?? followUp;
}

export function composeFor(ctx: ServiceContext, followUp: FollowUp): ComposedDraft {
  const application = ctx.store.application(followUp.applicationId);
  if (!application) throw new HearbackError('not_found', 'The application of this follow-up no longer exists.');
  const interview = followUp.interviewId ? (ctx.store.interview(followUp.interviewId) ?? null) : null;
  const interviewers = interview ? application.contacts.filter((c) => interview.interviewerIds.includes(c.id)) : application.contacts.slice(0, 1);
  const thankYouSent = interview !== null && ctx.store.childrenOf(application.id).followUps.some((f) => f.interviewId === interview.id && f.kind === 'thank-you' && f.status === 'done');
  return composeDraft({ followUp, application, interview, interviewers, userName: ctx.store.settings.userName, thankYouSent });
}

export function validateCustomRecurrence(rule: string, start: string, zone: string): void {
  const verdict = validateRecurrence(rule, start, zone);
  if (!verdict.ok) throw new HearbackError('invalid_request', `The repeat rule is not valid: ${verdict.message}`, [{ path: 'recurrence', message: verdict.message }]);
}
