import { isClosedStage, type Application, type FollowUp, type Interview, type Settings, type Stage } from '../domain';
import { followUpHappenedAtMs, nextCheckInAfterMs } from './cadence-dates';
import { wasSent } from './sent';
import { toEpochMs, toInstant } from './zoned-time';

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
  for (const application of input.applications) {
    const stage = stageById.get(application.stageId);
    if (application.archived || !stage || isClosedStage(stage) || stage.kind === 'offer') continue;
    const latest = input.interviews
      .filter((i) => i.applicationId === application.id)
      .reduce<Interview | null>((best, i) => (best === null || i.startsAt > best.startsAt ? i : best), null);
    if (latest === null || latest.heardBackAt !== null) continue;
    const last = input.followUps.find(
      (f) =>
        f.interviewId === latest.id &&
        f.origin === 'policy' &&
        f.kind === 'check-in' &&
        f.sequence === input.settings.cadence.maxCheckIns &&
        (wasSent(f) || f.status === 'pending' || f.status === 'snoozed'),
    );
    if (!last) continue;
    const since = nextCheckInAfterMs(followUpHappenedAtMs(last), input.settings, input.zone);
    if (since <= nowMs) {
      proposals.push({ applicationId: application.id, interviewId: latest.id, lastCheckInId: last.id, since: toInstant(since) });
    }
  }
  return proposals;
}

