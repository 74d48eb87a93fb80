import { decodeHTML, decodeHTMLAttribute } from 'entities';

/**
 * HTML → plain text, without a DOM (this runs in the pure layer): the one HTML reader for posting
 * descriptions, mail bodies, calendar descriptions and imported notes.
 * Rules (tested in test/unit/shared/text/html-text.test.ts):
 *
 * | in the HTML                                   | in the text                                   |
 * |-----------------------------------------------|-----------------------------------------------|
 * | `<script>`, `<style>`, `<template>`, comments | nothing (their content is never text)         |
 * | `<br>`                                        | a line break                                  |
 * | block elements (p, div, h1–h6, ul, tr…)       | a paragraph break around them                 |
 * | `<li>`                                        | a line starting with "• "                     |
 * | any other tag                                 | nothing; its text stays                       |
 * | `&amp;` `&#39;` `&#x2014;` `&nbsp;` …         | the character, decoded once (`entities`)      |
 * | runs of spaces and tabs; blank lines          | one space; at most one blank line             |
 * | a `<` that does not start a tag (`a < b`)     | kept                                          |
 */

/**
 * Character references → characters, exactly once, as the HTML standard reads them in text (the
 * maintained `entities` package holds the standard's whole table, legacy names without `;`
 * included): `&amp;lt;` becomes `&lt;`, never `<`.
 */
export function decodeEntities(input: string): string {
  return decodeHTML(input);
}

/** The same for an attribute's value, where `&copy=1` in a link's query stays as written. */
export function decodeAttributeEntities(input: string): string {
  return decodeHTMLAttribute(input);
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
  return tidyWhitespace(decodeEntities(text))
    .replace(/^•(?:\n+|$)/gm, (_m) => (_m === '•' ? '' : '• '))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
