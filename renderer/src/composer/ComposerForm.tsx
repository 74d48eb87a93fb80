import { useId, useState } from 'react';
import type { ComposedDraft } from '../../../shared/contract';
import type { Draft, FollowUp } from '../../../shared/domain';
import { buildMailto, PHONE_SCRIPT_INTROS } from '../../../shared/drafts';
import { routeHref } from '../app/useRoute';
import { useFollowUpAct } from '../follow-ups/useFollowUpAct';
import { useToasts } from '../ui/toasts';
import { copyText } from './copy-text';
import { DraftSaveStatus } from './DraftSaveStatus';
import { SendFromAccount } from './SendFromAccount';
import { useDraftAutosave } from './useDraftAutosave';

type Tab = 'email' | 'phone';

interface Props {
  followUp: FollowUp;
  composed: ComposedDraft;
  /** Settings → Your name ('' when not set). */
  userName: string;
  onDone: () => void;
  /** The app's zone, for the toast's times. */
  zone: string;
}

export function ComposerForm({ followUp, composed, userName, onDone, zone }: Props) {
  const toasts = useToasts();
  const { act, busy } = useFollowUpAct(zone);
  const [tab, setTab] = useState<Tab>(followUp.channel === 'phone' ? 'phone' : 'email');
  const autosave = useDraftAutosave(followUp.id, composed, (message) => toasts.show({ tone: 'error', message }));
  const { draft, status, edited, edit, flush } = autosave;
  /** The text replaced by the last reset, until the next edit: "Undo reset" brings it back. */
  const [beforeReset, setBeforeReset] = useState<Draft | null>(null);
  const ids = { subject: useId(), body: useId(), script: useId() };
  const recipients = composed.to
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  const mailto = buildMailto({ to: recipients, ...draft });

  const change = (next: Draft) => {
    setBeforeReset(null);
    edit(next);
  };

  const reset = () => {
    setBeforeReset(draft);
    edit(composed.generated);
    void flush();
  };

  const undoReset = () => {
    if (!beforeReset) return;
    edit(beforeReset);
    setBeforeReset(null);
    void flush();
  };

  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    toasts.show(ok ? { tone: 'success', message: `Copied the ${what}.` } : { tone: 'error', message: `Could not copy — select the ${what} and press Ctrl+C (⌘C).` });
  };

  const markSent = async () => {
    if (!(await flush())) return;
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
          <input id={ids.subject} className="composer-input" value={draft.subject} maxLength={300} onChange={(e) => change({ ...draft, subject: e.target.value })} />
          <label className="field composer-body-label" htmlFor={ids.body}>
            Message
          </label>
          <textarea id={ids.body} className="composer-input composer-text" rows={12} maxLength={10_000} value={draft.body} onChange={(e) => change({ ...draft, body: e.target.value })} />
          <div className="composer-save-row">
            <DraftSaveStatus status={status} onRetry={() => void flush()} />
            {beforeReset ? (
              <button type="button" className="link-button" onClick={undoReset}>
                Undo reset
              </button>
            ) : (
              edited && (
                <button type="button" className="link-button" onClick={reset}>
                  Reset to the generated draft
                </button>
              )
            )}
          </div>
        </>
      ) : (
        <>
          <p className="muted composer-hint">{PHONE_SCRIPT_INTROS[followUp.kind]}</p>
          <div id={ids.script} className="phone-script" aria-label="Phone script" role="document" tabIndex={0}>
            {composed.phoneScript}
          </div>
        </>
      )}
      {userName === '' && (
        <p className="muted composer-name-hint">
          Drafts are unsigned until you add your name in <a href={routeHref({ view: 'settings' })}>Settings</a>.
        </p>
      )}
      <div className="composer-actions">
        {tab === 'email' ? (
          <>
            <button type="button" className="button" onClick={() => void copy(`Subject: ${draft.subject}\n\n${draft.body}`, 'email')}>
              Copy
            </button>
            <a className="button" href={mailto} rel="noreferrer" onClick={() => void flush()}>
              Open in mail client
            </a>
            <SendFromAccount followUp={followUp} to={recipients} draft={draft} beforeSend={flush} onSent={onDone} />
          </>
        ) : (
          <button type="button" className="button" onClick={() => void copy(composed.phoneScript, 'phone script')}>
            Copy script
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="button primary" disabled={busy || status.state === 'saving'} onClick={() => void markSent()}>
          Mark sent
        </button>
      </div>
    </div>
  );
}
