import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, descriptionToText, htmlToText, tidyWhitespace } from '../../../../shared/text/html-text';
import { escapeHtml } from '../../../../shared/export/html-escape';

describe('HTML to plain text (the rules table in html-text.ts)', () => {
  it.each([
    ['<script>alert(1)</script><style>p{}</style><!-- note --><p>Hi</p>', 'Hi'],
    ['one<br>two<br/>three', 'one\ntwo\nthree'],
    ['<h2>Role</h2><p>First</p><p>Second</p>', 'Role\n\nFirst\n\nSecond'],
    ['<ul><li>Go</li><li><p>SQL</p></li></ul>', '• Go\n• SQL'],
    ['<p>We <strong>really</strong> <a href="x">care</a></p>', 'We really care'],
    ['Tom &amp; Jerry &#39;n&#x27; &#8212; &nbsp;&mdash; caf&eacute;', "Tom & Jerry 'n' — — café"],
    // As the HTML standard reads text: unknown names stay; legacy names need no `;` ("&not" too).
    ['&unknown; &amp &copy 2026 &notanentity', '&unknown; & © 2026 ¬anentity'],
    ['a < b and c > d', 'a < b and c > d'],
    ['<p>  lots   of\t\tspace </p>\n\n\n\n<p>x</p>', 'lots of space\n\nx'],
    ['&#0; &#xD800; &#99999999;', '\ufffd \ufffd \ufffd'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('decodes once, as HTML does: &amp;lt; stays a written entity', () => {
    expect(decodeEntities('&amp;lt;p&amp;gt;')).toBe('&lt;p&gt;');
  });

  it('unescapes escaped markup only when there is no real markup', () => {
    expect(descriptionToText('&lt;p&gt;Hello &amp;amp; bye&lt;/p&gt;')).toBe('Hello & bye');
    expect(descriptionToText('<p>Write &lt;div&gt; by hand</p>')).toBe('Write <div> by hand');
  });

  it('any text, escaped into HTML, comes back as itself (whitespace tidied)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(htmlToText(escapeHtml(text))).toBe(tidyWhitespace(text.replace(/\u00ad/g, '')));
      }),
      { numRuns: 500 },
    );
  });

  const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
  const tag = fc.constantFrom('p', 'div', 'span', 'strong', 'em', 'a', 'li', 'ul', 'h3', 'td', 'section', 'br', 'img');
  /** Markup and the words it holds, in order. */
  type Markup = { html: string; words: string[] };
  const tree: fc.Arbitrary<Markup> = fc.letrec<{ node: Markup }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      word.map((w) => ({ html: w, words: [w] })),
      fc
        .tuple(tag, fc.array(tie('node'), { maxLength: 4 }), fc.constantFrom('', ' class="x"', " data-x='a>b'", ' title="<p>"'))
        .map(([t, children, attrs]) => (t === 'br' || t === 'img' ? { html: `<${t}${attrs}>`, words: [] } : { html: `<${t}${attrs}>${children.map((c) => c.html).join(' ')}</${t}>`, words: children.flatMap((c) => c.words) })),
    ),
  })).node;

  it('any markup becomes text without a tag, keeping every word in order', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom('<script>var s = "<p>x</p>";</script>', '<style>p { color: red }</style>', '<!-- <b>c</b> -->', ''), (markup, noise) => {
        const text = htmlToText(noise + markup.html);
        expect(text).not.toMatch(/<\/?[a-z]/i);
        expect(text.split(/[\s•]+/).filter((w) => w !== '')).toEqual(markup.words);
      }),
      { numRuns: 500 },
    );
  });
});
