import type { SourceFinding } from './captured-fields';
import { clip } from './captured-fields';
import type { PageMarkup } from './html-scan';

/**
 * The last resorts, both only suggestions (never shown as certain): OpenGraph tags, then the
 * page's `<title>`, meta description and canonical link. A title like "Role at Company" or
 * "Role - Company" is split in two; any other title is taken as the role.
 */
export function splitTitle(title: string): { role: string; company?: string } {
  const at = /^(.+?)\s+at\s+(.+?)(?:\s*[|–—-]\s*.*)?$/i.exec(title);
  if (at?.[1] && at[2]) return { role: at[1].trim(), company: at[2].trim() };
  const parts = title.split(/\s+[|–—-]\s+/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length >= 2 && parts[0] && parts[1]) return { role: parts[0], company: parts[1] };
  return { role: title.trim() };
}

export function openGraphFinding(page: PageMarkup): SourceFinding | null {
  const og = (key: string) => page.meta.get(`og:${key}`) ?? '';
  if (!og('title') && !og('description') && !og('site_name')) return null;
  const title = splitTitle(og('title'));
  return {
    source: 'opengraph',
    fields: { role: clip(title.role, 200), company: clip(title.company ?? og('site_name'), 200), jobUrl: og('url'), text: og('description') },
  };
}

export function pageFinding(page: PageMarkup): SourceFinding | null {
  const description = page.meta.get('description') ?? '';
  if (!page.title && !description && !page.canonical) return null;
  const title = splitTitle(page.title);
  return {
    source: 'page',
    fields: { role: clip(title.role, 200), company: clip(title.company ?? page.meta.get('application-name') ?? '', 200), jobUrl: page.canonical, text: description },
  };
}
