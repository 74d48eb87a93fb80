import type { Interview } from '../domain';

/**
 * Which interview a reply answers: the application's latest interview that started before the
 * message and has not heard back. None → the message asks nothing (an old invitation found by
 * the first look-back, a reply about an answer already recorded).
 */
export function interviewAwaitingAnswer(applicationId: string, messageDate: string, interviews: Iterable<Interview>): Interview | null {
  const at = Date.parse(messageDate);
  let best: Interview | null = null;
  for (const i of interviews) {
    if (i.applicationId !== applicationId || i.heardBackAt !== null) continue;
    if (Date.parse(i.startsAt) > at) continue;
    if (best === null || i.startsAt > best.startsAt) best = i;
  }
  return best;
}
