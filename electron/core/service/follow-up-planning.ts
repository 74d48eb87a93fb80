import { HearbackError, type ComposedDraft, type FollowUpAction, type FollowUpActResult } from '../../../shared/contract';
import type { Application, FollowUp, Interview, Settings, Stage } from '../../../shared/domain';
import { composeDraft } from '../../../shared/drafts';
import { applyFollowUpAction, cancelFollowUps, checkInFloorMs, HEARD_BACK_REASON, isEnteredLate, isOpen, planInterviewFollowUps, validateRecurrence } from '../../../shared/followup';
import type { Change } from '../store/hearback-store';
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
    if (!ids) known.set(f.applicationId, (ids = new Set(ctx.store.readChildrenOf(f.applicationId).followUps.map((x) => x.id))));
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
function planInterview(ctx: ServiceContext, interview: Interview, application: Application, stage: Stage, settings: Settings = ctx.store.settings, pending: readonly FollowUp[] = []): FollowUp[] {
  const replaced = new Map(pending.map((f) => [f.id, f]));
  return planInterviewFollowUps({
    application,
    stage,
    interview,
    existing: ctx.store
      .readChildrenOf(application.id)
      .followUps.filter((f) => f.interviewId === interview.id)
      .map((f) => replaced.get(f.id) ?? f),
    settings,
    zone: settings.timeZone ?? ctx.zone(),
    now: nowIso(ctx),
    newId: ctx.newId,
  });
}

/**
 * A new interview, whichever way it arrives — typed in, confirmed from a calendar source, or
 * confirmed from a dropped .ics file — takes the after-the-fact rule here, before it is planned:
 *
 * | its thank-you moment, when it arrives | stored with                | its follow-ups                                  |
 * |---------------------------------------|----------------------------|-------------------------------------------------|
 * | still ahead                           | no `lateEntry`             | planned as usual                                |
 * | already passed                        | `lateEntry: {answer: null}`| passed moments never notified; Today asks once  |
 *
 * A backup restores its interviews exactly as saved (their `lateEntry` included); it is not an arrival.
 */
export function arrivingInterview(ctx: ServiceContext, interview: Interview): Interview {
  return isEnteredLate(interview, ctx.store.settings, ctx.zone(), Date.parse(interview.createdAt)) ? { ...interview, lateEntry: { answer: null } } : interview;
}

/** `pending`: follow-ups of this interview changed in the same commit, planned as they will be stored. */
export function onInterviewChanged(ctx: ServiceContext, interview: Interview, deleted: boolean, pending: readonly FollowUp[] = []): Change[] {
  if (deleted) {
    const existing = ctx.store.readChildrenOf(interview.applicationId).followUps.filter((f) => f.interviewId === interview.id);
    return followUpChanges(ctx, cancelFollowUps(existing, 'Interview deleted', nowIso(ctx)), describePlanned);
  }
  const application = ctx.store.readApplication(interview.applicationId);
  const stage = application && ctx.store.stage(application.stageId);
  if (!application || !stage) return [];
  return followUpChanges(ctx, planInterview(ctx, interview, application, stage, ctx.store.settings, pending), describePlanned);
}

/** A card moved to another stage: a closed stage stops its cadences, moving back revives them. */
export function onStageChanged(ctx: ServiceContext, application: Application, stage: Stage): Change[] {
  const interviews = ctx.store.readChildrenOf(application.id).interviews;
  return interviews.flatMap((interview) => followUpChanges(ctx, planInterview(ctx, interview, application, stage), describePlanned));
}

/** New settings (cadence, work week, zone…) re-plan every interview of the active set. */
export function replanAll(ctx: ServiceContext, settings: Settings): Change[] {
  const changes: Change[] = [];
  for (const interview of ctx.store.active.interviews.values()) {
    const application = ctx.store.readApplication(interview.applicationId);
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

/** The interview's `heardBackAt` after the action: heard back sets it; reopening what heard back closed clears it. */
function heardBackAfter(interview: Interview, followUp: FollowUp, act: FollowUpAction, now: string): string | null {
  if (act.action === 'heardBack') return now;
  if (act.action === 'reopen' && followUp.status === 'cancelled' && followUp.statusReason === HEARD_BACK_REASON) return null;
  return interview.heardBackAt;
}

/**
 * One of the five actions on a follow-up (shared/followup/LIFECYCLE.md): the action itself, then a
 * re-plan of its interview with the result, all in one undoable commit. Returns the named
 * follow-up and every other follow-up that changed, so the UI can name them.
 */
/** `summary`: the history line when the action was not the user's click (e.g. found in Sent mail). */
export function actOnFollowUp(ctx: ServiceContext, followUp: FollowUp, act: FollowUpAction, summaryOverride?: string): FollowUpActResult {
  const now = nowIso(ctx);
  const settings = ctx.store.settings;
  const zone = settings.timeZone ?? ctx.zone();
  const all = ctx.store.readChildrenOf(followUp.applicationId).followUps;
  const interview = followUp.interviewId ? ctx.store.readInterview(followUp.interviewId) : undefined;
  const siblings = all.filter((f) => f.id !== followUp.id && f.interviewId === followUp.interviewId);
  const promiseFloorMs = interview && followUp.kind === 'check-in' ? checkInFloorMs(interview, settings, zone) : null;
  const next = new Map(applyFollowUpAction({ followUp, siblings, act, now, zone, promiseFloorMs }).map((f) => [f.id, f]));
  const summary = summaryOverride ?? `${ACTION_WORDS[act.action]} “${followUp.title}”`;
  const changes: Change[] = [];

  const application = ctx.store.readApplication(followUp.applicationId);
  const stage = application && ctx.store.stage(application.stageId);
  if (interview && application && stage) {
    const heardBackAt = heardBackAfter(interview, followUp, act, now);
    const nextInterview: Interview = heardBackAt === interview.heardBackAt ? interview : { ...interview, heardBackAt, updatedAt: now };
    if (nextInterview !== interview) {
      changes.push({
        entity: 'interview',
        kind: 'updated',
        id: interview.id,
        applicationId: interview.applicationId,
        after: nextInterview,
        summary: heardBackAt ? `Heard back after ${interview.round}` : `Waiting again after ${interview.round}`,
      });
    }
    // The cadence follows from what the action did (a sent check-in moves the next one, …).
    const existing = all.filter((f) => f.interviewId === interview.id).map((f) => next.get(f.id) ?? f);
    const planned = planInterviewFollowUps({ application, stage, interview: nextInterview, existing, settings, zone, now, newId: ctx.newId });
    for (const f of planned) next.set(f.id, f);
    const named = next.get(followUp.id);
    if (act.action === 'reopen' && named && !isOpen(named)) {
      throw new HearbackError('conflict', `This follow-up stays ${named.status}: ${named.statusReason || 'its cadence stopped'}.`);
    }
  }

  const before = new Map(all.map((f) => [f.id, f]));
  const changed = [...next.values()].filter((f) => f.id === followUp.id || JSON.stringify(before.get(f.id)) !== JSON.stringify(f));
  changes.unshift(...followUpChanges(ctx, changed, (f) => (f.id === followUp.id ? summary : describePlanned(f))));
  ctx.store.commit({ summary, undoable: true, changes });
  return { followUp: next.get(followUp.id) ?? followUp, cascade: changed.filter((f) => f.id !== followUp.id) };
}

export function composeFor(ctx: ServiceContext, followUp: FollowUp): ComposedDraft {
  const application = ctx.store.readApplication(followUp.applicationId);
  if (!application) throw new HearbackError('not_found', 'The application of this follow-up no longer exists.');
  const interview = followUp.interviewId ? (ctx.store.readInterview(followUp.interviewId) ?? null) : null;
  const interviewers = interview ? application.contacts.filter((c) => interview.interviewerIds.includes(c.id)) : application.contacts.slice(0, 1);
  const thankYouSent = interview !== null && ctx.store.readChildrenOf(application.id).followUps.some((f) => f.interviewId === interview.id && f.kind === 'thank-you' && f.status === 'done');
  return composeDraft({ followUp, application, interview, interviewers, userName: ctx.store.settings.userName, thankYouSent });
}

export function validateCustomRecurrence(rule: string, start: string, zone: string): void {
  const verdict = validateRecurrence(rule, start, zone);
  if (!verdict.ok) throw new HearbackError('invalid_request', `The repeat rule is not valid: ${verdict.message}`, [{ path: 'recurrence', message: verdict.message }]);
}
