import type { FollowUp } from '../../../shared/domain';
import { currentOccurrenceMs, isOpen, localDateOf, MS_PER_DAY, nextOccurrenceMs, recurrenceOf, waitingCheckIns } from '../../../shared/followup';

/** What a card says about its application's most pressing follow-up. */
export interface CardFollowUp {
  /** Epoch ms of the occurrence. */
  atMs: number;
  state: 'overdue' | 'today' | 'upcoming';
  title: string;
}

const rank = { overdue: 0, today: 1, upcoming: 2 } as const;

function pressing(followUp: FollowUp, nowMs: number, zone: string): CardFollowUp | null {
  const rec = recurrenceOf(followUp);
  // A one-off whose moment has come and is still open is overdue; a series always has a past
  // occurrence, so for a series only the next one counts.
  const current = rec === null ? currentOccurrenceMs(followUp, nowMs, rec) : null;
  const atMs = current ?? nextOccurrenceMs(followUp, nowMs, rec);
  if (atMs === null) return null;
  const state = atMs < nowMs ? 'overdue' : localDateOf(atMs, zone) === localDateOf(nowMs, zone) ? 'today' : 'upcoming';
  return { atMs, state, title: followUp.title };
}

/**
 * The follow-up each card shows: per application, the overdue one first (oldest), else the
 * earliest upcoming pending or snoozed occurrence. Applications with none are absent.
 */
export function cardFollowUps(followUps: readonly FollowUp[], nowMs: number, zone: string): Map<string, CardFollowUp> {
  const byApplication = new Map<string, CardFollowUp>();
  const waiting = waitingCheckIns(followUps);
  for (const followUp of followUps) {
    if (!isOpen(followUp) || waiting.has(followUp.id)) continue;
    const candidate = pressing(followUp, nowMs, zone);
    if (!candidate) continue;
    const best = byApplication.get(followUp.applicationId);
    if (!best || rank[candidate.state] < rank[best.state] || (rank[candidate.state] === rank[best.state] && candidate.atMs < best.atMs)) {
      byApplication.set(followUp.applicationId, candidate);
    }
  }
  return byApplication;
}

/** "Overdue since Mar 3", "Due today 14:00", "Due Fri, Mar 6" — text, never colour alone. */
export function describeFollowUp(followUp: CardFollowUp, zone: string, locale?: string): string {
  const date = new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric' }).format(followUp.atMs);
  const time = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(followUp.atMs);
  if (followUp.state === 'overdue') return `Overdue since ${date}`;
  if (followUp.state === 'today') return `Due today ${time}`;
  return `Due ${date}`;
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
