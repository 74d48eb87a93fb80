/**
 * RFC 5545 content-line text rules, written here rather than taken from a generator so the two
 * subtle ones are explicit and tested: TEXT escaping (§3.3.11) and folding at 75 octets (§3.1)
 * without splitting a UTF-8 sequence.
 */

/** Maximum octets per physical line, excluding the CRLF. */
export const ICS_MAX_LINE_OCTETS = 75;
export const CRLF = '\r\n';

/**
 * Escapes a TEXT value: `\` → `\\`, `;` → `\;`, `,` → `\,`, newlines (CRLF, CR or LF) → `\n`.
 * Control characters other than HTAB are not allowed in TEXT (§3.3.11 "TSAFE-CHAR"), so they are
 * dropped; lone surrogates become U+FFFD so the output is valid UTF-8.
 */
export function escapeIcsText(value: string): string {
  return (
    value
      .replace(/\r\n|\r|\n/g, '\n')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  );
}

/** UTF-8 length of one code point. */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one logical content line into physical lines of at most 75 octets, each continuation
 * starting with a single space (which counts towards its 75). Breaks only between code points,
 * so no multi-byte character is split. Returns the lines joined with CRLF, without a final CRLF.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > ICS_MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** Parameter value (§3.2): quoted when it holds `:`, `;` or `,`; DQUOTE and controls removed. */
export function icsParamValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = value.replace(/["\u0000-\u001F\u007F]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** A folded content line with its CRLF: `NAME;PARAMS:value\r\n`. `value` must already be escaped. */
export function icsLine(name: string, value: string, params: Readonly<Record<string, string>> = {}): string {
  const paramText = Object.entries(params)
    .map(([k, v]) => `;${k}=${icsParamValue(v)}`)
    .join('');
  return foldIcsLine(`${name}${paramText}:${value}`) + CRLF;
}

/** A TEXT property: escaped, folded, terminated. */
export function icsTextLine(name: string, value: string): string {
  return icsLine(name, escapeIcsText(value));
}

/** `2026-03-08T14:00:00.000Z` → `20260308T140000Z` (UTC DATE-TIME, §3.3.5 form 2). */
export function icsUtc(instant: string): string {
  const d = new Date(instant);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` + `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}
