import type { FoundFields, SourceFinding } from './captured-fields';
import { clip } from './captured-fields';
import { descriptionToText, htmlToText } from './html-text';
import { salaryPeriod, salaryRange } from './salary';
import { dayOfMillis, employmentTypeLabel, isoDay } from './values';

/**
 * Hiring systems with a public job-board API, read instead of the page when the link is theirs
 * (their pages render the posting with scripts; the API is the posting itself).
 *
 * | link                                                   | API asked                                              |
 * |--------------------------------------------------------|--------------------------------------------------------|
 * | boards.greenhouse.io/{board}/jobs/{id} (job-boards.…)  | boards-api.greenhouse.io/v1/boards/{board}/jobs/{id}   |
 * | jobs.lever.co/{company}/{posting id}[/apply]           | api.lever.co/v0/postings/{company}/{posting id}        |
 * | jobs.ashbyhq.com/{org}/{job id}[/application]          | api.ashbyhq.com/posting-api/job-board/{org}?includeCompensation=true, the job by id |
 */
export type JobBoard = 'greenhouse' | 'lever' | 'ashby';

export interface JobBoardRequest {
  board: JobBoard;
  /** The API's address (from `apiBase`, so tests can serve the answers locally). */
  apiUrl: string;
  /** The posting's id on the board (Ashby answers the whole board). */
  id: string;
  /** The board's name in the link: a guess at the company when the API gives none. */
  boardName: string;
}

export interface JobBoardApiBases {
  greenhouse: string;
  lever: string;
  ashby: string;
}

export const PUBLIC_API_BASES: JobBoardApiBases = {
  greenhouse: 'https://boards-api.greenhouse.io',
  lever: 'https://api.lever.co',
  ashby: 'https://api.ashbyhq.com',
};

const segment = (s: string | undefined) => (s && /^[A-Za-z0-9._~-]{1,200}$/.test(s) ? s : null);

export function jobBoardFor(link: URL, bases: JobBoardApiBases = PUBLIC_API_BASES): JobBoardRequest | null {
  const host = link.hostname.toLowerCase();
  const parts = link.pathname.split('/').filter((p) => p !== '');
  if (host === 'boards.greenhouse.io' || host === 'job-boards.greenhouse.io' || host === 'job-boards.eu.greenhouse.io' || host === 'boards.eu.greenhouse.io') {
    // Also the embed form: /embed/job_app?for=board&token=id
    const board = segment(parts[0] === 'embed' ? link.searchParams.get('for') ?? undefined : parts[0]);
    const id = parts[0] === 'embed' ? link.searchParams.get('token') ?? '' : parts[1] === 'jobs' ? parts[2] ?? '' : '';
    if (!board || !/^\d{1,20}$/.test(id)) return null;
    return { board: 'greenhouse', apiUrl: `${bases.greenhouse}/v1/boards/${board}/jobs/${id}`, id, boardName: board };
  }
  if (host === 'jobs.lever.co' || host === 'jobs.eu.lever.co') {
    const company = segment(parts[0]);
    const id = parts[1] ?? '';
    if (!company || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { board: 'lever', apiUrl: `${bases.lever}/v0/postings/${company}/${id}`, id, boardName: company };
  }
  if (host === 'jobs.ashbyhq.com') {
    const org = segment(parts[0] ? decodeURIComponent(parts[0]) : undefined);
    const id = parts[1] ?? '';
    if (!org || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { board: 'ashby', apiUrl: `${bases.ashby}/posting-api/job-board/${org}?includeCompensation=true`, id, boardName: org };
  }
  return null;
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const node = (v: unknown): Node => (isNode(v) ? v : {});

/** "acme-corp" → "Acme Corp": only a guess, marked so. */
const boardNameAsCompany = (name: string) => name.replace(/[-_.]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());

function finding(board: JobBoard, fields: FoundFields, boardName: string): SourceFinding {
  const guessed = fields.company ? [] : (['company'] as const);
  return { source: board, fields: { ...fields, company: clip(fields.company || boardNameAsCompany(boardName), 200) }, guessed };
}

function greenhouse(answer: Node, request: JobBoardRequest): SourceFinding {
  const location = str(node(answer['location'])['name']);
  return finding('greenhouse', {
    role: clip(str(answer['title']), 200),
    company: clip(str(answer['company_name']), 200),
    location: clip(location, 200),
    ...(/\bremote\b/i.test(location) ? { remote: true } : {}),
    postedOn: isoDay(str(answer['first_published']) || str(answer['updated_at'])),
    jobUrl: str(answer['absolute_url']),
    // `content` is HTML escaped once more (`&lt;p&gt;`).
    text: descriptionToText(str(answer['content'])),
  }, request.boardName);
}

function lever(answer: Node, request: JobBoardRequest): SourceFinding {
  const categories = node(answer['categories']);
  const lists = Array.isArray(answer['lists']) ? answer['lists'].map(node) : [];
  const sections = [
    str(answer['descriptionPlain']) || htmlToText(str(answer['description'])),
    ...lists.map((l) => `${str(l['text'])}\n${htmlToText(str(l['content']))}`),
    str(answer['additionalPlain']) || htmlToText(str(answer['additional'])),
  ].filter((s) => s.trim() !== '');
  const workplace = str(answer['workplaceType']).toLowerCase();
  const pay = node(answer['salaryRange']);
  const salary = salaryRange(pay['min'], pay['max'], pay['currency'], salaryPeriod(pay['interval']));
  return finding('lever', {
    role: clip(str(answer['text']), 200),
    location: clip(str(categories['location']), 200),
    ...(workplace === 'remote' ? { remote: true } : workplace === 'onsite' ? { remote: false } : {}),
    employmentType: clip(employmentTypeLabel(str(categories['commitment'])), 80),
    postedOn: dayOfMillis(answer['createdAt']),
    jobUrl: str(answer['hostedUrl']),
    text: sections.join('\n\n'),
    ...(salary ? { salary } : {}),
  }, request.boardName);
}

function ashbySalary(job: Node): FoundFields['salary'] {
  const compensation = node(job['compensation']);
  const tiers = Array.isArray(compensation['compensationTiers']) ? compensation['compensationTiers'].map(node) : [];
  for (const tier of tiers) {
    for (const component of Array.isArray(tier['components']) ? tier['components'].map(node) : []) {
      if (str(component['compensationType']) !== 'Salary') continue;
      const range = salaryRange(component['minValue'], component['maxValue'], component['currencyCode'], salaryPeriod(str(component['interval']).replace(/^1 /, '')));
      if (range) return range;
    }
  }
  return undefined;
}

function ashby(answer: Node, request: JobBoardRequest): SourceFinding | null {
  const jobs = Array.isArray(answer['jobs']) ? answer['jobs'].map(node) : [];
  const job = jobs.find((j) => str(j['id']).toLowerCase() === request.id.toLowerCase());
  if (!job) return null;
  const workplace = str(job['workplaceType']).toLowerCase();
  const salary = ashbySalary(job);
  return finding('ashby', {
    role: clip(str(job['title']), 200),
    location: clip(str(job['location']), 200),
    ...(job['isRemote'] === true || workplace === 'remote' ? { remote: true } : workplace === 'onsite' ? { remote: false } : {}),
    employmentType: clip(employmentTypeLabel(str(job['employmentType'])), 80),
    postedOn: isoDay(str(job['publishedAt'])),
    jobUrl: str(job['jobUrl']),
    text: str(job['descriptionPlain']) || htmlToText(str(job['descriptionHtml'])),
    ...(salary ? { salary } : {}),
  }, request.boardName);
}

/** The board's answer as a finding, or null when it does not hold the posting. */
export function jobBoardFinding(request: JobBoardRequest, answer: unknown): SourceFinding | null {
  if (!isNode(answer)) return null;
  if (request.board === 'greenhouse') return str(answer['title']) ? greenhouse(answer, request) : null;
  if (request.board === 'lever') return str(answer['text']) ? lever(answer, request) : null;
  return ashby(answer, request);
}
