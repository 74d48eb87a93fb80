/**
 * `mailto:` links per RFC 6068: addresses and header values percent-encoded (UTF-8), line breaks
 * in the body as CRLF (%0D%0A).
 */

/** Normalise any line break to CRLF, as RFC 6068 §5 asks for bodies. */
export function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

/** Lone UTF-16 surrogates cannot be percent-encoded (encodeURIComponent throws): replace them. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Percent-encode one address, keeping "@" readable (allowed unencoded in RFC 6068's addr-spec). */
function encodeAddress(address: string): string {
  return encodeURIComponent(wellFormed(address.trim())).replace(/%40/g, '@');
}

export function buildMailto(args: { to: readonly string[]; subject: string; body: string }): string {
  const to = args.to
    .filter((a) => a.trim() !== '')
    .map(encodeAddress)
    .join(',');
  const query = [`subject=${encodeURIComponent(wellFormed(args.subject))}`, `body=${encodeURIComponent(wellFormed(toCrlf(args.body)))}`];
  return `mailto:${to}?${query.join('&')}`;
}
