import { checkInBySentDateFromMs, followUpHappenedAtMs, interviewEndMs, isOpen, nextCheckInBySentDateFromMs } from '../../../shared/followup';
import { sentFollowUpFor, type MailMessage, type SentCandidate } from '../../../shared/mail';
import type { ServiceContext } from '../service/context';
import { actOnFollowUp } from '../service/follow-up-planning';
import type { SentSeen } from './mail-file';

/** The open email thank-yous and check-ins, with who they go to and the times that decide (sent-match.ts). */
function candidates(ctx: ServiceContext): SentCandidate[] {
  const settings = ctx.store.settings;
  const zone = settings.timeZone ?? ctx.zone();
  const list: SentCandidate[] = [];
  for (const followUp of ctx.store.active.followUps.values()) {
    if (!isOpen(followUp) || followUp.interviewId === null || (followUp.kind !== 'thank-you' && followUp.kind !== 'check-in')) continue;
    const interview = ctx.store.readInterview(followUp.interviewId);
    const application = ctx.store.readApplication(followUp.applicationId);
    if (!interview || !application) continue;
    const interviewers = application.contacts.filter((c) => interview.interviewerIds.includes(c.id));
    const recipients = (interviewers.length > 0 ? interviewers : application.contacts).map((c) => c.email).filter((e) => e.includes('@'));
    const sentCheckIns = ctx.store
      .readChildrenOf(application.id)
      .followUps.filter((f) => f.interviewId === interview.id && f.kind === 'check-in' && f.status === 'done' && f.sequence < followUp.sequence)
      .map(followUpHappenedAtMs);
    list.push({
      followUp,
      recipients,
      interviewEndMs: interviewEndMs(interview),
      promisePassedMs: checkInBySentDateFromMs(interview, settings, zone),
      nextCheckInFromMs: sentCheckIns.length > 0 ? nextCheckInBySentDateFromMs(Math.max(...sentCheckIns), settings, zone) : null,
    });
  }
  return list;
}

/**
 * A message found in Sent that is an open follow-up marks it sent, at the message's time, as one
 * undoable action with its own history line (LIFECYCLE.md: "sent" — the app saw it sent). Runs in
 * the core's call queue, so the Undo offered is this action's. A store failure throws.
 */
export function markSeenInSent(ctx: ServiceContext, message: MailMessage, text: string): SentSeen | null {
  const followUp = sentFollowUpFor(message, candidates(ctx), text);
  if (!followUp) return null;
  const nowMs = ctx.now().getTime();
  const at = new Date(Math.min(Date.parse(message.date), nowMs)).toISOString();
  // The follow-up's sent time is the message's: the next check-in counts from it.
  const sentCtx: ServiceContext = { ...ctx, now: () => new Date(at) };
  actOnFollowUp(sentCtx, followUp, { action: 'markSent' }, `Found “${followUp.title}” in Sent mail: marked sent`);
  return { messageId: message.messageId, followUpId: followUp.id, applicationId: followUp.applicationId, title: followUp.title, at, seenAt: new Date(nowMs).toISOString(), actionId: ctx.store.lastRecordedActionId ?? '' };
}
