import { useState } from 'react';
import type { Draft, FollowUp } from '../../../shared/domain';
import { call, userMessage } from '../contract';
import { useMailStatus } from '../mail/useMailStatus';
import { useToasts } from '../ui/toasts';

/**
 * "Send from <address>": the follow-up's email goes out over the connected account's SMTP server
 * and is marked sent. Shown only when an account can send; "Open in mail client" stays beside it.
 */
export function SendFromAccount({ followUp, to, draft, beforeSend, onSent }: { followUp: FollowUp; to: string[]; draft: Draft; beforeSend: () => Promise<boolean>; onSent: () => void }) {
  const { status } = useMailStatus();
  const toasts = useToasts();
  const [sending, setSending] = useState(false);
  const account = status?.accounts.find((a) => a.account.smtp !== null)?.account;
  if (!account) return null;
  const send = async () => {
    if (!(await beforeSend())) return;
    setSending(true);
    try {
      const result = await call('mail.send', { followUpId: followUp.id, accountId: account.id, to, subject: draft.subject, body: draft.body });
      toasts.show({ tone: 'success', message: `Sent to ${to.join(', ')} and marked sent${result.savedToSent ? '; a copy is in your Sent folder' : ''}.` });
      onSent();
    } catch (error) {
      toasts.show({ tone: 'error', message: userMessage(error) });
      setSending(false);
    }
  };
  return (
    <button type="button" className="button" disabled={sending || to.length === 0} title={to.length === 0 ? 'Add an email address to the interviewer first' : undefined} onClick={() => void send()}>
      {sending ? 'Sending…' : `Send from ${account.address}`}
    </button>
  );
}
