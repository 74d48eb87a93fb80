import type { MailProblem, MailProblemCode } from '../../../shared/contract';
import { MAX_LITERAL_BYTES } from './imap-options';

/**
 * Turns what imapflow / Node throw into the specific problem the user sees. Never includes the
 * password (imapflow's errors do not carry it; we only read codes and the server's response text).
 *
 * | code             | when                                                                   |
 * |------------------|------------------------------------------------------------------------|
 * | `wrong-password` | the server answered AUTHENTICATIONFAILED / the login was refused (SMTP EAUTH) |
 * | `tls`            | the TLS handshake or certificate check failed; or, TLS off on a host that |
 * |                  | is not this computer, the server offers no STARTTLS (nothing was sent)  |
 * | `server`         | an answer over the size limits (imap-options.ts): connection dropped    |
 * | `unreachable`    | DNS, refused, timed out, network down, or closed before the greeting    |
 * | `folder-missing` | the folder to watch does not exist                                      |
 * | `server`         | anything else the server said                                           |
 */
export class MailProblemError extends Error {
  constructor(readonly problem: MailProblem) {
    super(problem.message);
  }
}

const UNREACHABLE = new Set([
  'ECONNECTION',
  'ESOCKET',
  'ENOTFOUND',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ECONNRESET',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'ClosedAfterConnectText',
  'NoConnection',
  'ETIMEOUT',
]);

/** imapflow's codes for an answer over the limits we set. */
const TOO_LARGE = new Set(['LiteralTooLarge', 'LineTooLarge', 'ResponseTooLarge', 'TooManyTokens']);

const field = (error: unknown, name: string): unknown => (typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined);

export interface Endpoint {
  host: string;
  port: number;
}

export function problem(code: MailProblemCode, message: string): MailProblem {
  return { code, message };
}

export const folderMissing = (folder: string): MailProblem => problem('folder-missing', `The folder “${folder}” does not exist on the server. Check its name in the account's settings.`);

export function classifyImapError(error: unknown, at: Endpoint): MailProblem {
  if (error instanceof MailProblemError) return error.problem;
  const code = String(field(error, 'code') ?? '');
  const message = error instanceof Error ? error.message : String(error);
  const responseText = String(field(error, 'responseText') ?? '').slice(0, 200);
  if (field(error, 'authenticationFailed') === true || field(error, 'serverResponseCode') === 'AUTHENTICATIONFAILED' || code === 'EAUTH') {
    return problem('wrong-password', 'The server refused the user name or password. Gmail, iCloud, Fastmail and Yahoo need an app password here, not your sign-in password.');
  }
  if (field(error, 'tlsFailed') === true) {
    return problem('tls', `${at.host}:${at.port} offers no encrypted connection (STARTTLS), so Hearback did not send your password. Turn on TLS (port 993), or use a server that offers STARTTLS on this port.`);
  }
  if (TOO_LARGE.has(code)) {
    return problem(
      'server',
      `The mail server at ${at.host} sent an answer larger than Hearback accepts (over ${MAX_LITERAL_BYTES / 1024 / 1024} MB at once), so the connection was closed. If this keeps happening, the server may be broken or not a mail server.`,
    );
  }
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code) || /\b(ssl|tls|certificate|wrong version number)\b/i.test(message)) {
    return problem('tls', `A secure (TLS) connection to ${at.host}:${at.port} failed. Check the port (993 uses TLS, 143 does not) and the TLS setting.`);
  }
  if (UNREACHABLE.has(code) || /timed? ?out|refused|getaddrinfo|unexpected close/i.test(message)) {
    return problem('unreachable', `${at.host}:${at.port} could not be reached. Check the host name, the port and your connection.`);
  }
  if (field(error, 'serverResponseCode') === 'NONEXISTENT') return problem('folder-missing', 'A folder to watch does not exist on the server.');
  return problem('server', responseText ? `The mail server answered: ${responseText}` : 'The mail server did not accept the request.');
}
