import { useState } from 'react';
import { CLEARTEXT_NOTE, MAIL_PRESETS, UNSUPPORTED_PROVIDERS_NOTE, presetNamed, type MailPresetName } from '../../../shared/mail';
import { call, userMessage } from '../contract';
import { formatInstant } from '../ui/format-time';
import { accountRequest, formForPreset, type MailForm } from '../mail/account-form';
import { accountStatusText } from '../mail/account-status-text';
import { useMailStatus } from '../mail/useMailStatus';
import { SettingField } from './SettingField';
import { SettingsSection } from './SettingsSection';

type Outcome = { state: 'idle' } | { state: 'busy'; what: string } | { state: 'done'; tone: 'ok' | 'error'; message: string };

/** Settings → Mail: connect mailboxes (IMAP), see each one's status, disconnect. */
export function MailSection({ zone }: { zone: string }) {
  const { status, reload } = useMailStatus();
  const [form, setForm] = useState<MailForm>(() => formForPreset('gmail'));
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const set = <K extends keyof MailForm>(key: K, value: MailForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const preset = presetNamed(form.preset);
  const busy = outcome.state === 'busy';

  const test = async () => {
    setOutcome({ state: 'busy', what: 'Testing…' });
    try {
      const result = await call('mail.accounts.test', accountRequest(form));
      setOutcome(result.ok ? { state: 'done', tone: 'ok', message: 'Connected: the user name, password and folders work.' } : { state: 'done', tone: 'error', message: result.problem?.message ?? 'The connection failed.' });
    } catch (error) {
      setOutcome({ state: 'done', tone: 'error', message: userMessage(error) });
    }
  };
  const connect = async () => {
    setOutcome({ state: 'busy', what: 'Connecting…' });
    try {
      const account = await call('mail.accounts.connect', accountRequest(form));
      setForm(formForPreset(form.preset));
      setOutcome({ state: 'done', tone: 'ok', message: `Connected ${account.label || account.user}. Hearback now watches it for replies.` });
      await reload();
    } catch (error) {
      setOutcome({ state: 'done', tone: 'error', message: userMessage(error) });
    }
  };
  const checkNow = async () => {
    setOutcome({ state: 'busy', what: 'Checking mail…' });
    try {
      const { checked } = await call('mail.checkNow', {});
      setOutcome({ state: 'done', tone: 'ok', message: `Checked ${checked} ${checked === 1 ? 'mailbox' : 'mailboxes'}.` });
      await reload();
    } catch (error) {
      setOutcome({ state: 'done', tone: 'error', message: userMessage(error) });
    }
  };
  const disconnect = async (id: string, name: string) => {
    try {
      await call('mail.accounts.disconnect', { id });
      setOutcome({ state: 'done', tone: 'ok', message: `Disconnected ${name}; its password was deleted.` });
      await reload();
    } catch (error) {
      setOutcome({ state: 'done', tone: 'error', message: userMessage(error) });
    }
  };

  return (
    <SettingsSection
      title="Mail"
      status={{ state: 'idle' }}
      description="Hearback reads your inbox over IMAP to notice when a company answers, and your Sent folder to tie replies to what you sent. It reads only the sender, recipients, subject, date and thread headers — and a few KB of text of a message that is a reply about one of your applications. It keeps only the message's id, date, sender, subject and what it matched. Nothing leaves this computer except to your own mail server."
    >
      {status && status.accounts.length > 0 && (
        <ul className="mail-accounts" aria-label="Connected mail accounts">
          {status.accounts.map((s) => {
            const name = s.account.label || s.account.user;
            const line = accountStatusText(s, (iso) => formatInstant(iso, zone));
            return (
              <li key={s.account.id} className="mail-account">
                <div>
                  <strong>{name}</strong> <span className="muted">{s.account.host}</span>
                  <p className={`test-result ${line.tone}`}>{line.text}</p>
                </div>
                <button type="button" className="button small" onClick={() => void disconnect(s.account.id, name)}>
                  Disconnect {name}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {status && status.accounts.length > 0 && (
        <div>
          <button type="button" className="button" disabled={busy} onClick={() => void checkNow()}>
            Check mail now
          </button>
        </div>
      )}
      {status && <p className="setting-hint">{status.secretsPersistent ? 'Passwords are encrypted with your system’s keychain.' : status.secretsNote}</p>}
      <div className="setting-field">
        <label htmlFor="mail-preset">Provider</label>
        <select id="mail-preset" value={form.preset} onChange={(e) => setForm((f) => formForPreset(e.target.value as MailPresetName, f))}>
          {MAIL_PRESETS.map((p) => (
            <option key={p.name} value={p.name}>
              {p.label}
            </option>
          ))}
        </select>
        <p className="setting-hint">{preset.passwordHint}</p>
        <p className="setting-hint">{UNSUPPORTED_PROVIDERS_NOTE}</p>
      </div>
      <div className="field-grid">
        <SettingField label="Email address" type="text" value={form.address} onChange={(v) => set('address', v)} autoComplete="email" placeholder="you@example.com" />
        <SettingField label="User name" type="text" value={form.user} onChange={(v) => set('user', v)} autoComplete="username" hint="Usually your full email address." />
        <PasswordField value={form.password} onChange={(v) => set('password', v)} />
        <SettingField label="Name for this account (optional)" type="text" value={form.label} onChange={(v) => set('label', v)} maxLength={100} />
        <SettingField label="IMAP server" type="text" value={form.host} onChange={(v) => set('host', v)} placeholder="imap.example.com" />
        <SettingField label="Port" type="number" value={form.port} onChange={(v) => set('port', v)} min={1} max={65535} />
        <SettingField label="Inbox folder" type="text" value={form.inbox} onChange={(v) => set('inbox', v)} />
        <SettingField label="Sent folder" type="text" value={form.sentFolder} onChange={(v) => set('sentFolder', v)} hint="Leave empty to skip reading sent mail." />
      </div>
      <label className="check-row">
        <input type="checkbox" checked={form.tls} onChange={(e) => set('tls', e.target.checked)} />
        Encrypted connection (TLS; usually on 993, off on 143)
      </label>
      {!form.tls && <p className="setting-hint">{CLEARTEXT_NOTE}</p>}
      <label className="check-row">
        <input type="checkbox" checked={form.send} onChange={(e) => set('send', e.target.checked)} />
        Send follow-ups from Hearback (SMTP) — “Open in mail client” stays available
      </label>
      {form.send && (
        <div className="field-grid">
          <SettingField label="SMTP server" type="text" value={form.smtpHost} onChange={(v) => set('smtpHost', v)} placeholder="smtp.example.com" />
          <SettingField label="SMTP port" type="number" value={form.smtpPort} onChange={(v) => set('smtpPort', v)} min={1} max={65535} hint="465 uses TLS from the start; 587 upgrades with STARTTLS." />
          <label className="check-row">
            <input type="checkbox" checked={form.smtpTls} onChange={(e) => set('smtpTls', e.target.checked)} />
            SMTP over TLS from the start (465)
          </label>
        </div>
      )}
      <div className="test-row">
        <button type="button" className="button" disabled={busy} onClick={() => void test()}>
          Test connection
        </button>
        <button type="button" className="button primary" disabled={busy} onClick={() => void connect()}>
          Connect mailbox
        </button>
        <p className={`test-result ${outcome.state === 'done' ? outcome.tone : ''}`} role="status">
          {outcome.state === 'busy' ? outcome.what : outcome.state === 'done' ? outcome.message : ''}
        </p>
      </div>
    </SettingsSection>
  );
}

function PasswordField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <div className="setting-field">
      <label htmlFor="mail-password">Password or app password</label>
      <div className="setting-input">
        <input id="mail-password" type="password" value={value} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      </div>
    </div>
  );
}
