import { interviewEndMs, checkInFloorMs, isOpen } from '../../../shared/followup';
import { sentFollowUpFor, type MailMessage, type SentCandidate } from '../../../shared/mail';
import type { ServiceContext } from '../service/context';
import { actOnFollowUp } from '../service/follow-up-planning';
import type { SentSeen } from './mail-file';

const DAY_MS = 86_400_000;

/** The open email thank-yous and check-ins, with who they go to and from when a sent message counts. */
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
    // A check-in counts from a day before it is due (and never before its promise allows).
    const earliestMs = followUp.kind === 'thank-you' ? interviewEndMs(interview) : Math.max(checkInFloorMs(interview, settings, zone), Date.parse(followUp.dueAt)) - DAY_MS;
    list.push({ followUp, recipients, earliestMs });
  }
  return list;
}

/**
 * A message found in Sent that is an open follow-up marks it sent, at the message's time, as one
 * undoable action with its own history line (LIFECYCLE.md: "sent" — the app saw it sent).
 */
export function markSeenInSent(ctx: ServiceContext, message: MailMessage): SentSeen | null {
  const followUp = sentFollowUpFor(message, candidates(ctx));
  if (!followUp) return null;
  const nowMs = ctx.now().getTime();
  const at = new Date(Math.min(Date.parse(message.date), nowMs)).toISOString();
  // The follow-up's sent time is the message's: the next check-in counts from it.
  const sentCtx: ServiceContext = { ...ctx, now: () => new Date(at) };
  actOnFollowUp(sentCtx, followUp, { action: 'markSent' }, `Found “${followUp.title}” in Sent mail: marked sent`);
  return { messageId: message.messageId, followUpId: followUp.id, applicationId: followUp.applicationId, title: followUp.title, at, seenAt: new Date(nowMs).toISOString(), actionId: ctx.store.lastRecordedActionId ?? '' };
}
