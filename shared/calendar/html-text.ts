import { decodeEntities, htmlToText } from '../text/html-text';

/** The most of an HTML description read (Outlook's are a few KB; the rest is styling). */
const MAX_HTML = 200_000;

/**
 * An HTML description (`X-ALT-DESC;FMTTYPE=text/html`, Outlook and Teams) as text a user reads,
 * followed by the addresses its links point to: Teams writes its join link only as an `href`.
 */
export function altDescriptionText(html: string): string {
  // ical.js keeps an X- property's value as written: Outlook escapes it as TEXT (RFC 5545 §3.3.11).
  const bounded = html.slice(0, MAX_HTML).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  const hrefs = [...bounded.matchAll(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)].map((m) => decodeEntities((m[1] ?? m[2] ?? m[3] ?? '').trim())).filter((url) => /^https?:\/\//i.test(url));
  return [htmlToText(bounded), ...new Set(hrefs)].join('\n').slice(0, 20_000);
}
