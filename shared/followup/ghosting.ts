import { followUpsAt, type Application, type FollowUp, type Interview, type Settings, type Stage } from '../domain';
import { followUpHappenedAtMs, nextCheckInAfterMs } from './cadence-dates';
import { wasSent } from './sent';
import { localDateOf, toEpochMs, toInstant } from './zoned-time';

export interface GhostedProposal {
  applicationId: string;
  interviewId: string;
  /** The last check-in, which went unanswered. */
  lastCheckInId: string;
  /** When the silence after the last check-in became long enough (ISO instant). */
  since: string;
}

/**
 * Applications the user might mark as ghosted: the latest interview's last check-in (the
 * `maxCheckIns`-th) was sent or fell due, the moment another check-in would have come passed
 * (the same repeat spacing as between check-ins: business days in the user's zone), and nobody
 * answered. Only proposes — moving the card is the user's (reversible) decision.
 */
export function proposeGhosted(input: {
  applications: readonly Application[];
  stages: readonly Stage[];
  interviews: readonly Interview[];
  followUps: readonly FollowUp[];
  settings: Settings;
  /** The user's zone, in which the repeat spacing's business days are counted. */
  zone: string;
  now: string;
}): GhostedProposal[] {
  const nowMs = toEpochMs(input.now);
  const stageById = new Map(input.stages.map((s) => [s.id, s]));
  const proposals: GhostedProposal[] = [];
  // Indexed once: looking them up per application made Today take seconds at 2,000 applications.
  const latestByApplication = new Map<string, Interview>();
  for (const i of input.interviews) {
    const best = latestByApplication.get(i.applicationId);
    if (best === undefined || i.startsAt > best.startsAt) latestByApplication.set(i.applicationId, i);
  }
  const lastCheckInByInterview = new Map<string, FollowUp>();
  for (const f of input.followUps) {
    if (f.interviewId === null || lastCheckInByInterview.has(f.interviewId)) continue;
    if (f.origin === 'policy' && f.kind === 'check-in' && f.sequence === input.settings.cadence.maxCheckIns && (wasSent(f) || f.status === 'pending' || f.status === 'snoozed')) lastCheckInByInterview.set(f.interviewId, f);
  }
  // The next check-in depends only on the local day it counts from: computed once per day.
  const byDay = new Map<string, number>();
  const nextCheckInAfterDay = (happenedAtMs: number): number => {
    const day = localDateOf(happenedAtMs, input.zone);
    let next = byDay.get(day);
    if (next === undefined) byDay.set(day, (next = nextCheckInAfterMs(happenedAtMs, input.settings, input.zone)));
    return next;
  };
  for (const application of input.applications) {
    const stage = stageById.get(application.stageId);
    if (application.archived || !stage || followUpsAt(stage) !== 'running') continue;
    const latest = latestByApplication.get(application.id) ?? null;
    if (latest === null || latest.heardBackAt !== null) continue;
    const last = lastCheckInByInterview.get(latest.id);
    if (!last) continue;
    const since = nextCheckInAfterDay(followUpHappenedAtMs(last));
    if (since <= nowMs) {
      proposals.push({ applicationId: application.id, interviewId: latest.id, lastCheckInId: last.id, since: toInstant(since) });
    }
  }
  return proposals;
}
