import type { CapturedFields } from '../../../shared/contract';
import { jobBoardFinding, jobBoardFor, looksLikeWall, pageFindings, previewFields, PUBLIC_API_BASES, type JobBoardApiBases, type SourceFinding } from '../../../shared/capture';
import type { MockAgent } from 'undici';
import type { NetworkReach } from '../net/address-rule';
import { CAPTURE_LIMITS, CaptureFailure, captureUrl, fetchPage, type FetchLimits, type Resolver } from './fetch-page';

/** How the core captures: injectable so tests serve pages and board APIs on 127.0.0.1. */
export interface CaptureOptions {
  /** 'own-network' lets capture reach this computer and the local network (browser mode's --capture-local-pages); default 'public'. */
  reach?: NetworkReach;
  /** How names are resolved (the system's DNS unless a test says otherwise). */
  resolve?: Resolver;
  limits?: Partial<FetchLimits>;
  apiBases?: JobBoardApiBases;
  /** Tests only (the capture corpus): answers for the boards' real hosts; see FetchOptions. */
  mockAgent?: MockAgent;
}

export interface CaptureResult {
  fields: CapturedFields;
  problem: string | null;
}

function statusProblem(status: number): string | null {
  if (status === 404 || status === 410) return `The page was not found (${status}): the posting may have been taken down. Fill in the details by hand.`;
  if (status >= 500) return `The site answered with an error (${status}). Try again later, or fill in the details by hand.`;
  if (status >= 400) return `The site refused the request (${status}). Fill in the details by hand.`;
  return null;
}

const WALL = 'This page asks you to sign in or prove you are human, so Hearback cannot read the posting. Fill in the details by hand, or paste the posting text into the notes.';

/**
 * Link → preview fields, best source first (see shared/capture): the hiring system's API when the
 * link is Greenhouse, Lever, Ashby or Workday (falling back to the page if the API has no such posting),
 * otherwise the page's JSON-LD, OpenGraph, title and meta tags.
 */
export async function capturePosting(link: string, options: CaptureOptions & { userAgent: string }): Promise<CaptureResult> {
  const limits = { ...CAPTURE_LIMITS, ...options.limits };
  const fetchOptions = { limits, reach: options.reach ?? 'public', resolve: options.resolve, mockAgent: options.mockAgent, userAgent: options.userAgent };
  let url: URL;
  try {
    url = captureUrl(link);
  } catch (error) {
    if (error instanceof CaptureFailure) return { fields: {}, problem: error.message };
    throw error;
  }
  const board = jobBoardFor(url, options.apiBases ?? PUBLIC_API_BASES);
  if (board) {
    try {
      const answer = await fetchPage(new URL(board.apiUrl), { ...fetchOptions, accept: 'json' });
      const found = answer.status === 200 ? jobBoardFinding(board, JSON.parse(answer.body) as unknown) : null;
      if (found) return { fields: previewFields([found], url.href), problem: null };
    } catch {
      // The board's API failed or does not know the posting: the page may still have it.
    }
  }
  try {
    const page = await fetchPage(url, { ...fetchOptions, accept: 'html' });
    const { findings, hasPosting } = pageFindings(page.body, page.url);
    if (!hasPosting && looksLikeWall(page.body, page.status)) return { fields: previewFields([], page.url), problem: WALL };
    const problem = statusProblem(page.status);
    if (problem !== null) return { fields: previewFields([], page.url), problem };
    const fields = previewFields(findings as SourceFinding[], page.url);
    if (hasPosting) return { fields, problem: null };
    return {
      fields,
      problem:
        findings.length > 0
          ? 'This page does not describe a job posting in a form Hearback can read; the fields below are guesses from its title and summary. Check them.'
          : 'No job posting was found on this page. Fill in the details by hand.',
    };
  } catch (error) {
    if (error instanceof CaptureFailure) return { fields: previewFields([], url.href), problem: error.message };
    throw error;
  }
}
