import { isAnswerStage, type Application, type Interview, type Stage } from '../domain';
import { leftFirstStage } from './funnel';
import { MS_PER_DAY } from '../followup/zoned-time';
import { median, ratio, type Ratio } from './ratio';

/**
 * Share of sent applications (those past the first column) that got any answer: an interview
 * marked heard-back, or a stage of kind offer / hired / rejected reached.
 */
export function responseRate(applications: readonly Application[], interviews: readonly Interview[], stages: readonly Stage[]): Ratio {
  const answerStages = new Set(stages.filter(isAnswerStage).map((s) => s.id));
  const heard = new Set(interviews.filter((i) => i.heardBackAt !== null).map((i) => i.applicationId));
  const sent = applications.filter((a) => leftFirstStage(a, stages));
  const answered = sent.filter((a) => heard.has(a.id) || answerStages.has(a.stageId) || Object.keys(a.stageReachedAt).some((id) => answerStages.has(id)));
  return ratio(answered.length, sent.length);
}

/** Median days (fractional) from an interview's start to the company's answer; null with no answers. */
export function medianDaysToAnswer(interviews: readonly Interview[]): { medianDays: number | null; answered: number } {
  const days = interviews
    .filter((i): i is Interview & { heardBackAt: string } => i.heardBackAt !== null)
    .map((i) => (Date.parse(i.heardBackAt) - Date.parse(i.startsAt)) / MS_PER_DAY)
    .filter((d) => d >= 0);
  return { medianDays: median(days), answered: days.length };
}
