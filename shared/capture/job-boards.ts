/**
 * Hiring systems with a public job-board API, read instead of the page when the link is theirs
 * (their pages render the posting with scripts; the API is the posting itself). Detected by the
 * link's host; the answers are read in board-answers.ts.
 *
 * | link                                                   | API asked                                              |
 * |--------------------------------------------------------|--------------------------------------------------------|
 * | boards.greenhouse.io/{board}/jobs/{id} (job-boards.…, the embed form) | boards-api.greenhouse.io/v1/boards/{board}/jobs/{id}?pay_transparency=true |
 * | jobs.lever.co/{company}/{posting id}[/apply]           | api.lever.co/v0/postings/{company}/{posting id}        |
 * | jobs.eu.lever.co/{company}/{posting id}                | api.eu.lever.co/… (Lever's EU instance)                |
 * | jobs.ashbyhq.com/{org}/{job id}[/application]          | api.ashbyhq.com/posting-api/job-board/{org}?includeCompensation=true, the job by id |
 * | {tenant}.wd{n}.myworkdayjobs.com[/{locale}]/{site}/job/{path} | the same host's /wday/cxs/{tenant}/{site}/job/{path} (Workday's CXS job API) |
 */
export type JobBoard = 'greenhouse' | 'lever' | 'ashby' | 'workday';

export interface JobBoardRequest {
  board: JobBoard;
  /** The API's address (from `apiBases`, so tests can serve the answers locally). */
  apiUrl: string;
  /** The posting's id on the board (Ashby answers the whole board). */
  id: string;
  /** The board's name in the link: a guess at the company when the API gives none. */
  boardName: string;
}

export interface JobBoardApiBases {
  greenhouse: string;
  lever: string;
  /** Lever's EU instance (jobs.eu.lever.co postings live there); the public one unless given. */
  leverEu?: string;
  ashby: string;
}

export const PUBLIC_API_BASES: JobBoardApiBases = {
  greenhouse: 'https://boards-api.greenhouse.io',
  lever: 'https://api.lever.co',
  leverEu: 'https://api.eu.lever.co',
  ashby: 'https://api.ashbyhq.com',
};

const segment = (s: string | undefined) => (s && /^[A-Za-z0-9._~-]{1,200}$/.test(s) ? s : null);
const GREENHOUSE_HOSTS = new Set(['boards.greenhouse.io', 'job-boards.greenhouse.io', 'job-boards.eu.greenhouse.io', 'boards.eu.greenhouse.io']);
const WORKDAY_HOST = /^([a-z0-9-]{1,63})\.(wd\d{1,3})\.myworkdayjobs\.com$/;
const LOCALE = /^[a-z]{2}(?:-[A-Za-z]{2,4})?$/;

function workdayFor(link: URL, host: string, parts: string[]): JobBoardRequest | null {
  const tenant = WORKDAY_HOST.exec(host)?.[1];
  if (!tenant) return null;
  const rest = LOCALE.test(parts[0] ?? '') ? parts.slice(1) : parts;
  const site = segment(rest[0]);
  if (!site || rest[1] !== 'job' || rest.length < 3) return null;
  const path = rest.slice(2);
  if (path.some((p) => !/^[A-Za-z0-9._~%()-]{1,300}$/.test(p))) return null;
  const id = path.at(-1) ?? '';
  return { board: 'workday', apiUrl: `${link.origin}/wday/cxs/${tenant}/${site}/job/${path.join('/')}`, id, boardName: tenant };
}

export function jobBoardFor(link: URL, bases: JobBoardApiBases = PUBLIC_API_BASES): JobBoardRequest | null {
  const host = link.hostname.toLowerCase();
  const parts = link.pathname.split('/').filter((p) => p !== '');
  if (GREENHOUSE_HOSTS.has(host)) {
    const board = segment(parts[0] === 'embed' ? (link.searchParams.get('for') ?? undefined) : parts[0]);
    const id = parts[0] === 'embed' ? (link.searchParams.get('token') ?? '') : parts[1] === 'jobs' ? (parts[2] ?? '') : '';
    if (!board || !/^\d{1,20}$/.test(id)) return null;
    return { board: 'greenhouse', apiUrl: `${bases.greenhouse}/v1/boards/${board}/jobs/${id}?pay_transparency=true`, id, boardName: board };
  }
  if (host === 'jobs.lever.co' || host === 'jobs.eu.lever.co') {
    const company = segment(parts[0]);
    const id = parts[1] ?? '';
    if (!company || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    const base = host === 'jobs.eu.lever.co' ? (bases.leverEu ?? PUBLIC_API_BASES.leverEu ?? bases.lever) : bases.lever;
    return { board: 'lever', apiUrl: `${base}/v0/postings/${company}/${id}`, id, boardName: company };
  }
  if (host === 'jobs.ashbyhq.com') {
    const org = segment(parts[0] ? decodeURIComponent(parts[0]) : undefined);
    const id = parts[1] ?? '';
    if (!org || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { board: 'ashby', apiUrl: `${bases.ashby}/posting-api/job-board/${org}?includeCompensation=true`, id, boardName: org };
  }
  return workdayFor(link, host, parts);
}
