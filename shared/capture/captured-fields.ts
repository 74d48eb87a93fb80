import type { PostingField, PostingSource, SalaryRange, Workplace } from '../domain';

/** What one source found (each field only when that source said it). */
export interface FoundFields {
  company?: string;
  role?: string;
  location?: string;
  workplace?: Workplace;
  salary?: SalaryRange;
  employmentType?: string;
  /** YYYY-MM-DD */
  postedOn?: string;
  jobUrl?: string;
  text?: string;
}

/** One source's answer: its fields, and which of them it only guessed (a page title split in two…). */
export interface SourceFinding {
  source: PostingSource;
  fields: FoundFields;
  guessed?: readonly PostingField[];
}

export interface PreviewValue<T> {
  value: T;
  source: PostingSource;
  /** false when the source only suggests it (OpenGraph, the page title): the preview says "check". */
  certain: boolean;
}

export type PreviewFields = { [K in keyof FoundFields]?: PreviewValue<NonNullable<FoundFields[K]>> };

/** Sources that describe the page rather than the job: what they give is never certain. */
const PAGE_LEVEL: ReadonlySet<PostingSource> = new Set(['opengraph', 'page']);

/**
 * Each field from the best source that has it. `findings` come best first: the job board's API,
 * then JSON-LD, then OpenGraph, then the page's title and meta tags.
 */
export function mergeFindings(findings: readonly SourceFinding[]): PreviewFields {
  const merged: Record<string, PreviewValue<unknown>> = {};
  for (const finding of findings) {
    for (const [field, value] of Object.entries(finding.fields) as [PostingField, unknown][]) {
      if (value === undefined || value === '' || field in merged) continue;
      const certain = !PAGE_LEVEL.has(finding.source) && !(finding.guessed ?? []).includes(field);
      merged[field] = { value, source: finding.source, certain };
    }
  }
  return merged as PreviewFields;
}

/** `s` cut to `max` characters at a word boundary when it can be, for fields with a schema limit. */
export function clip(s: string, max: number): string {
  const t = s.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
