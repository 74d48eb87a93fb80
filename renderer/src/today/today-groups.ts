import type { Workspace } from '../../../shared/contract';
import type { Application, FollowUp, Interview } from '../../../shared/domain';
import { isOpen, MS_PER_DAY, NO_HOLDS, needsAttention, proposeGhosted, toInstant, urgencies, type GhostedProposal, type Urgency } from '../../../shared/followup';
import { missingAfterInterview, type MissingAfterInterview } from '../interview/interview-nudges';

export interface DueFollowUp {
  followUp: FollowUp;
  application: Application;
  /** The occurrence that is due (or comes next, when upcoming), epoch ms. */
  atMs: number;
  /** From the shared urgency rule (shared/followup/urgency.ts). */
  urgency: Urgency;
}

export interface MissingRecord {
  interview: Interview;
  application: Application;
  missing: MissingAfterInterview;
  /** The open "ask when you'll hear back" reminder of this interview, acted on here. */
  prompt: FollowUp | null;
}

export interface TodayGroups {
  overdue: DueFollowUp[];
  dueToday: DueFollowUp[];
  /** Follow-ups not due yet (or waiting for an earlier check-in) in the next {@link UPCOMING_FOLLOW_UP_DAYS} days. */
  upcomingFollowUps: DueFollowUp[];
  missing: MissingRecord[];
  upcomingInterviews: { interview: Interview; application: Application }[];
  ghosted: { proposal: GhostedProposal; application: Application }[];
  /** Follow-ups that need attention now, wherever Today shows them: the tray badge's number. */
  attentionCount: number;
}

export const UPCOMING_DAYS = 7;
export const UPCOMING_FOLLOW_UP_DAYS = 14;

/**
 * What to do now, from the active workspace at `nowMs`, by the shared urgency rule: follow-ups
 * overdue (came on an earlier day in the user's zone) and due (came today); what comes in the next
 * 14 days (a check-in waiting for an earlier one included); interviews that ended without a
 * recorded promise or memorable detail; interviews in the next 7 days; and applications the
 * engine proposes as ghosted. `heldApplications`: applications a mail reply holds (urgency.ts).
 */
export function todayGroups(ws: Workspace, nowMs: number, heldApplications: ReadonlySet<string> = NO_HOLDS): TodayGroups {
  const zone = ws.effectiveTimeZone;
  const apps = new Map(ws.applications.filter((a) => !a.archived).map((a) => [a.id, a]));

  const missing: MissingRecord[] = [];
  for (const interview of ws.interviews) {
    const application = apps.get(interview.applicationId);
    if (!application) continue;
    const m = missingAfterInterview(interview, nowMs);
    if (!m.promise && !m.detail) continue;
    const prompt = ws.followUps.find((f) => f.interviewId === interview.id && f.kind === 'hear-back-prompt' && isOpen(f)) ?? null;
    missing.push({ interview, application, missing: m, prompt });
  }
  missing.sort((a, b) => b.interview.startsAt.localeCompare(a.interview.startsAt));
  const promptIds = new Set(missing.map((m) => m.prompt?.id).filter(Boolean));

  const overdue: DueFollowUp[] = [];
  const dueToday: DueFollowUp[] = [];
  const upcomingFollowUps: DueFollowUp[] = [];
  const followUpHorizon = nowMs + UPCOMING_FOLLOW_UP_DAYS * MS_PER_DAY;
  const urgency = urgencies(ws.followUps, nowMs, zone, heldApplications);
  let attentionCount = 0;
  for (const followUp of ws.followUps) {
    const application = apps.get(followUp.applicationId);
    const u = urgency.get(followUp.id);
    if (!application || !u || u.atMs === null) continue;
    if (needsAttention(u)) attentionCount++;
    // The hear-back prompt is acted on in "Record after your interviews", not listed twice.
    if (promptIds.has(followUp.id)) continue;
    const item = { followUp, application, atMs: u.atMs, urgency: u };
    if (u.state === 'overdue') overdue.push(item);
    else if (u.state === 'due') dueToday.push(item);
    else if ((u.state === 'upcoming' || u.state === 'waiting') && u.atMs > nowMs && u.atMs <= followUpHorizon) upcomingFollowUps.push(item);
  }
  for (const list of [overdue, dueToday, upcomingFollowUps]) list.sort((a, b) => a.atMs - b.atMs);

  const horizon = nowMs + UPCOMING_DAYS * MS_PER_DAY;
  const upcomingInterviews = ws.interviews
    .filter((i) => apps.has(i.applicationId) && Date.parse(i.startsAt) > nowMs && Date.parse(i.startsAt) <= horizon)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .flatMap((interview) => {
      const application = apps.get(interview.applicationId);
      return application ? [{ interview, application }] : [];
    });

  const ghosted = proposeGhosted({ ...ws, applications: [...apps.values()], zone, now: toInstant(nowMs) }).flatMap((proposal) => {
    const application = apps.get(proposal.applicationId);
    return application ? [{ proposal, application }] : [];
  });

  return { overdue, dueToday, upcomingFollowUps, missing, upcomingInterviews, ghosted, attentionCount };
}
