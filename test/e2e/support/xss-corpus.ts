import type { Application, FollowUp, Interview, Stage } from '../../../shared/domain';
import type { RunningApp } from './browser-mode';
import { callApi } from './data-api';

/**
 * Hostile strings for the XSS suite. Every one of them must come back out of the app as the
 * literal text the user typed: never markup, never a script, never a link target.
 */
export interface HostileString {
  /** A short, harmless name for test titles and messages. */
  key: string;
  text: string;
}

/** 1,000 characters of `<b>` tags (the longest text fields take it whole; shorter ones a prefix). */
export const LONG_BOLD = `${'<b>'.repeat(333)}!`;

/** `${window.__xss=1}` without tripping lint's "template curly in a plain string". */
const TEMPLATE_LITERAL = ['$', '{window.__xss=1}'].join('');

export const CORPUS: readonly HostileString[] = [
  { key: 'script', text: '<script>window.__xss=1</script>' },
  { key: 'img-onerror', text: '<img src=x onerror="window.__xss=1">' },
  { key: 'svg-onload', text: '<svg onload=window.__xss=1>' },
  { key: 'iframe-js', text: '"><iframe src=javascript:window.__xss=1>' },
  { key: 'javascript-url', text: 'javascript:window.__xss=1' },
  { key: 'angular-template', text: "{{constructor.constructor('window.__xss=1')()}}" },
  { key: 'template-literal', text: TEMPLATE_LITERAL },
  { key: 'anchor-js', text: '<a href="javascript:window.__xss=1">click</a>' },
  { key: 'rtl-override', text: '\u202Eevil' },
  { key: 'emoji', text: '👩🏽‍💻🚀🎉 Zoë’s café ✓' },
  { key: 'csv-formula', text: '=HYPERLINK("http://x")' },
  { key: 'details-ontoggle', text: '<details open ontoggle=window.__xss=1>' },
  { key: 'mxss-style', text: '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>' },
  { key: 'long-bold', text: LONG_BOLD },
];

/** The corpus entry with this key (throws on a typo so tests fail loudly). */
export function hostile(key: string): HostileString {
  const found = CORPUS.find((c) => c.key === key);
  if (!found) throw new Error(`no corpus entry ${key}`);
  return found;
}

/** The text as it fits a field of `max` characters (the schema rejects longer, it does not cut). */
export const fit = (text: string, max: number): string => text.slice(0, max);

/** A job link the schema accepts (http(s), no spaces) that would break out of a naive attribute. */
export const HOSTILE_JOB_URL = 'https://example.com/"><img/src=x/onerror=window.__xss=1>';

/** The new name of the default "Wishlist" stage (`stages.update`). */
export const RENAMED_STAGE = '<img src=x onerror=window.__xss=1>Wishlist';

/** Substrings that must never appear in a request URL the page makes. */
export const URL_MARKERS = ['__xss', 'javascript:', 'HYPERLINK', 'onerror', 'onload', '<script', '%3Cscript'];

export interface SeededCorpus {
  /** Per corpus key: the application, its interview, its own follow-up and its stage. */
  byKey: Record<string, { application: Application; interview: Interview; followUp: FollowUp; stage: Stage }>;
  /** The renamed default stage (`stages.update`). */
  renamedStage: Stage;
  /** How many applications `import.commitCsv` created. */
  imported: number;
}

const minutesAgo = (n: number): string => new Date(Math.floor(Date.now() / 60_000) * 60_000 - n * 60_000).toISOString();
const utcDate = (msFromNow: number): string => new Date(Date.now() + msFromNow).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** One CSV cell, always quoted (quotes doubled), so commas, quotes and `<` survive as data. */
const csvCell = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** A generic-preset CSV whose cells are the corpus; the role names the row so tests can find it. */
export function hostileCsv(): string {
  const headers = ['Company', 'Role', 'Stage', 'Location', 'Source', 'Notes', 'Tags', 'Contact', 'Contact Email'];
  const rows = CORPUS.map((c) => [fit(c.text, 200), `Imported ${c.key}`, c.text, c.text, c.text, c.text, fit(c.text, 40), c.text, c.text]);
  return [headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
}

/**
 * Puts the corpus in every user field through the contract, as the renderer would: one stage,
 * one application (all fields, one contact), one interview and one custom follow-up per string,
 * a renamed default stage, and a CSV import whose cells are the corpus.
 */
export async function seedCorpus(app: RunningApp): Promise<SeededCorpus> {
  const byKey: SeededCorpus['byKey'] = {};
  for (const [index, { key, text }] of CORPUS.entries()) {
    const stage = await callApi(app, 'stages.create', { name: fit(text, 60), kind: 'active' });
    const application = await callApi(app, 'applications.create', {
      company: fit(text, 200),
      role: fit(text, 200),
      stageId: stage.id,
      jobUrl: HOSTILE_JOB_URL,
      location: fit(text, 200),
      source: fit(text, 200),
      notes: text,
      tags: [fit(text, 40), `tag ${key}`],
      fitLine: fit(text, 500),
      contacts: [{ name: fit(text, 120), title: fit(text, 120), email: `contact${index}@example.com`, phone: fit(text, 40), notes: fit(text, 2000) }],
    });
    const contactId = application.contacts[0]?.id;
    if (!contactId) throw new Error('the contact was not stored');
    const interview = await callApi(app, 'interviews.create', {
      applicationId: application.id,
      round: fit(text, 200),
      startsAt: minutesAgo(3 * 24 * 60),
      timeZone: 'UTC',
      durationMinutes: 45,
      format: 'video',
      location: text,
      interviewerIds: [contactId],
      notes: text,
      memorableDetail: text,
      hearBack: { status: 'date', date: utcDate(-DAY), channel: 'email', asked: true },
    });
    const followUp = await callApi(app, 'followUps.create', {
      applicationId: application.id,
      title: fit(text, 300),
      dueAt: minutesAgo(1),
      timeZone: 'UTC',
    });
    byKey[key] = { application, interview, followUp, stage };
  }
  const renamedStage = await callApi(app, 'stages.update', { id: 'wishlist', patch: { name: RENAMED_STAGE } });
  const commit = await callApi(app, 'import.commitCsv', { csv: hostileCsv(), preset: 'generic' });
  if (commit.imported !== CORPUS.length) throw new Error(`CSV import took ${commit.imported} of ${CORPUS.length} rows: ${JSON.stringify(commit.problems)}`);
  return { byKey, renamedStage, imported: commit.imported };
}
