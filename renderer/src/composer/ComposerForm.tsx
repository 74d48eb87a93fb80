import { useId, useState } from 'react';
import type { ComposedDraft } from '../../../shared/contract';
import type { FollowUp } from '../../../shared/domain';
import { buildMailto } from '../../../shared/drafts';
import { call, userMessage } from '../contract';
import { useFollowUpAct } from '../follow-ups/useFollowUpAct';
import { useToasts } from '../ui/toasts';
import { copyText } from './copy-text';

type Tab = 'email' | 'phone';

export function ComposerForm({ followUp, composed, onDone }: { followUp: FollowUp; composed: ComposedDraft; onDone: () => void }) {
  const toasts = useToasts();
  const { act, busy } = useFollowUpAct();
  const [tab, setTab] = useState<Tab>(followUp.channel === 'phone' ? 'phone' : 'email');
  const [subject, setSubject] = useState(composed.email.subject);
  const [body, setBody] = useState(composed.email.body);
  const [saved, setSaved] = useState(composed.email);
  const [saving, setSaving] = useState(false);
  const dirty = subject !== saved.subject || body !== saved.body;
  const ids = { subject: useId(), body: useId(), script: useId() };
  const mailto = buildMailto({ to: composed.to.split(','), subject, body });

  const save = async (): Promise<boolean> => {
    setSaving(true);
    try {
      await call('followUps.saveDraft', { id: followUp.id, draft: { subject, body } });
      setSaved({ subject, body });
      return true;
    } catch (error) {
      toasts.show({ tone: 'error', message: `The draft was not saved: ${userMessage(error)}` });
      return false;
    } finally {
      setSaving(false);
    }
  };

  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    toasts.show(ok ? { tone: 'success', message: `Copied the ${what}.` } : { tone: 'error', message: `Could not copy — select the ${what} and press Ctrl+C (⌘C).` });
  };

  const markSent = async () => {
    if (dirty && !(await save())) return;
    if (await act(followUp, { action: 'markSent' })) onDone();
  };

  return (
    <div className="composer-body">
      <div className="segmented" role="group" aria-label="Draft format">
        <button type="button" aria-pressed={tab === 'email'} onClick={() => setTab('email')}>
          Email
        </button>
        <button type="button" aria-pressed={tab === 'phone'} onClick={() => setTab('phone')}>
          Phone script
        </button>
      </div>
      {tab === 'email' ? (
        <>
          <p className="composer-to">
            <span className="muted">To:</span> {composed.to || <span className="muted">no interviewer email yet — add one to a contact, or fill it in your mail client</span>}
          </p>
          <label className="field" htmlFor={ids.subject}>
            Subject
          </label>
          <input id={ids.subject} className="composer-input" value={subject} maxLength={300} onChange={(e) => setSubject(e.target.value)} />
          <label className="field composer-body-label" htmlFor={ids.body}>
            Message
          </label>
          <textarea id={ids.body} className="composer-input composer-text" rows={12} maxLength={10_000} value={body} onChange={(e) => setBody(e.target.value)} />
        </>
      ) : (
        <>
          <p className="muted composer-hint">Same message, said out loud: it merely asks whether the door is open or shut.</p>
          <div id={ids.script} className="phone-script" aria-label="Phone script" role="document" tabIndex={0}>
            {composed.phoneScript}
          </div>
        </>
      )}
      <div className="composer-actions">
        {tab === 'email' ? (
          <>
            <button type="button" className="button" disabled={!dirty || saving} onClick={() => void save()}>
              {dirty ? 'Save draft' : 'Draft saved'}
            </button>
            <button type="button" className="button" onClick={() => void copy(`Subject: ${subject}\n\n${body}`, 'email')}>
              Copy
            </button>
            <a className="button" href={mailto} rel="noreferrer">
              Open in mail client
            </a>
          </>
        ) : (
          <button type="button" className="button" onClick={() => void copy(composed.phoneScript, 'phone script')}>
            Copy script
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="button primary" disabled={busy || saving} onClick={() => void markSent()}>
          Mark sent
        </button>
      </div>
    </div>
  );
}
