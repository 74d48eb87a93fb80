import { z } from 'zod';
import { IdSchema, requiredText, text } from '../domain/primitives';

/**
 * A mailbox the user connected. Everything here is stored in plain JSON beside the data; the
 * password never is — it lives in the secret store under `mailPasswordKey(id)`.
 */
export const MailPresetNameSchema = z.enum(['gmail', 'icloud', 'fastmail', 'yahoo', 'custom']);
export type MailPresetName = z.infer<typeof MailPresetNameSchema>;

export interface MailPreset {
  name: MailPresetName;
  label: string;
  host: string;
  port: number;
  tls: boolean;
  sentFolder: string;
  /** Sending (SMTP); `tls` false means STARTTLS on a plain port. */
  smtp: { host: string; port: number; tls: boolean };
  /** Whether the server itself files mail sent over SMTP in Sent (else Hearback appends a copy). */
  savesSentCopy: boolean;
  /** One line: how to make the app password this provider asks for. */
  passwordHint: string;
}

/** Hosts and ports from each provider's published IMAP settings. */
export const MAIL_PRESETS: readonly MailPreset[] = [
  {
    name: 'gmail',
    label: 'Gmail',
    host: 'imap.gmail.com',
    port: 993,
    tls: true,
    sentFolder: '[Gmail]/Sent Mail',
    smtp: { host: 'smtp.gmail.com', port: 465, tls: true },
    savesSentCopy: true,
    passwordHint: 'Turn on 2-Step Verification, then make an app password at myaccount.google.com → Security → App passwords.',
  },
  {
    name: 'icloud',
    label: 'iCloud Mail',
    host: 'imap.mail.me.com',
    port: 993,
    tls: true,
    sentFolder: 'Sent Messages',
    smtp: { host: 'smtp.mail.me.com', port: 587, tls: false },
    savesSentCopy: false,
    passwordHint: 'Make an app-specific password at account.apple.com → Sign-In and Security → App-Specific Passwords. The user name is your address without @icloud.com.',
  },
  {
    name: 'fastmail',
    label: 'Fastmail',
    host: 'imap.fastmail.com',
    port: 993,
    tls: true,
    sentFolder: 'Sent',
    smtp: { host: 'smtp.fastmail.com', port: 465, tls: true },
    savesSentCopy: false,
    passwordHint: 'Make an app password in Fastmail → Settings → Privacy & Security → Manage app passwords (IMAP access).',
  },
  {
    name: 'yahoo',
    label: 'Yahoo Mail',
    host: 'imap.mail.yahoo.com',
    port: 993,
    tls: true,
    sentFolder: 'Sent',
    smtp: { host: 'smtp.mail.yahoo.com', port: 465, tls: true },
    savesSentCopy: false,
    passwordHint: 'Generate an app password at login.yahoo.com → Account security → Generate app password.',
  },
  {
    name: 'custom',
    label: 'Other (IMAP server)',
    host: '',
    port: 993,
    tls: true,
    sentFolder: 'Sent',
    smtp: { host: '', port: 465, tls: true },
    savesSentCopy: false,
    passwordHint: 'Use the IMAP settings your provider publishes; many ask for an app password rather than your sign-in password.',
  },
];

/** Said beside the TLS switch when it is off: why Hearback may refuse the server. */
export const CLEARTEXT_NOTE = 'Without TLS, Hearback still asks the server to encrypt (STARTTLS) before it sends your password, and refuses a server that will not — except one on this computer, such as a mail bridge.';

/** Said plainly in Settings: these need OAuth sign-in, which Hearback does not do yet. */
export const UNSUPPORTED_PROVIDERS_NOTE = 'Outlook.com and Microsoft 365 need sign-in with Microsoft, which Hearback does not support yet.';

export const presetNamed = (name: MailPresetName): MailPreset => MAIL_PRESETS.find((p) => p.name === name) ?? MAIL_PRESETS[MAIL_PRESETS.length - 1]!;

const HostSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(253, 'must be at most 253 characters')
  .regex(/^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:.]+\]$/, 'must be a host name like imap.example.com');

const FolderSchema = requiredText(200);
const PortSchema = z.number().int().min(1, 'must be a port between 1 and 65535').max(65535, 'must be a port between 1 and 65535');

/** Where mail is sent from Hearback (same user and password as IMAP); null: sending stays in the mail client. */
export const SmtpSettingsSchema = z.object({ host: HostSchema, port: PortSchema, tls: z.boolean() }).strict();
export type SmtpSettings = z.infer<typeof SmtpSettingsSchema>;

/** What the user fills in (the password separately). */
export const MailAccountInputSchema = z
  .object({
    label: text(100),
    preset: MailPresetNameSchema,
    host: HostSchema,
    port: PortSchema,
    tls: z.boolean(),
    user: requiredText(320),
    /** The user's own address(es): their messages in the inbox never count as replies. */
    address: z
      .string()
      .trim()
      .toLowerCase()
      .max(320)
      .regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address like you@example.com'),
    inbox: FolderSchema.default('INBOX'),
    sentFolder: FolderSchema.nullable().default(null),
    lookBackDays: z.number().int().min(1, 'must be at least 1 day').max(365, 'must be at most 365 days').default(60),
    smtp: SmtpSettingsSchema.nullable().default(null),
  })
  .strict();
export type MailAccountInput = z.input<typeof MailAccountInputSchema>;

export const MailAccountSchema = MailAccountInputSchema.extend({ id: IdSchema }).strict();
export type MailAccount = z.infer<typeof MailAccountSchema>;

export const PasswordSchema = z.string().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters');

/** The secret store's key for an account's password (one place, so disconnect finds it). */
export const mailSecretPrefix = (accountId: string): string => `mail:${accountId}:`;
export const mailPasswordKey = (accountId: string): string => `${mailSecretPrefix(accountId)}password`;
