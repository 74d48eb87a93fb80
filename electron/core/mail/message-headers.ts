import type { FetchMessageObject, MessageAddressObject } from 'imapflow';
import { messageIdsIn, normalizeMessageId, readableBodyText, type BodyStart, type MailAddress, type MailMessage } from '../../../shared/mail';

/**
 * Header fields fetched besides the envelope (the envelope has From, To, Cc, Subject, Date,
 * Message-ID, In-Reply-To). Content-Type and Content-Transfer-Encoding say how to read the body's
 * first bytes when they are fetched; X-Autoreply / X-Autorespond mark auto-replies that carry no
 * Auto-Submitted.
 */
export const EXTRA_HEADERS = ['references', 'auto-submitted', 'precedence', 'list-id', 'x-autoreply', 'x-autorespond', 'content-type', 'content-transfer-encoding'] as const;

/** How a message's body is encoded (from its headers), kept beside it until the body is read. */
export type BodyEncoding = Omit<BodyStart, 'body'>;

export function bodyEncoding(m: FetchMessageObject): BodyEncoding {
  const headers = parseHeaderBlock(m.headers ? m.headers.toString('latin1') : '');
  return { contentType: headers.get('content-type') ?? '', contentTransferEncoding: headers.get('content-transfer-encoding') ?? '' };
}

/** Longest header value kept (a References chain of a long thread, a hostile message…). */
const MAX_HEADER_CHARS = 8192;

/** Unfolded header fields by lower-case name (first occurrence wins). Malformed lines are skipped. */
export function parseHeaderBlock(raw: string): Map<string, string> {
  const fields = new Map<string, string>();
  const unfolded = raw.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name))
      fields.set(
        name,
        line
          .slice(colon + 1)
          .trim()
          .slice(0, MAX_HEADER_CHARS),
      );
  }
  return fields;
}

const address = (a: MessageAddressObject): MailAddress | null => (typeof a.address === 'string' && a.address.includes('@') ? { address: a.address.trim().toLowerCase().slice(0, 320), name: (a.name ?? '').slice(0, 200) } : null);
const addresses = (list: MessageAddressObject[] | undefined): MailAddress[] =>
  (list ?? [])
    .slice(0, 100)
    .map(address)
    .filter((a): a is MailAddress => a !== null);

function instant(value: Date | string | undefined): string | null {
  if (value === undefined) return null;
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** What the matcher reads, from one FETCH answer (envelope + the extra headers). Never throws. */
export function toMailMessage(m: FetchMessageObject): MailMessage {
  const env = m.envelope ?? {};
  const headers = parseHeaderBlock(m.headers ? m.headers.toString('utf8') : '');
  const from = addresses(env.from)[0] ?? null;
  return {
    messageId: env.messageId ? normalizeMessageId(env.messageId) : '',
    date: instant(env.date) ?? instant(m.internalDate) ?? new Date(0).toISOString(),
    from,
    to: addresses(env.to),
    cc: addresses(env.cc),
    subject: (env.subject ?? '').slice(0, 400),
    inReplyTo: env.inReplyTo ? messageIdsIn(env.inReplyTo) : [],
    references: messageIdsIn(headers.get('references') ?? '').slice(-50),
    autoSubmitted: headers.get('auto-submitted') || (headers.has('x-autoreply') || headers.has('x-autorespond') ? 'auto-replied' : ''),
    precedence: headers.get('precedence') ?? '',
    listId: headers.get('list-id') ?? '',
  };
}

/** The readable start of a message body (first bytes of BODY[TEXT]), as plain text (body-text.ts). */
export function bodyText(body: Buffer, encoding: BodyEncoding): Promise<string> {
  return readableBodyText({ ...encoding, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) });
}
