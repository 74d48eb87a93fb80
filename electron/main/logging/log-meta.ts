/**
 * Keys whose string values are safe in a log file: identifiers, codes and technical facts.
 * Anything else (a company name, an email, a note, a URL) is redacted — the log is something
 * users attach to bug reports, and their job search is nobody's business.
 */
const SAFE_STRING_KEY = /(^id$|Id$|Ids$|^code$|^reason$|^method$|^action$|^event$|^permission$|^platform$|^version$|^mode$|^level$)/;
const MAX_STRING = 200;

/** Returns a copy of `meta` with only numbers, booleans and allow-listed strings (truncated). */
export function sanitizeLogMeta(meta: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (meta === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
      out[key] = value;
    } else if (typeof value === 'string') {
      out[key] = SAFE_STRING_KEY.test(key) ? value.slice(0, MAX_STRING) : '[redacted]';
    } else if (Array.isArray(value) && SAFE_STRING_KEY.test(key)) {
      out[key] = value.filter((v) => typeof v === 'string' || typeof v === 'number').slice(0, 20);
    } else {
      out[key] = '[redacted]';
    }
  }
  return out;
}
