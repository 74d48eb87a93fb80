import { HearbackError, OUTCOME_OF_PROPOSAL } from '../../../shared/contract';
import { isOpen, MS_PER_DAY } from '../../../shared/followup';
import { interviewAwaitingAnswer } from '../../../shared/mail';
import { actOnFollowUp } from '../service/follow-up-planning';
import type { Handlers } from '../rpc/dispatch';
import type { ServiceContext } from '../service/context';
import { MailProblemError } from './imap-problem';
import type { MailService } from './mail-service';

/** How long Today offers to undo a follow-up marked sent from Sent mail. */
const SENT_SEEN_SHOWN_MS = 3 * MS_PER_DAY;

type MailMethods = 'mail.send' | 'mail.status' | 'mail.accounts.test' | 'mail.accounts.connect' | 'mail.accounts.disconnect' | 'mail.checkNow' | 'mail.replies.answer';

/**
 * What answering a reply does outside mail, handed in by the wiring (electron/core/index.ts):
 * heard back on the interview, and a move on the board when there is no interview to record it on.
 */
export interface ReplyActions {
  heardBack: Handlers['interviews.heardBack'];
  move: Handlers['applications.move'];
}

/** The contract's mail methods over the mail service (accounts, replies) and the store (heard back). */
export function mailHandlers(ctx: ServiceContext, mail: MailService, { heardBack, move }: ReplyActions): Pick<Handlers, MailMethods> {
  return {
    'mail.status'() {
      return {
        accounts: mail.accounts(),
        replies: mail.replies(),
        heldApplicationIds: [...mail.heldApplications()].sort(),
        sentSeen: mail.sentSeenSince(ctx.now().getTime() - SENT_SEEN_SHOWN_MS),
        secretsPersistent: ctx.secrets.persistent,
        secretsNote: ctx.secrets.notPersistentReason,
      };
    },
    'mail.accounts.test'(req) {
      return mail.test(req.account, req.password);
    },
    async 'mail.accounts.connect'(req) {
      try {
        return await mail.connect(req.account, req.password);
      } catch (error) {
        if (error instanceof MailProblemError)
          throw new HearbackError('invalid_request', error.problem.message, [
            { path: error.problem.code === 'wrong-password' ? 'password' : error.problem.code === 'folder-missing' ? 'account.inbox' : 'account.host', message: error.problem.message },
          ]);
        throw error;
      }
    },
    async 'mail.accounts.disconnect'(req) {
      if (!(await mail.disconnect(req.id))) throw new HearbackError('not_found', `No mail account with id ${req.id}.`);
      return { id: req.id };
    },
    async 'mail.checkNow'() {
      // Read-only for the store: let other calls go on while the servers answer.
      ctx.releaseQueue();
      return { checked: await mail.checkAll() };
    },
    async 'mail.send'(req) {
      const followUp = ctx.store.readFollowUp(req.followUpId);
      if (!followUp) throw new HearbackError('not_found', `No follow-up with id ${req.followUpId}.`);
      if (!isOpen(followUp)) throw new HearbackError('conflict', `This follow-up is already ${followUp.status}; nothing was sent.`);
      // Sent before, its recording failed: this press records it, and sends nothing again.
      let sent = mail.sentButNotRecorded(followUp.id);
      if (sent === null) {
        try {
          sent = await mail.send(req.accountId, { to: req.to, subject: req.subject, body: req.body }, followUp.applicationId, followUp.id);
        } catch (error) {
          if (error instanceof MailProblemError) throw new HearbackError('unavailable', `Not sent: ${error.problem.message}`);
          throw error;
        }
      }
      const current = ctx.store.readFollowUp(followUp.id);
      let result;
      try {
        // Sent means sent (LIFECYCLE.md rule 4): the app saw it go out.
        result = current && isOpen(current) ? actOnFollowUp(ctx, current, { action: 'markSent' }, `Sent “${current.title}” from Hearback`) : null;
      } catch (error) {
        const why = error instanceof HearbackError ? error.message : 'Your data could not be saved.';
        throw new HearbackError('unavailable', `Sent, but not recorded: your message went out, but Hearback could not mark “${followUp.title}” sent. ${why} Press Send again to record it — it will not be sent a second time.`);
      }
      mail.sendRecorded(followUp.id);
      return { ...sent, followUp: result?.followUp ?? current ?? followUp };
    },
    'mail.replies.answer'(req) {
      const reply = mail.match(req.id);
      if (!reply) throw new HearbackError('not_found', `No reply with id ${req.id}.`);
      if (reply.status !== 'open') throw new HearbackError('conflict', 'This reply was already answered.');
      if (req.answer === 'not-about-this') return mail.answer(reply.id, 'not-about-this', null);
      const applicationId = req.applicationId ?? (reply.applicationIds.length === 1 ? reply.applicationIds[0]! : null);
      if (applicationId === null || !reply.applicationIds.includes(applicationId)) {
        throw new HearbackError('invalid_request', 'Say which application this reply is about.', [{ path: 'applicationId', message: `must be one of ${reply.applicationIds.join(', ')}` }]);
      }
      const interview = interviewAwaitingAnswer(applicationId, reply.date, ctx.store.active.interviews.values());
      // Heard back with the message's date: the interview's open check-ins are cancelled (LIFECYCLE.md).
      const outcome = req.confirmOutcome && reply.outcome ? OUTCOME_OF_PROPOSAL[reply.outcome] : undefined;
      if (req.confirmOutcome && !outcome) throw new HearbackError('invalid_request', 'This reply proposes no outcome to confirm.', [{ path: 'confirmOutcome', message: 'no outcome was proposed' }]);
      if (interview) heardBack({ id: interview.id, heardBack: true, at: reply.date, outcome });
      else if (outcome === 'rejected' || outcome === 'offer') {
        // No interview to record it on: a confirmed rejection or offer moves the card to the
        // user's first stage of that kind (what the board says), so the answer is not lost.
        const stage = ctx.store.stages().find((s) => s.kind === outcome);
        const app = ctx.store.readApplication(applicationId);
        if (stage && app && app.stageId !== stage.id && !app.archived) move({ id: applicationId, toStageId: stage.id, toIndex: 0 });
      }
      return mail.answer(reply.id, 'heard-back', applicationId);
    },
  };
}
