import { presetNamed, type MailAccountInput, type MailPresetName } from '../../../shared/mail';

/** The Mail settings form as typed (strings), and how a preset fills it. */
export interface MailForm {
  preset: MailPresetName;
  label: string;
  host: string;
  port: string;
  tls: boolean;
  user: string;
  address: string;
  password: string;
  inbox: string;
  sentFolder: string;
  /** Send follow-ups from Hearback over SMTP (same user and password). */
  send: boolean;
  smtpHost: string;
  smtpPort: string;
  smtpTls: boolean;
}

export function formForPreset(preset: MailPresetName, previous?: MailForm): MailForm {
  const p = presetNamed(preset);
  return {
    preset,
    label: previous?.label ?? '',
    host: p.host || (previous?.preset === 'custom' ? previous.host : ''),
    port: String(p.port),
    tls: p.tls,
    user: previous?.user ?? '',
    address: previous?.address ?? '',
    password: previous?.password ?? '',
    inbox: 'INBOX',
    sentFolder: p.sentFolder,
    // A known provider's sending server is filled in; a custom server's must be typed first.
    send: p.smtp.host !== '' || (previous?.preset === 'custom' && previous.send),
    smtpHost: p.smtp.host || (previous?.preset === 'custom' ? previous.smtpHost : ''),
    smtpPort: String(p.smtp.port),
    smtpTls: p.smtp.tls,
  };
}

/** What the contract receives; the core checks it (zod) and names a bad field. */
export function accountRequest(form: MailForm): { account: MailAccountInput; password: string } {
  const address = form.address.trim() || (form.user.includes('@') ? form.user.trim() : '');
  return {
    account: {
      label: form.label.trim(),
      preset: form.preset,
      host: form.host.trim(),
      port: Number(form.port),
      tls: form.tls,
      user: form.user.trim(),
      address,
      inbox: form.inbox.trim() || 'INBOX',
      sentFolder: form.sentFolder.trim() === '' ? null : form.sentFolder.trim(),
      smtp: form.send ? { host: form.smtpHost.trim(), port: Number(form.smtpPort), tls: form.smtpTls } : null,
    },
    password: form.password,
  };
}
