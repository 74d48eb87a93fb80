import { useState } from 'react';
import type { MailReply, MailStatus } from '../../../shared/contract';
import type { FollowUp } from '../../../shared/domain';
import { callUndoable, call, userMessage } from '../contract';
import { formatInstant } from '../ui/format-time';
import { accountStatusText } from '../mail/account-status-text';
import { useToasts } from '../ui/toasts';
import { TodaySection } from './TodaySection';

const OUTCOME_WORDS: Record<NonNullable<MailReply['outcome']>, string> = {
  rejection: 'a rejection',
  'next-round': 'a next round',
  offer: 'an offer',
  'on-hold': 'on hold (no decision yet)',
};

/** The proposal confirmed in one click (recorded on the interview with heard back). */
const OUTCOME_BUTTON: Record<NonNullable<MailReply['outcome']>, string> = {
  rejection: 'rejected',
  'next-round': 'next round',
  offer: 'offer',
  'on-hold': 'on hold',
};

/** "<Company> replied: '<subject>' — Heard back? / Not about this / Open", and mail accounts in trouble. */
export function MailReplies({ status, followUps, zone, onOpen }: { status: MailStatus | null; followUps: readonly FollowUp[]; zone: string; onOpen: (applicationId: string) => void }) {
  if (!status) return null;
  const broken = status.accounts.filter((a) => a.state === 'retrying' || a.state === 'needs-password');
  const seen = sentSeenShown(status, followUps);
  return (
    <>
      <TodaySection id="mail-sent" title="Found in your Sent mail" count={seen.length} hint="Hearback saw these in your Sent folder and marked them sent at the time you sent them. Undo if that was something else.">
        <ul className="follow-up-list" aria-label="Follow-ups found in Sent mail">
          {seen.map((s) => (
            <SentSeenItem key={s.followUpId} seen={s} zone={zone} />
          ))}
        </ul>
      </TodaySection>
      <TodaySection id="mail-replies" title="Replies from companies" count={status.replies.length} tone="warning" hint="Found in your mail. Their check-ins are on hold until you say whether this is the answer you were waiting for.">
        <ul className="follow-up-list" aria-label="Replies from companies">
          {status.replies.map((reply) => (
            <ReplyItem key={reply.id} reply={reply} zone={zone} onOpen={onOpen} />
          ))}
        </ul>
      </TodaySection>
      <TodaySection id="mail-problems" title="Mail not checked" count={broken.length} tone="danger" hint="Hearback cannot see replies in these mailboxes until this is fixed (Settings → Mail).">
        <ul className="follow-up-list" aria-label="Mail accounts with a problem">
          {broken.map((s) => (
            <li key={s.account.id} className="today-item">
              <div className="today-item-main">
                <strong>{s.account.label || s.account.user}</strong>
                <div className="muted today-item-meta">{accountStatusText(s, (iso) => formatInstant(iso, zone)).text}</div>
              </div>
            </li>
          ))}
        </ul>
      </TodaySection>
    </>
  );
}

/** Entries whose follow-up is still marked sent (an undone one disappears). */
export function sentSeenShown(status: MailStatus, followUps: readonly FollowUp[]): MailStatus['sentSeen'] {
  const done = new Set(followUps.filter((f) => f.status === 'done').map((f) => f.id));
  return status.sentSeen.filter((s) => done.has(s.followUpId));
}

function SentSeenItem({ seen, zone }: { seen: MailStatus['sentSeen'][number]; zone: string }) {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    setBusy(true);
    try {
      await call('history.undo', { actionId: seen.actionId });
      toasts.show({ tone: 'success', message: `“${seen.title}” is open again.` });
    } catch (error) {
      toasts.show({ tone: 'error', message: userMessage(error) });
      setBusy(false);
    }
  };
  return (
    <li className="today-item" aria-label={`Found in Sent: ${seen.title}`}>
      <div className="today-item-main">
        <div className="today-item-title">
          <strong>{seen.title}</strong>
        </div>
        <div className="muted today-item-meta">Marked sent · you sent it {formatInstant(seen.at, zone)}</div>
      </div>
      <div className="today-item-actions">
        <button type="button" className="button small" disabled={busy} onClick={() => void undo()}>
          Undo
        </button>
      </div>
    </li>
  );
}

/** Each application a reply may be about, named so two at one company differ ("Adatum (Designer)"). */
export function replyApplicationNames(companies: MailReply['companies']): string[] {
  return companies.map((c) => (companies.filter((o) => o.company === c.company).length > 1 && c.role ? `${c.company} (${c.role})` : c.company));
}

function ReplyItem({ reply, zone, onOpen }: { reply: MailReply; zone: string; onOpen: (applicationId: string) => void }) {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const labels = replyApplicationNames(reply.companies);
  const names = labels.join(' or ');
  const answer = async (answer: 'heard-back' | 'not-about-this', applicationId?: string, company?: string, confirmOutcome = false) => {
    setBusy(true);
    try {
      if (answer === 'heard-back') {
        const { undo } = await callUndoable('mail.replies.answer', { id: reply.id, answer, applicationId, ...(confirmOutcome ? { confirmOutcome } : {}) });
        const outcome = confirmOutcome && reply.outcome ? ` (${OUTCOME_WORDS[reply.outcome]})` : '';
        toasts.show({ tone: 'success', message: `Recorded that ${company ?? names} answered on ${formatInstant(reply.date, zone)}${outcome}; its check-ins are stopped.`, undo });
      } else {
        await call('mail.replies.answer', { id: reply.id, answer });
        toasts.show({ tone: 'success', message: `Noted: not about ${names}. Its check-ins go on as planned.` });
      }
    } catch (error) {
      toasts.show({ tone: 'error', message: userMessage(error) });
      setBusy(false);
    }
  };
  return (
    <li className="today-item" aria-label={`${names} replied: ${reply.subject}`}>
      <div className="today-item-main">
        <div className="today-item-title">
          <strong>{names}</strong> replied: ‘{reply.subject || '(no subject)'}’
        </div>
        <div className="muted today-item-meta">
          {reply.sender} · {formatInstant(reply.date, zone)}
          {reply.outcome && ` · looks like ${OUTCOME_WORDS[reply.outcome]}`}
        </div>
      </div>
      <div className="today-item-actions">
        {reply.companies.map((c, i) => (
          <button key={c.applicationId} type="button" className="button small primary" disabled={busy} onClick={() => void answer('heard-back', c.applicationId, labels[i])}>
            {reply.companies.length > 1 ? `Heard back from ${labels[i]}` : 'Heard back'}
          </button>
        ))}
        {reply.outcome && reply.companies.length === 1 && (
          <button type="button" className="button small" disabled={busy} onClick={() => void answer('heard-back', reply.companies[0]!.applicationId, reply.companies[0]!.company, true)}>
            Heard back: {OUTCOME_BUTTON[reply.outcome]}
          </button>
        )}
        <button type="button" className="button small" disabled={busy} onClick={() => void answer('not-about-this')}>
          Not about this
        </button>
        <button type="button" className="button small" onClick={() => onOpen(reply.companies[0]!.applicationId)}>
          Open
        </button>
      </div>
    </li>
  );
}
