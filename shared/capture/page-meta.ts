import type { SourceFinding } from './captured-fields';
import { clip } from './captured-fields';
import type { PageMarkup } from './html-scan';

/**
 * The last resorts, both only suggestions (never shown as certain): OpenGraph tags, then the
 * page's `<title>`, meta description and canonical link. Titles are split as each board writes them:
 *
 * | page host                         | title as written                              | role, company                  |
 * |-----------------------------------|-----------------------------------------------|--------------------------------|
 * | Greenhouse (boards., job-boards.) | "Job Application for {role} at {company}"     | the prefix dropped, then "at"  |
 * | jobs.lever.co                     | "{company} - {role}"                          | company first                  |
 * | {tenant}.wd{n}.myworkdayjobs.com  | "{role}" (the company is nowhere on the page) | the role; company from the tenant's name |
 * | any other                         | "Role at Company", "Role - Company", "Role | Company" | role first; else all the role |
 */
export type TitleShape = 'role-first' | 'company-first';

export function splitTitle(title: string, shape: TitleShape = 'role-first'): { role: string; company?: string } {
  const cleaned = title.replace(/^\s*Job Application for\s+/i, '');
  if (shape === 'company-first') {
    const parts = cleaned
      .split(/\s+[|–—-]\s+/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (parts.length >= 2 && parts[0]) return { company: parts[0], role: parts.slice(1).join(' - ') };
    return { role: cleaned.trim() };
  }
  const at = /^(.+?)\s+at\s+(.+?)(?:\s*[|–—-]\s*.*)?$/i.exec(cleaned);
  if (at?.[1] && at[2]) return { role: at[1].trim(), company: at[2].trim() };
  const parts = cleaned
    .split(/\s+[|–—-]\s+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length >= 2 && parts[0] && parts[1]) return { role: parts[0], company: parts[1] };
  return { role: cleaned.trim() };
}

/** How the page's host writes titles, and the company its address names (Workday's tenant). */
export function pageHostHints(pageUrl: string): { shape: TitleShape; company?: string } {
  let host = '';
  try {
    host = new URL(pageUrl).hostname.toLowerCase();
  } catch {
    return { shape: 'role-first' };
  }
  if (host === 'jobs.lever.co' || host === 'jobs.eu.lever.co') return { shape: 'company-first' };
  const tenant = /^([a-z0-9-]+)\.wd\d{1,3}\.myworkdayjobs\.com$/.exec(host)?.[1];
  if (tenant) return { shape: 'role-first', company: tenant.replace(/[-_]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) };
  return { shape: 'role-first' };
}

export function openGraphFinding(page: PageMarkup, pageUrl = ''): SourceFinding | null {
  const og = (key: string) => page.meta.get(`og:${key}`) ?? '';
  if (!og('title') && !og('description') && !og('site_name')) return null;
  const hints = pageHostHints(pageUrl);
  const title = splitTitle(og('title'), hints.shape);
  return {
    source: 'opengraph',
    fields: { role: clip(title.role, 200), company: clip(title.company ?? hints.company ?? og('site_name'), 200), jobUrl: og('url'), text: og('description') },
  };
}

export function pageFinding(page: PageMarkup, pageUrl = ''): SourceFinding | null {
  const description = page.meta.get('description') ?? '';
  if (!page.title && !description && !page.canonical) return null;
  const hints = pageHostHints(pageUrl);
  const title = splitTitle(page.title, hints.shape);
  return {
    source: 'page',
    fields: { role: clip(title.role, 200), company: clip(title.company ?? hints.company ?? page.meta.get('application-name') ?? '', 200), jobUrl: page.canonical, text: description },
  };
}
