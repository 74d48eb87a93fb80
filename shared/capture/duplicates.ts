import { sameCompanyKey } from '../company/same-company';
import type { Application } from '../domain';

/**
 * When a captured posting is already on the board. Rules:
 *
 * | the new posting and an application…                                   | duplicate?        |
 * |-----------------------------------------------------------------------|-------------------|
 * | same link after canonicalising (any application, archived included)   | yes, "same-link"  |
 * | same company (same-company.ts) and role (case, spaces, punctuation aside); active | yes, "same-role" |
 * | same company and role, but the application is archived               | no (a new try)    |
 *
 * Canonical link: https and http alike, host lower-case without "www.", no fragment, no trailing
 * slash, without tracking parameters (utm_*, gh_src, lever-source…), remaining parameters sorted.
 */
const TRACKING = /^(utm_.*|gh_src|gh_jid_src|lever-source.*|lever-origin|source|src|ref|referrer|trk|trackingid|fbclid|gclid|mc_[ce]id)$/i;

export function canonicalLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
  const params = [...url.searchParams.entries()].filter(([key]) => !TRACKING.test(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.hostname.toLowerCase().replace(/^www\./, '')}${url.port ? `:${url.port}` : ''}${path}${query}`;
}

/** A role's words for comparison: case, spaces, punctuation and diacritics aside. */
export const sameName = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');

export interface Duplicate {
  id: string;
  company: string;
  role: string;
  archived: boolean;
  reason: 'same-link' | 'same-role';
}

export function findDuplicates(candidate: { jobUrls: readonly string[]; company: string; role: string }, applications: Iterable<Pick<Application, 'id' | 'company' | 'role' | 'jobUrl' | 'archived'>>): Duplicate[] {
  const links = new Set(candidate.jobUrls.map(canonicalLink).filter((l) => l !== ''));
  const company = sameCompanyKey(candidate.company);
  const role = sameName(candidate.role);
  const found: Duplicate[] = [];
  for (const app of applications) {
    const base = { id: app.id, company: app.company, role: app.role, archived: app.archived };
    const link = canonicalLink(app.jobUrl);
    if (link !== '' && links.has(link)) found.push({ ...base, reason: 'same-link' });
    else if (!app.archived && company !== '' && role !== '' && sameCompanyKey(app.company) === company && sameName(app.role) === role) found.push({ ...base, reason: 'same-role' });
  }
  return found;
}
