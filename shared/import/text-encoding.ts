/**
 * Which character encoding a CSV file is in, and its text in that encoding. Spreadsheets write
 * CSV in whatever their platform prefers: Excel on Windows "CSV" in the ANSI code page
 * (Windows-1252 in Western Europe and the Americas), "CSV UTF-8" with a byte-order mark, and
 * "Unicode text" as UTF-16 little-endian with a BOM and tabs; LibreOffice asks; Google Sheets
 * writes UTF-8 without a BOM.
 *
 * | the bytes                                          | read as                               |
 * |----------------------------------------------------|---------------------------------------|
 * | start EF BB BF                                     | UTF-8 (the mark dropped)              |
 * | start FF FE / FE FF                                | UTF-16 little / big endian (mark dropped) |
 * | no mark, NUL in every other byte of the first line | UTF-16 LE / BE (a BOM-less "Unicode text") |
 * | no mark, valid UTF-8 throughout                    | UTF-8 (plain ASCII is UTF-8 too)      |
 * | anything else                                      | Windows-1252 (a superset of ISO-8859-1's printable characters; WHATWG decodes the label iso-8859-1 the same way) |
 *
 * The user can pick another encoding in the preview; the bytes are read again in it.
 * `TextDecoder` (WHATWG Encoding) does the decoding in the renderer and under Node alike.
 */

export const TEXT_ENCODINGS = ['utf-8', 'windows-1252', 'iso-8859-15', 'utf-16le', 'utf-16be', 'macintosh'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** Names a user recognises, for the preview's choice. */
export const TEXT_ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8 (Unicode)',
  'windows-1252': 'Western European (Windows-1252 / ISO-8859-1)',
  'iso-8859-15': 'Western European with € (ISO-8859-15)',
  'utf-16le': 'UTF-16 little-endian (Excel “Unicode text”)',
  'utf-16be': 'UTF-16 big-endian',
  macintosh: 'Mac Roman (old Mac Excel)',
};

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** How it was decided, for the preview: a byte-order mark, or the bytes themselves. */
  by: 'byte-order-mark' | 'content';
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** NULs in odd (LE) or even (BE) positions of the first 200 bytes: ASCII written as UTF-16. */
function utf16WithoutMark(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 200);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = n / 2;
  if (oddNul >= half * 0.6 && evenNul === 0) return 'utf-16le';
  if (evenNul >= half * 0.6 && oddNul === 0) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { encoding: 'utf-8', by: 'byte-order-mark' };
  if (startsWith(bytes, 0xff, 0xfe)) return { encoding: 'utf-16le', by: 'byte-order-mark' };
  if (startsWith(bytes, 0xfe, 0xff)) return { encoding: 'utf-16be', by: 'byte-order-mark' };
  const wide = utf16WithoutMark(bytes);
  if (wide) return { encoding: wide, by: 'content' };
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'windows-1252', by: 'content' };
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (WHATWG index-windows-1252): €, quotes, dashes, Œ, Š, Ž, ™…
 * Node 20's TextDecoder decodes "windows-1252" as ISO-8859-1 and leaves these as C1 control
 * characters (Chromium and newer Node map them); this table puts them right wherever it runs.
 * The five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are, as WHATWG says.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The text of `bytes` in `encoding`, without a byte-order mark. Bytes that do not fit show as U+FFFD. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  let text = new TextDecoder(encoding).decode(bytes);
  if (encoding === 'windows-1252') text = text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
  // TextDecoder drops a BOM matching its own encoding; a UTF-8 BOM read as Windows-1252 would show as "ï»¿".
  return text.replace(/^(\uFEFF|ï»¿|þÿ|ÿþ)/, '');
}

/** Characters that could not be decoded: a sign the encoding is wrong. */
export function undecodableCount(text: string): number {
  let n = 0;
  for (const c of text) if (c === '\uFFFD') n++;
  return n;
}
