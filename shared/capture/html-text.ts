/**
 * HTML → plain text for posting descriptions, without a DOM (this runs in the pure layer).
 * Rules (tested in test/unit/shared/capture/html-text.test.ts):
 *
 * | in the HTML                                   | in the text                                   |
 * |-----------------------------------------------|-----------------------------------------------|
 * | `<script>`, `<style>`, `<template>`, comments | nothing (their content is never text)         |
 * | `<br>`                                        | a line break                                  |
 * | block elements (p, div, h1–h6, ul, tr…)       | a paragraph break around them                 |
 * | `<li>`                                        | a line starting with "• "                     |
 * | any other tag                                 | nothing; its text stays                       |
 * | `&amp;` `&#39;` `&#x2014;` `&nbsp;` …         | the character (unknown names stay as written) |
 * | runs of spaces and tabs; blank lines          | one space; at most one blank line             |
 * | a `<` that does not start a tag (`a < b`)     | kept                                          |
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', lsquo: '‘', rsquo: '’', sbquo: '‚',
  ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', deg: '°', plusmn: '±',
  times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', micro: 'µ',
  shy: '', zwj: '\u200d', zwnj: '\u200c', iexcl: '¡', iquest: '¿', rarr: '→', larr: '←', check: '✓',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é',
  egrave: 'è', ecirc: 'ê', Eacute: 'É', aacute: 'á', agrave: 'à', acirc: 'â', iacute: 'í',
  oacute: 'ó', uacute: 'ú', ntilde: 'ñ', Ntilde: 'Ñ', ccedil: 'ç', Ccedil: 'Ç', oslash: 'ø',
  aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', ocirc: 'ô', ucirc: 'û', icirc: 'î', euml: 'ë',
  iuml: 'ï', yuml: 'ÿ', atilde: 'ã', otilde: 'õ',
};
/** Names HTML still reads without the semicolon (the common ones, as old pages write them). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

function codePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(n);
}

/** Turns character references into characters; one pass, so `&amp;lt;` becomes `&lt;`, as in HTML. */
export function decodeEntities(input: string): string {
  return input.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[A-Za-z][A-Za-z0-9]{1,31})(;?)/g, (whole, body: string, semi: string) => {
    if (body.startsWith('#')) {
      const n = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return codePoint(n);
    }
    const char = NAMED[body];
    if (char === undefined || (semi === '' && !LEGACY.has(body))) return whole;
    return char;
  });
}

/** One space for runs of spaces/tabs, trimmed lines, at most one blank line, no outer blank lines. */
export function tidyWhitespace(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A start or end tag's attributes, quote-aware: `data-x='a>b'` does not end the tag. */
export const TAG_ATTRIBUTES = `(?:\\s(?:[^>"']|"[^"]*"|'[^']*')*)?`;

const BLOCK = 'p|div|section|article|header|footer|main|aside|nav|h[1-6]|ul|ol|dl|dt|dd|table|thead|tbody|tfoot|tr|blockquote|pre|hr|figure|figcaption|address|details|summary';

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(new RegExp(`<(script|style|template|noscript|head)\\b${TAG_ATTRIBUTES}>[\\s\\S]*?(?:</\\1\\s*>|$)`, 'gi'), '')
    .replace(new RegExp(`<br\\b${TAG_ATTRIBUTES}/?>`, 'gi'), '\n')
    .replace(new RegExp(`<li\\b${TAG_ATTRIBUTES}>`, 'gi'), '\n• ')
    .replace(new RegExp(`</?(?:${BLOCK})\\b${TAG_ATTRIBUTES}/?>`, 'gi'), '\n\n')
    .replace(new RegExp(`<t[dh]\\b${TAG_ATTRIBUTES}>`, 'gi'), ' ')
    .replace(new RegExp(`</?[A-Za-z][A-Za-z0-9-]*${TAG_ATTRIBUTES}/?>|<![^>]*>|<\\?[^>]*>`, 'g'), '');
  // A list item whose text sits in a paragraph (`<li><p>…`) keeps its bullet on the same line.
  return tidyWhitespace(decodeEntities(text)).replace(/^•(?:\n+|$)/gm, (_m) => (_m === '•' ? '' : '• ')).replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * A description as job boards send it: HTML, or HTML escaped once more (`&lt;p&gt;…`, as in
 * Greenhouse's `content` and some JSON-LD). Escaped markup is unescaped only when the text holds
 * no real tags, so prose that mentions "&lt;div&gt;" next to real markup stays as written.
 */
export function descriptionToText(description: string): string {
  const escapedMarkup = /&lt;\/?[A-Za-z][A-Za-z0-9]*(?:\s|&gt;|\/)/.test(description);
  const realMarkup = /<\/?[A-Za-z][A-Za-z0-9]*[\s>/]/.test(description);
  return htmlToText(escapedMarkup && !realMarkup ? decodeEntities(description) : description);
}
