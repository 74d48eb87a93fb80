import type { Application, FollowUp, Interview, Stage } from '../domain';
import { followUpEffect, type FollowUpEffect } from './follow-up-effect';
import { funnel, ghostingRate, type FunnelStep } from './funnel';
import { promiseKeeping, type PromiseKeeping } from './promises';
import { inRange, type InstantRange, type Ratio } from './ratio';
import { medianDaysToAnswer, responseRate } from './responses';

export interface InsightsInput {
  stages: readonly Stage[];
  /** All applications, archived included. */
  applications: readonly Application[];
  interviews: readonly Interview[];
  followUps: readonly FollowUp[];
  range: InstantRange;
  /** The current instant, for "the promised date has passed". */
  now: string;
}

export interface Insights {
  applications: number;
  funnel: FunnelStep[];
  responseRate: Ratio;
  medianDaysToAnswer: number | null;
  answeredInterviews: number;
  promises: PromiseKeeping;
  followUps: FollowUpEffect;
  ghosting: Ratio;
}

/**
 * All insight numbers for applications created in the range, and for their interviews
 * (interviews are further limited to those that started in the range).
 */
export function computeInsights(input: InsightsInput): Insights {
  const applications = input.applications.filter((a) => inRange(a.createdAt, input.range));
  const ids = new Set(applications.map((a) => a.id));
  const interviews = input.interviews.filter((i) => ids.has(i.applicationId) && inRange(i.startsAt, input.range));
  const followUps = input.followUps.filter((f) => ids.has(f.applicationId));
  const answer = medianDaysToAnswer(interviews);
  return {
    applications: applications.length,
    funnel: funnel(applications, input.stages),
    responseRate: responseRate(applications, interviews, input.stages),
    medianDaysToAnswer: answer.medianDays,
    answeredInterviews: answer.answered,
    promises: promiseKeeping(interviews, input.now),
    followUps: followUpEffect(interviews, followUps),
    ghosting: ghostingRate(applications, input.stages),
  };
}
