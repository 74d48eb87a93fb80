import ipaddr from 'ipaddr.js';
import type { ImapFlowOptions } from 'imapflow';

/**
 * How Hearback talks to an IMAP server — the rules that keep a password and the app's memory safe:
 *
 * | setting                     | rule                                                                     |
 * |-----------------------------|--------------------------------------------------------------------------|
 * | TLS on                      | implicit TLS (993); the certificate must verify                           |
 * | TLS off, host not loopback  | STARTTLS is required before LOGIN; a server that does not offer it is     |
 * |                             | refused (`tls` problem) and no credential is sent                         |
 * | TLS off, host is loopback   | plain IMAP allowed (a local bridge such as Proton Bridge, a test server)  |
 * |                             | — the password never leaves this computer                                |
 * | one literal in an answer    | at most `MAX_LITERAL_BYTES` (we read headers and 4 KB of text only)      |
 * | one line / one answer       | at most `MAX_LINE_BYTES` / `MAX_RESPONSE_BYTES`                           |
 * | over a limit                | the connection is dropped and the account says the server's answer was too large |
 *
 * Loopback: `localhost`, 127.0.0.0/8, ::1 (also written `[::1]`) — by address range, not by name
 * only, so 127.0.0.2 counts and 127.example.com does not.
 */
export const MAX_LITERAL_BYTES = 4 * 1024 * 1024;
export const MAX_LINE_BYTES = 8 * 1024 * 1024;
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** Whether a host name or address is this computer (never reaches a network). */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (!ipaddr.isValid(bare)) return false;
  const parsed = ipaddr.process(bare);
  return parsed.range() === 'loopback';
}

export interface ImapEndpoint {
  host: string;
  port: number;
  tls: boolean;
  user: string;
}

/** The imapflow options for one connection (everything but the events we listen to). */
export function imapOptions(target: ImapEndpoint, password: string, timeoutMs: number): ImapFlowOptions {
  const host = target.host.replace(/^\[|\]$/g, '');
  const plainAllowed = !target.tls && isLoopbackHost(host);
  return {
    host,
    port: target.port,
    secure: target.tls,
    // Off loopback without implicit TLS the upgrade is required: imapflow then refuses to LOGIN
    // on a server that offers no STARTTLS (or whose offer an attacker stripped).
    ...(target.tls ? {} : plainAllowed ? {} : { doSTARTTLS: true }),
    auth: { user: target.user, pass: password },
    // Never log: a logger could see server text; credentials are never ours to write down.
    logger: false,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    clientInfo: { name: 'Hearback' },
    maxLiteralSize: MAX_LITERAL_BYTES,
    maxLineLength: MAX_LINE_BYTES,
    maxResponseSize: MAX_RESPONSE_BYTES,
  };
}
