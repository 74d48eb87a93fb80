/**
 * Plain words from the first bytes of a message body (BODY[TEXT], a few KB), for the proposed
 * outcome only — never shown, never stored. Handles what replies from companies usually are:
 *
 * | body                                  | read as                                                  |
 * |---------------------------------------|----------------------------------------------------------|
 * | multipart (boundary lines + part headers) | its text/plain part, else its text/html part, decoded |
 * | quoted-printable (`=XX`, soft breaks `=`) | decoded as UTF-8                                      |
 * | base64 (a part says so, or the whole body looks so) | decoded as UTF-8 (a cut-off tail is dropped) |
 * | HTML                                  | tags removed                                             |
 * Bad bytes become U+FFFD; nothing here throws.
 */
const utf8 = new TextDecoder('utf-8');

function bytesOfBinaryString(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
  return bytes;
}

export function decodeBase64Text(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, '').replace(/=+(?=[^=])/g, '');
  const whole = clean.slice(0, clean.length - (clean.length % 4));
  try {
    return utf8.decode(bytesOfBinaryString(atob(whole)));
  } catch {
    return '';
  }
}

/** A string of bytes (one character each, as read) as UTF-8; text already decoded stays as it is. */
function asUtf8(binary: string): string {
  if (/[\u0100-\uffff]/.test(binary)) return binary;
  return utf8.decode(bytesOfBinaryString(binary));
}

export function decodeQuotedPrintable(text: string): string {
  const soft = text.replace(/=\r?\n/g, '');
  return asUtf8(soft.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

interface Part {
  type: string;
  encoding: string;
  body: string;
}

function parts(text: string): Part[] {
  const boundary = /^--([^\s]+)\s*$/m.exec(text)?.[1];
  if (!boundary) return [];
  const found: Part[] = [];
  for (const chunk of text.split(`--${boundary}`)) {
    const split = chunk.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const head = chunk.slice(0, split);
    if (!/content-type:/i.test(head)) continue;
    found.push({
      type: /content-type:\s*([^;\s]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'text/plain',
      encoding: /content-transfer-encoding:\s*([^\s;]+)/i.exec(head)?.[1]?.toLowerCase() ?? '7bit',
      body: chunk.slice(split).trim(),
    });
  }
  return found;
}

function decodePart(part: Part): string {
  if (part.encoding === 'base64') return decodeBase64Text(part.body);
  if (part.encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return asUtf8(part.body);
}

const words = (text: string): string =>
  text
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** What a body says, as plain words (at most `max` characters). */
export function readableBodyText(raw: string, max = 4096): string {
  const found = parts(raw);
  // Nested multiparts list their sub-parts further down; a text part is what we want.
  const textPart = found.find((p) => p.type === 'text/plain') ?? found.find((p) => p.type === 'text/html');
  let text: string;
  if (textPart) text = decodePart(textPart);
  // Base64 lines carry no spaces; words do.
  else if (found.length === 0 && raw.trim().length >= 16 && /^[A-Za-z0-9+/=\r\n]+$/.test(raw.trim()) && !/[ \t]/.test(raw)) text = decodeBase64Text(raw);
  else if (/=[0-9A-F]{2}|=\r?\n/.test(raw)) text = decodeQuotedPrintable(raw);
  else text = asUtf8(raw);
  return words(text).slice(0, max);
}
