import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { normalizeMessageId, type MailAccount } from '../../../shared/mail';
import type { ImapFlow } from 'imapflow';
import { classifyImapError, MailProblemError } from './imap-problem';
import type { ImapTarget } from './imap-session';
import { isLoopbackHost } from './imap-options';

export interface OutgoingMail {
  to: readonly string[];
  subject: string;
  body: string;
  /** Message-IDs this one answers (keeps the conversation threaded). */
  inReplyTo?: string | null;
}

export interface SentMail {
  /** Normalised (no angle brackets): replies that name it match by thread. */
  messageId: string;
  /** The exact bytes sent: the copy filed in Sent. */
  raw: Buffer;
}

const SEND_TIMEOUT_MS = 30_000;

/**
 * Sends one message over the account's SMTP server with the account's user and password. The
 * message is built once (with our own Message-ID) and those bytes are both sent and, where the
 * server does not do it, filed in Sent — so the copy is exactly what went out.
 */
export async function sendOverSmtp(account: MailAccount, password: string, mail: OutgoingMail): Promise<SentMail> {
  const smtp = account.smtp;
  if (!smtp) throw new MailProblemError({ code: 'server', message: 'This account has no sending (SMTP) server set.' });
  const domain = account.address.split('@')[1] ?? 'hearback.invalid';
  const messageId = `${randomUUID()}@${domain}`;
  const raw = await new MailComposer({
    from: account.address,
    to: [...mail.to],
    subject: mail.subject,
    text: mail.body,
    messageId: `<${messageId}>`,
    date: new Date(),
    ...(mail.inReplyTo ? { inReplyTo: `<${mail.inReplyTo}>`, references: [`<${mail.inReplyTo}>`] } : {}),
  })
    .compile()
    .build();
  const transport = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.tls,
    // Without implicit TLS, insist on STARTTLS — except on loopback (a local relay or a test server).
    requireTLS: !smtp.tls && !isLoopbackHost(smtp.host),
    auth: { user: account.user, pass: password },
    connectionTimeout: SEND_TIMEOUT_MS,
    greetingTimeout: SEND_TIMEOUT_MS,
    socketTimeout: SEND_TIMEOUT_MS,
    logger: false,
  });
  try {
    await transport.sendMail({ envelope: { from: account.address, to: [...mail.to] }, raw });
  } catch (error) {
    throw new MailProblemError(classifyImapError(error, smtp));
  } finally {
    transport.close();
  }
  return { messageId: normalizeMessageId(messageId), raw };
}

/**
 * Files the exact bytes sent in the account's Sent folder (for providers that do not). The mail
 * went out already: a failure here is told (a warning) and returns false — never a reason to send twice.
 */
export async function fileSentCopy(
  account: MailAccount,
  folder: string,
  password: string,
  raw: Buffer,
  io: { connect: (target: ImapTarget, password: string) => Promise<ImapFlow>; warn: (message: string, meta?: Record<string, unknown>) => void },
): Promise<boolean> {
  try {
    const client = await io.connect(account, password);
    try {
      await client.append(folder, raw, ['\\Seen']);
      return true;
    } finally {
      await client.logout().catch(() => client.close());
    }
  } catch (error) {
    io.warn('filing the sent copy failed', { account: account.id, code: classifyImapError(error, account).code });
    return false;
  }
}
