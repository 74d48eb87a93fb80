import type { Workspace } from '../../../shared/contract';
import type { Application, FollowUp, Interview } from '../../../shared/domain';
import { currentOccurrenceMs, isOpen, localDateOf, MS_PER_DAY, nextOccurrenceMs, proposeGhosted, toInstant, waitingCheckIns, type GhostedProposal } from '../../../shared/followup';
import { missingAfterInterview, type MissingAfterInterview } from '../interview/interview-nudges';

export interface DueFollowUp {
  followUp: FollowUp;
  application: Application;
  /** The occurrence that is due (or comes later today), epoch ms. */
  atMs: number;
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
  missing: MissingRecord[];
  upcoming: { interview: Interview; application: Application }[];
  ghosted: { proposal: GhostedProposal; application: Application }[];
}

export const UPCOMING_DAYS = 7;

/**
 * What to do now, from the active workspace at `nowMs`: follow-ups whose time has come (overdue
 * = from an earlier day in the user's zone), or that come later today; interviews that ended
 * without a recorded promise or memorable detail; interviews in the next 7 days; and applications
 * the engine proposes as ghosted.
 */
export function todayGroups(ws: Workspace, nowMs: number): TodayGroups {
  const zone = ws.effectiveTimeZone;
  const today = localDateOf(nowMs, zone);
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
  const waiting = waitingCheckIns(ws.followUps);
  for (const followUp of ws.followUps) {
    const application = apps.get(followUp.applicationId);
    if (!application || !isOpen(followUp) || promptIds.has(followUp.id) || waiting.has(followUp.id)) continue;
    const current = currentOccurrenceMs(followUp, nowMs);
    const atMs = current ?? nextOccurrenceMs(followUp, nowMs);
    if (atMs === null) continue;
    const day = localDateOf(atMs, zone);
    if (current !== null && day < today) overdue.push({ followUp, application, atMs });
    else if (day <= today) dueToday.push({ followUp, application, atMs });
  }
  overdue.sort((a, b) => a.atMs - b.atMs);
  dueToday.sort((a, b) => a.atMs - b.atMs);

  const horizon = nowMs + UPCOMING_DAYS * MS_PER_DAY;
  const upcoming = ws.interviews
    .filter((i) => apps.has(i.applicationId) && Date.parse(i.startsAt) > nowMs && Date.parse(i.startsAt) <= horizon)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .flatMap((interview) => {
      const application = apps.get(interview.applicationId);
      return application ? [{ interview, application }] : [];
    });

  const ghosted = proposeGhosted({ ...ws, applications: [...apps.values()], now: toInstant(nowMs) }).flatMap((proposal) => {
    const application = apps.get(proposal.applicationId);
    return application ? [{ proposal, application }] : [];
  });

  return { overdue, dueToday, missing, upcoming, ghosted };
}
