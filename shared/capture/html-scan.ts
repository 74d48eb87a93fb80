import { decodeAttributeEntities, decodeEntities, TAG_ATTRIBUTES, tidyWhitespace } from '../text/html-text';

/**
 * What a page's markup says about itself, read without running anything: JSON-LD blocks, meta
 * tags (OpenGraph and plain), `<title>` and the canonical link. A tag scanner, not a parser —
 * enough for the `<head>` of real pages, and it never executes the page's scripts.
 */
export interface PageMarkup {
  /** The text of each `<script type="application/ld+json">`, in page order. */
  jsonLd: string[];
  /** Meta tags by lower-case `property` or `name` (first one wins). */
  meta: Map<string, string>;
  title: string;
  canonical: string;
}

/** The attributes of one start tag's source (`a="1" b='2' c=3 d`), names lower-cased. */
export function tagAttributes(tagSource: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of tagSource.matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeAttributeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

export function scanPage(html: string): PageMarkup {
  const withoutComments = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const jsonLd: string[] = [];
  for (const match of withoutComments.matchAll(new RegExp(`<script\\b(${TAG_ATTRIBUTES})>([\\s\\S]*?)</script\\s*>`, 'gi'))) {
    const type =
      tagAttributes(match[1] ?? '')
        .get('type')
        ?.trim()
        .toLowerCase() ?? '';
    if (type.startsWith('application/ld+json')) jsonLd.push(match[2] ?? '');
  }
  // Other scripts and styles may hold strings that look like tags; they are not the page's markup.
  const markup = withoutComments.replace(new RegExp(`<(script|style|template)\\b${TAG_ATTRIBUTES}>[\\s\\S]*?(?:</\\1\\s*>|$)`, 'gi'), '');
  const meta = new Map<string, string>();
  for (const match of markup.matchAll(new RegExp(`<meta\\b(${TAG_ATTRIBUTES})/?>`, 'gi'))) {
    const attributes = tagAttributes(match[1] ?? '');
    const key = (attributes.get('property') ?? attributes.get('name') ?? '').trim().toLowerCase();
    const content = attributes.get('content');
    if (key && content !== undefined && !meta.has(key)) meta.set(key, tidyWhitespace(content));
  }
  const titleMatch = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(markup);
  let canonical = '';
  for (const match of markup.matchAll(new RegExp(`<link\\b(${TAG_ATTRIBUTES})/?>`, 'gi'))) {
    const attributes = tagAttributes(match[1] ?? '');
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical') && attributes.get('href')) {
      canonical = attributes.get('href') ?? '';
      break;
    }
  }
  return { jsonLd, meta, title: titleMatch ? tidyWhitespace(decodeEntities(titleMatch[1] ?? '')) : '', canonical };
}
