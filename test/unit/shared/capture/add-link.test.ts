import { describe, expect, it } from 'vitest';
import { addLink, bookmarkletSource, postingUrlFromAddLink, postingUrlFromArgv, postingUrlFromSearch } from '../../../../shared/capture';

const posting = 'https://jobs.example/view/42?ref=a&b=c#x';

describe('hearback:// add links (the table in add-link.ts)', () => {
  it('round-trips a posting link', () => {
    expect(postingUrlFromAddLink(addLink(posting))).toBe(posting);
  });

  it.each([
    [`hearback:add?url=${encodeURIComponent(posting)}`, posting],
    [`HEARBACK://ADD/?url=${encodeURIComponent(posting)}`, posting],
    ['hearback://open?url=https%3A%2F%2Fa.example', null],
    ['hearback://add', null],
    ['hearback://add?url=javascript%3Aalert(1)', null],
    ['hearback://add?url=file%3A%2F%2F%2Fetc%2Fpasswd', null],
    [`hearback://add?url=${encodeURIComponent(`https://a.example/${'x'.repeat(4100)}`)}`, null],
    ['https://a.example', null],
  ])('%s → %s', (link, url) => {
    expect(postingUrlFromAddLink(link)).toBe(url);
  });

  it('takes the first add link among a launch’s arguments', () => {
    expect(postingUrlFromArgv(['/usr/bin/hearback', '--hidden', 'hearback://open?x', addLink(posting), addLink('https://b.example')])).toBe(posting);
    expect(postingUrlFromArgv(['/usr/bin/hearback'])).toBeNull();
  });

  it('browser mode reads ?add= from its start address', () => {
    expect(postingUrlFromSearch(`?add=${encodeURIComponent(posting)}`)).toBe(posting);
    expect(postingUrlFromSearch('?add=javascript:alert(1)')).toBeNull();
  });
});

describe('the bookmarklet', () => {
  /** Runs the bookmarklet's code with a page address, returning where it sends the tab. */
  function run(source: string, pageUrl: string): string {
    const location = { href: pageUrl };
    new Function('location', decodeURIComponent(source.replace(/^javascript:/, '')))(location);
    return location.href;
  }

  it('desktop: opens the hearback: link for the page', () => {
    expect(postingUrlFromAddLink(run(bookmarkletSource({ kind: 'desktop' }), posting))).toBe(posting);
  });

  it('browser mode: opens the running instance with the page and its session secret', () => {
    const target = run(bookmarkletSource({ kind: 'browser', origin: 'http://127.0.0.1:5173', token: 'abcDEF123_-abcDEF123' }), posting);
    const url = new URL(target);
    expect(url.origin).toBe('http://127.0.0.1:5173');
    expect(postingUrlFromSearch(url.search)).toBe(posting);
    expect(url.hash).toBe('#token=abcDEF123_-abcDEF123');
  });
});
