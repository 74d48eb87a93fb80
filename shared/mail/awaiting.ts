import type { Application, Interview } from '../domain';

/**
 * Replies are about applications, not interviews (a rejection may come before a scheduled
 * interview, or after merely applying). Rules:
 *
 * | question                                   | answer                                                         |
 * |--------------------------------------------|----------------------------------------------------------------|
 * | does a matched message ask "Heard back?"   | yes, unless: the application is archived; or the message is no |
 * |                                            | newer than an answer already recorded on one of its interviews; |
 * |                                            | or it is older than the application in Hearback, proposes no    |
 * |                                            | outcome and came before all its interviews (an old invitation   |
 * |                                            | found by the first look back)                                   |
 * | which interview "Heard back" records on    | the latest not heard back that started at or before the message;|
 * |                                            | else the next one not heard back (a rejection before it); else  |
 * |                                            | none (the application had no interview: the reply is answered)  |
 */
export function replyAsks(app: Application, messageDate: string, interviews: Iterable<Interview>, outcomeProposed: boolean): boolean {
  if (app.archived) return false;
  const at = Date.parse(messageDate);
  let afterAnInterview = false;
  for (const i of interviews) {
    if (i.applicationId !== app.id) continue;
    if (i.heardBackAt !== null && Date.parse(i.heardBackAt) >= at) return false;
    if (Date.parse(i.startsAt) <= at) afterAnInterview = true;
  }
  return outcomeProposed || afterAnInterview || at >= Date.parse(app.createdAt);
}

export function interviewAwaitingAnswer(applicationId: string, messageDate: string, interviews: Iterable<Interview>): Interview | null {
  const at = Date.parse(messageDate);
  let before: Interview | null = null;
  let after: Interview | null = null;
  for (const i of interviews) {
    if (i.applicationId !== applicationId || i.heardBackAt !== null) continue;
    if (Date.parse(i.startsAt) <= at) {
      if (before === null || i.startsAt > before.startsAt) before = i;
    } else if (after === null || i.startsAt < after.startsAt) after = i;
  }
  return before ?? after;
}
