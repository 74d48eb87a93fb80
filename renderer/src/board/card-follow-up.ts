import type { FollowUp } from '../../../shared/domain';
import { localDateOf, MS_PER_DAY, NO_HOLDS, urgencies } from '../../../shared/followup';

/** What a card says about its application's most pressing follow-up. */
export interface CardFollowUp {
  /** Epoch ms of the occurrence. */
  atMs: number;
  /** From the shared urgency rule (shared/followup/urgency.ts): no board-only notion of "due". */
  state: 'overdue' | 'due' | 'upcoming';
  /** Whether the occurrence falls on today's date in the user's zone. */
  today: boolean;
  title: string;
}

const rank = { overdue: 0, due: 1, upcoming: 2 } as const;

/**
 * The follow-up each card shows: per application, an overdue one first (oldest), else one due
 * now, else the earliest upcoming. Waiting (or mail-held) check-ins and closed follow-ups are not shown;
 * applications with none are absent.
 */
export function cardFollowUps(followUps: readonly FollowUp[], nowMs: number, zone: string, heldApplications: ReadonlySet<string> = NO_HOLDS): Map<string, CardFollowUp> {
  const byApplication = new Map<string, CardFollowUp>();
  const urgency = urgencies(followUps, nowMs, zone, heldApplications);
  for (const followUp of followUps) {
    const u = urgency.get(followUp.id);
    if (!u || u.atMs === null || (u.state !== 'overdue' && u.state !== 'due' && u.state !== 'upcoming')) continue;
    const candidate: CardFollowUp = { atMs: u.atMs, state: u.state, today: localDateOf(u.atMs, zone) === localDateOf(nowMs, zone), title: followUp.title };
    const best = byApplication.get(followUp.applicationId);
    if (!best || rank[candidate.state] < rank[best.state] || (rank[candidate.state] === rank[best.state] && candidate.atMs < best.atMs)) {
      byApplication.set(followUp.applicationId, candidate);
    }
  }
  return byApplication;
}

/** "Overdue since Mar 3", "Due today 14:00", "Later today 18:00", "Due Fri, Mar 6" — text, never colour alone. */
export function describeFollowUp(followUp: CardFollowUp, zone: string, locale?: string): string {
  const date = new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric' }).format(followUp.atMs);
  const time = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(followUp.atMs);
  if (followUp.state === 'overdue') return `Overdue since ${date}`;
  if (followUp.state === 'due') return `Due today ${time}`;
  return followUp.today ? `Later today ${time}` : `Due ${date}`;
}

/** Whole days since the card reached its stage (0 on the day it arrived). */
export function daysInStage(reachedAt: string | undefined, nowMs: number): number | null {
  if (!reachedAt) return null;
  const since = Date.parse(reachedAt);
  return Number.isNaN(since) ? null : Math.max(0, Math.floor((nowMs - since) / MS_PER_DAY));
}

export function describeDaysInStage(days: number | null): string {
  if (days === null) return '';
  if (days === 0) return 'New in stage today';
  return days === 1 ? '1 day in stage' : `${days} days in stage`;
}
