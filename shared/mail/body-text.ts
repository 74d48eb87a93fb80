import PostalMime from 'postal-mime';
import { htmlToText } from '../text/html-text';
import { withoutQuotedText } from './quoted-text';

/**
 * Plain words from the first bytes of a message's body, for the proposed outcome and for the
 * company a hiring system writes for — never shown, never stored. The MIME work is postal-mime's
 * (a maintained parser with no Node imports): charsets, transfer encodings, encoded words, nested
 * multiparts. Rules:
 *
 * | body                                         | read as                                                   |
 * |----------------------------------------------|-----------------------------------------------------------|
 * | any MIME layout                              | postal-mime's text part, else its HTML part through        |
 * |                                              | `htmlToText` (the one HTML reader, shared/text)            |
 * | a declared charset                           | that charset (ISO-8859-1 and US-ASCII labels read as       |
 * |                                              | Windows-1252, as WHATWG says mail clients do)              |
 * | cut off mid-part (we fetch a few KB)         | what arrived                                               |
 * | quoted text (below "On … wrote:", "Am …       | dropped (quoted-text.ts): a reply's own words only         |
 * | schrieb:", Outlook's "From: … Sent:" block)   |                                                           |
 * | malformed                                    | '' — nothing here throws                                   |
 *
 * The input is what IMAP gives: the message's MIME headers (Content-Type, Content-Transfer-
 * Encoding) and the first bytes of BODY[TEXT].
 */
export interface BodyStart {
  /** The message's Content-Type header value ('' when absent: text/plain; charset=us-ascii). */
  contentType: string;
  contentTransferEncoding: string;
  /** The first bytes of BODY[TEXT]. */
  body: Uint8Array;
}

/** Windows-1252's printable characters at 0x80–0x9F (Node 20's TextDecoder reads that range as Latin-1 controls). */
const CP1252_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

/** C1 control characters never occur in text people write: they are Windows-1252 bytes read as Latin-1. */
export const fixWindows1252 = (text: string): string => text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? '');

const encoder = new TextEncoder();

function asMessage(start: BodyStart): Uint8Array {
  const safe = (v: string) => v.replace(/[\r\n]+/g, ' ').slice(0, 1000);
  const head = `MIME-Version: 1.0\r\nContent-Type: ${safe(start.contentType) || 'text/plain; charset=us-ascii'}\r\n${start.contentTransferEncoding ? `Content-Transfer-Encoding: ${safe(start.contentTransferEncoding)}\r\n` : ''}\r\n`;
  const headBytes = encoder.encode(head);
  const whole = new Uint8Array(headBytes.length + start.body.length);
  whole.set(headBytes, 0);
  whole.set(start.body, headBytes.length);
  return whole;
}

/** What a parsed message says, as tidy plain text (quoted text removed), at most `max` characters. */
export function emailText(email: { text?: string | undefined; html?: string | undefined }, max: number): string {
  const plain = email.text && email.text.trim() !== '' ? email.text : email.html ? htmlToText(email.html) : '';
  return withoutQuotedText(fixWindows1252(plain))
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
    .slice(0, max);
}

/** What a body says, as plain text with its line breaks (at most `max` characters). */
export async function readableBodyText(start: BodyStart, max = 4096): Promise<string> {
  try {
    return emailText(await PostalMime.parse(asMessage(start)), max);
  } catch {
    return '';
  }
}

/** A whole raw message (RFC 5322 bytes) as the same plain text — for tests and the corpus. */
export async function readableMessageText(raw: Uint8Array | string, max = 4096): Promise<string> {
  try {
    return emailText(await PostalMime.parse(typeof raw === 'string' ? encoder.encode(raw) : raw), max);
  } catch {
    return '';
  }
}
