import type { CapturedFields } from '../contract/methods/capture';
import { POSTING_TEXT_MAX } from '../domain/posting';
import type { SourceFinding } from './captured-fields';
import { clip, mergeFindings } from './captured-fields';
import { scanPage } from './html-scan';
import { jobPostingFromJsonLd } from './json-ld';
import { openGraphFinding, pageFinding } from './page-meta';

/** A link found in a page, made absolute against the page's address; only http(s) links are kept. */
export function absoluteLink(link: string, base: string): string {
  try {
    const url = new URL(link, base);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href.length <= 2048 ? url.href : '';
  } catch {
    return '';
  }
}

/** A page's findings, best first: JSON-LD, OpenGraph, then the title and meta tags. */
export function pageFindings(html: string, pageUrl = ''): { findings: SourceFinding[]; hasPosting: boolean; title: string } {
  const page = scanPage(html);
  const jsonLd = jobPostingFromJsonLd(page.jsonLd);
  const findings = [jsonLd, openGraphFinding(page, pageUrl), pageFinding(page, pageUrl)].filter((f): f is SourceFinding => f !== null);
  return { findings, hasPosting: jsonLd !== null, title: page.title };
}

/** The preview's fields: each from its best source, links absolute, and the page's own address last. */
export function previewFields(findings: readonly SourceFinding[], pageUrl: string): CapturedFields {
  // Links made absolute; the text cut to what an application keeps (a hostile page can be 5 MB of it).
  const withLinks = findings.map((f) => ({
    ...f,
    fields: { ...f.fields, jobUrl: f.fields.jobUrl ? absoluteLink(f.fields.jobUrl, pageUrl) : '', ...(f.fields.text ? { text: clip(f.fields.text, POSTING_TEXT_MAX) } : {}) },
  }));
  const fields = mergeFindings([...withLinks, { source: 'page', fields: { jobUrl: absoluteLink(pageUrl, pageUrl) } }]);
  return fields as CapturedFields;
}

/**
 * A login wall or a bot check instead of the page: the words they show, in the title or the
 * first part of the page. Only asked when no posting was found, so a posting that mentions
 * "sign in" is never refused.
 */
export function looksLikeWall(html: string, status: number): boolean {
  if (status === 401 || status === 403 || status === 429) return true;
  const head = html.slice(0, 20_000).toLowerCase();
  return /captcha|cf-challenge|just a moment\.\.\.|are you a robot|verify you are human|access denied|please (?:sign|log) in|authwall|login to continue|sign in to continue/.test(head);
}
