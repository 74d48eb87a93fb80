/**
 * The capture corpus: posting links and what each host answers, in the shapes the boards and
 * sites really send. Every file here was written for Hearback (no page or answer is copied),
 * following the public source noted beside it, on 2026-12-07. Expectations: expectations.ts.
 *
 * Sources followed:
 * - Greenhouse: the Job Board API documentation, "Retrieve a job" (GET /v1/boards/{board}/jobs/{id},
 *   `pay_transparency=true` adds `pay_input_ranges` with `min_cents`, `max_cents`, `currency_type`,
 *   `title`, `blurb`; `content` is HTML escaped once more), and a public hosted job page's head
 *   ("Job Application for {role} at {company}").
 * - Lever: the postings API README (github.com/lever/postings-api): `text`, `categories`,
 *   `workplaceType` one of unspecified / on-site / remote / hybrid, `salaryRange` with currency,
 *   interval, min, max; and a public jobs.lever.co page's head ("{company} - {role}").
 * - Ashby: the public job posting API documentation (GET /posting-api/job-board/{org}
 *   ?includeCompensation=true): `workplaceType` OnSite / Remote / Hybrid, `isRemote`,
 *   `compensation.compensationTiers[].components[]` with `compensationType`, `interval` "1 YEAR".
 * - Workday: the candidate-experience (CXS) job answer as public job-search tools read it
 *   (GET {host}/wday/cxs/{tenant}/{site}/job/{path} → `jobPostingInfo` with `title`,
 *   `jobDescription`, `location`, `additionalLocations`, `timeType`, `startDate`, relative
 *   `postedOn`, `remoteType`, `externalUrl`; `hiringOrganization.name`), and a public job page's
 *   server-rendered head (the role as title, no company).
 * - schema.org JobPosting and Google Search Central's job-posting guide: `jobLocationType:
 *   TELECOMMUTE` for jobs done 100 % remotely, `applicantLocationRequirements` for where from,
 *   TELECOMMUTE with a `jobLocation` for a job done remotely or at that place; a country-only
 *   `jobLocation` beside TELECOMMUTE as applicant-tracking systems write remote postings; values
 *   escaped by the CMS (`R&amp;D`).
 */
export interface CorpusAnswer {
  status: number;
  contentType: string;
  /** A file in this folder. */
  file: string;
}

export interface CorpusItem {
  name: string;
  /** Which reader it exercises, for the score's breakdown. */
  group: 'greenhouse' | 'lever' | 'ashby' | 'workday' | 'json-ld';
  /** The link the user pastes. */
  link: string;
  /** Every address Hearback should ask, in order, with the host's answer. */
  answers: { url: string; answer: CorpusAnswer }[];
}

const json = (file: string, status = 200): CorpusAnswer => ({ status, contentType: 'application/json; charset=utf-8', file });
const html = (file: string, status = 200): CorpusAnswer => ({ status, contentType: 'text/html; charset=utf-8', file });

export const CAPTURE_CORPUS: CorpusItem[] = [
  {
    name: 'greenhouse: pay range, hybrid office',
    group: 'greenhouse',
    link: 'https://job-boards.greenhouse.io/northwindlabs/jobs/7012345',
    answers: [{ url: 'https://boards-api.greenhouse.io/v1/boards/northwindlabs/jobs/7012345?pay_transparency=true', answer: json('greenhouse-job-pay.json') }],
  },
  {
    name: 'greenhouse: hourly pay in CAD, remote',
    group: 'greenhouse',
    link: 'https://boards.greenhouse.io/maplecare/jobs/5566778?gh_src=abc123',
    answers: [{ url: 'https://boards-api.greenhouse.io/v1/boards/maplecare/jobs/5566778?pay_transparency=true', answer: json('greenhouse-job-hourly.json') }],
  },
  {
    name: 'greenhouse: the job page when the API does not know the job',
    group: 'greenhouse',
    link: 'https://boards.greenhouse.io/brightside/jobs/4455667',
    answers: [
      { url: 'https://boards-api.greenhouse.io/v1/boards/brightside/jobs/4455667?pay_transparency=true', answer: json('greenhouse-not-found.json', 404) },
      { url: 'https://boards.greenhouse.io/brightside/jobs/4455667', answer: html('greenhouse-job-application-page.html') },
    ],
  },
  {
    name: 'greenhouse: no pay range, an office city (workplace not stated)',
    group: 'greenhouse',
    link: 'https://boards.greenhouse.io/northwindlabs/jobs/7019999',
    answers: [{ url: 'https://boards-api.greenhouse.io/v1/boards/northwindlabs/jobs/7019999?pay_transparency=true', answer: json('greenhouse-job-no-pay.json') }],
  },
  {
    name: 'lever: hybrid, yearly salary range',
    group: 'lever',
    link: 'https://jobs.lever.co/kestrel-ai/8f14e45f-ceea-467e-9c1b-2a2f3c4d5e6f',
    answers: [{ url: 'https://api.lever.co/v0/postings/kestrel-ai/8f14e45f-ceea-467e-9c1b-2a2f3c4d5e6f', answer: json('lever-posting-hybrid.json') }],
  },
  {
    name: 'lever: on-site, hourly wage',
    group: 'lever',
    link: 'https://jobs.lever.co/leverdemo/0c9d6f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6/apply',
    answers: [{ url: 'https://api.lever.co/v0/postings/leverdemo/0c9d6f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6', answer: json('lever-posting-onsite.json') }],
  },
  {
    name: 'lever: the page when the API is down',
    group: 'lever',
    link: 'https://jobs.lever.co/kestrel-ai/8f14e45f-ceea-467e-9c1b-2a2f3c4d5e6f',
    answers: [
      { url: 'https://api.lever.co/v0/postings/kestrel-ai/8f14e45f-ceea-467e-9c1b-2a2f3c4d5e6f', answer: json('server-error.json', 503) },
      { url: 'https://jobs.lever.co/kestrel-ai/8f14e45f-ceea-467e-9c1b-2a2f3c4d5e6f', answer: html('lever-posting-page.html') },
    ],
  },
  {
    name: 'ashby: hybrid, salary and equity',
    group: 'ashby',
    link: 'https://jobs.ashbyhq.com/tessellate/4d3c2b1a-9f8e-4d7c-b6a5-1234567890ab',
    answers: [{ url: 'https://api.ashbyhq.com/posting-api/job-board/tessellate?includeCompensation=true', answer: json('ashby-job-board.json') }],
  },
  {
    name: 'ashby: remote by isRemote only',
    group: 'ashby',
    link: 'https://jobs.ashbyhq.com/tessellate/aa11bb22-cc33-4d44-8e55-ff6677889900/application',
    answers: [{ url: 'https://api.ashbyhq.com/posting-api/job-board/tessellate?includeCompensation=true', answer: json('ashby-job-board.json') }],
  },
  {
    name: 'ashby: on site, no compensation',
    group: 'ashby',
    link: 'https://jobs.ashbyhq.com/tessellate/5e6f7a8b-0c1d-4e2f-9a3b-4c5d6e7f8091',
    answers: [{ url: 'https://api.ashbyhq.com/posting-api/job-board/tessellate?includeCompensation=true', answer: json('ashby-job-board.json') }],
  },
  {
    name: 'workday: the CXS job API',
    group: 'workday',
    link: 'https://acmehealth.wd5.myworkdayjobs.com/en-US/External_Careers/job/Boston-MA/Senior-Data-Engineer_R-10231',
    answers: [{ url: 'https://acmehealth.wd5.myworkdayjobs.com/wday/cxs/acmehealth/External_Careers/job/Boston-MA/Senior-Data-Engineer_R-10231', answer: json('workday-cxs-job.json') }],
  },
  {
    name: 'workday: the page when the API fails',
    group: 'workday',
    link: 'https://acmehealth.wd5.myworkdayjobs.com/External_Careers/job/Boston-MA/Senior-Data-Engineer_R-10231',
    answers: [
      { url: 'https://acmehealth.wd5.myworkdayjobs.com/wday/cxs/acmehealth/External_Careers/job/Boston-MA/Senior-Data-Engineer_R-10231', answer: json('server-error.json', 500) },
      { url: 'https://acmehealth.wd5.myworkdayjobs.com/External_Careers/job/Boston-MA/Senior-Data-Engineer_R-10231', answer: html('workday-job-page.html') },
    ],
  },
  {
    name: 'workday: remote from the location, no remoteType',
    group: 'workday',
    link: 'https://acmehealth.wd5.myworkdayjobs.com/en-US/External_Careers/job/Remote---USA/Claims-Analyst-II_R-10877',
    answers: [{ url: 'https://acmehealth.wd5.myworkdayjobs.com/wday/cxs/acmehealth/External_Careers/job/Remote---USA/Claims-Analyst-II_R-10877', answer: json('workday-cxs-remote.json') }],
  },
  {
    name: 'json-ld: TELECOMMUTE with applicant countries',
    group: 'json-ld',
    link: 'https://fernleaf.example/careers/senior-technical-writer',
    answers: [{ url: 'https://fernleaf.example/careers/senior-technical-writer', answer: html('career-site-telecommute.html') }],
  },
  {
    name: 'json-ld: TELECOMMUTE and an office (hybrid)',
    group: 'json-ld',
    link: 'https://canalstreetbikes.example/vacatures/backend-developer',
    answers: [{ url: 'https://canalstreetbikes.example/vacatures/backend-developer', answer: html('career-site-hybrid.html') }],
  },
  {
    name: 'json-ld: a place only (workplace not stated), organisation by @id',
    group: 'json-ld',
    link: 'https://harborandvine.example/jobs/line-cook',
    answers: [{ url: 'https://harborandvine.example/jobs/line-cook', answer: html('career-site-onsite.html') }],
  },
  {
    name: 'json-ld: TELECOMMUTE with a country-only jobLocation (remote, not hybrid)',
    group: 'json-ld',
    link: 'https://quillpoint.example/careers/staff-security-engineer',
    answers: [{ url: 'https://quillpoint.example/careers/staff-security-engineer', answer: html('career-site-remote-country.html') }],
  },
  {
    name: 'json-ld: a salary written as text ("$100,000"), as tag-manager snippets publish it',
    group: 'json-ld',
    link: 'https://simpleforms.example/jobs/content-designer',
    answers: [{ url: 'https://simpleforms.example/jobs/content-designer', answer: html('career-site-salary-text.html') }],
  },
  {
    name: 'json-ld: entity-escaped values',
    group: 'json-ld',
    link: 'https://bakerandsons.example/careers/rd-engineer',
    answers: [{ url: 'https://bakerandsons.example/careers/rd-engineer', answer: html('career-site-entities.html') }],
  },
];
