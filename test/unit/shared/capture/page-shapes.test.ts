import { describe, expect, it } from 'vitest';
import { ASHBY_JOB_ID, arrayPage, ashbyAnswer, bareHtml, careerSiteGraphPage, greenhouseAnswer, jobBoardPage, leverAnswer, notAPostingPage, openGraphOnlyPage } from '../../../support/capture/pages';
import { jobBoardFinding, jobBoardFor, pageFindings, previewFields } from '../../../../shared/capture';
import { CapturedFieldsSchema } from '../../../../shared/contract';

const preview = (html: string, url = 'https://site.example/jobs/1') => {
  const fields = previewFields(pageFindings(html).findings, url);
  // Every preview passes the contract's own schema (limits, link and date formats).
  expect(CapturedFieldsSchema.safeParse(fields).success).toBe(true);
  return fields;
};
const values = (fields: ReturnType<typeof preview>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));

describe('JSON-LD JobPosting shapes', () => {
  it('reads a job board page: salary range, location list, types, date, canonical url, text', () => {
    const fields = preview(jobBoardPage);
    expect(values(fields)).toEqual({
      company: 'Acme Payments',
      role: 'Senior Backend Engineer',
      location: 'Berlin, BE, DE; Lisbon, PT',
      salary: { min: 80000, max: 95000, currency: 'EUR', period: 'year' },
      employmentType: 'Full-time, Contract',
      postedOn: '2026-11-10',
      jobUrl: 'https://bigboard.example/jobs/view/4242',
      text: 'We move money & keep it safe.\n\n• Go\n• Postgres\n\nCafé – on site.',
    });
    expect(fields.company).toMatchObject({ source: 'json-ld', certain: true });
  });

  it('reads @graph with the organisation by @id, TELECOMMUTE, escaped HTML, a single hourly figure; skips broken blocks', () => {
    expect(values(preview(careerSiteGraphPage))).toMatchObject({
      company: 'Nimbus Cloud GmbH',
      role: 'Product Designer',
      location: 'Remote (Germany, Austria)',
      workplace: 'remote',
      salary: { min: 45, max: 45, currency: 'EUR', period: 'hour' },
      employmentType: 'Part-time',
      postedOn: '2026-10-01',
      text: 'About you\n\nYou sketch & ship.',
    });
  });

  it('reads a top-level array with a schema:-prefixed type and a string address', () => {
    expect(values(preview(arrayPage))).toMatchObject({ company: 'Kite Labs', role: 'Data Analyst', location: 'Toronto, ON', text: 'Plain text, no markup.' });
  });

  it('falls back to OpenGraph, every field marked as a guess', () => {
    const fields = preview(openGraphOnlyPage);
    expect(values(fields)).toEqual({ role: 'Support Lead', company: 'Brightside', jobUrl: 'https://brightside.example/careers/support-lead', text: 'Help our customers & grow the team.' });
    expect(Object.values(fields).every((f) => !f.certain && f.source === 'opengraph')).toBe(true);
  });

  it('a page without a posting gives only guesses from its title, and says it has no posting', () => {
    expect(pageFindings(notAPostingPage).hasPosting).toBe(false);
    expect(preview(notAPostingPage).role).toEqual({ value: 'Our blog', source: 'page', certain: false });
    expect(values(preview(bareHtml, 'https://x.example/a'))).toEqual({ jobUrl: 'https://x.example/a' });
  });

  it('cuts a description (and a title) longer than an application keeps', () => {
    const long = `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'T'.repeat(500), hiringOrganization: 'Co', description: 'word '.repeat(60_000) })}</script>`;
    const fields = preview(long);
    expect(fields.text?.value.length).toBeLessThanOrEqual(200_000);
    expect(fields.text?.value.endsWith('…')).toBe(true);
    expect(fields.role?.value.length).toBe(200);
  });

  it('ignores tags that only appear inside scripts', () => {
    expect(preview(notAPostingPage).role?.value).not.toBe('not this');
  });
});

describe('job-board APIs', () => {
  const bases = { greenhouse: 'http://gh.test', lever: 'http://lever.test', ashby: 'http://ashby.test' };

  it.each([
    ['https://boards.greenhouse.io/acme/jobs/4012345', 'greenhouse', 'http://gh.test/v1/boards/acme/jobs/4012345?pay_transparency=true'],
    ['https://job-boards.greenhouse.io/acme/jobs/4012345?gh_src=abc', 'greenhouse', 'http://gh.test/v1/boards/acme/jobs/4012345?pay_transparency=true'],
    ['https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345', 'greenhouse', 'http://gh.test/v1/boards/acme/jobs/4012345?pay_transparency=true'],
    ['https://jobs.lever.co/kestrel/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply', 'lever', 'http://lever.test/v0/postings/kestrel/5ac21346-8e0c-4494-8e7a-3eb92ff77902'],
    ['https://jobs.eu.lever.co/kestrel/5ac21346-8e0c-4494-8e7a-3eb92ff77902', 'lever', 'https://api.eu.lever.co/v0/postings/kestrel/5ac21346-8e0c-4494-8e7a-3eb92ff77902'],
    ['https://acme.wd1.myworkdayjobs.com/Careers/job/Remote-USA/Analyst_JR-7', 'workday', 'https://acme.wd1.myworkdayjobs.com/wday/cxs/acme/Careers/job/Remote-USA/Analyst_JR-7'],
    [`https://jobs.ashbyhq.com/orbit/${ASHBY_JOB_ID}`, 'ashby', 'http://ashby.test/posting-api/job-board/orbit?includeCompensation=true'],
  ])('%s → the %s API', (link, board, apiUrl) => {
    expect(jobBoardFor(new URL(link), bases)).toMatchObject({ board, apiUrl });
  });

  it.each([
    'https://boards.greenhouse.io/acme',
    'https://jobs.lever.co/kestrel',
    'https://jobs.ashbyhq.com/orbit',
    'https://greenhouse.io.evil.example/acme/jobs/1',
    'https://acme.wd1.myworkdayjobs.com/Careers',
    'https://acme.wd1.myworkdayjobs.com.evil.example/Careers/job/x/y_1',
    'https://myworkdayjobs.com/Careers/job/x/y_1',
  ])('%s is not read through an API', (link) => {
    expect(jobBoardFor(new URL(link), bases)).toBeNull();
  });

  const answer = (link: string, body: unknown) => {
    const request = jobBoardFor(new URL(link), bases);
    if (!request) throw new Error('not a board link');
    const finding = jobBoardFinding(request, body);
    return finding ? previewFields([finding], link) : null;
  };

  it('maps a Greenhouse answer (escaped HTML content, remote location)', () => {
    const fields = answer('https://boards.greenhouse.io/acme/jobs/4012345', greenhouseAnswer);
    expect(fields && values(fields)).toEqual({
      role: 'Staff Site Reliability Engineer',
      company: 'Acme Robotics',
      location: 'Remote - US',
      workplace: 'remote',
      postedOn: '2026-10-28',
      jobUrl: 'https://boards.greenhouse.io/acme/jobs/4012345',
      text: 'Keep robots & people safe.\n\n• Kubernetes',
    });
    expect(fields?.role).toMatchObject({ source: 'greenhouse', certain: true });
  });

  it('guesses the company from the board name when Greenhouse gives none, and says so', () => {
    const { company_name: _omit, ...withoutCompany } = greenhouseAnswer;
    expect(answer('https://boards.greenhouse.io/acme-robotics/jobs/4012345', withoutCompany)?.company).toEqual({ value: 'Acme Robotics', source: 'greenhouse', certain: false });
  });

  it('maps a Lever answer (lists, salary range, commitment)', () => {
    const fields = answer(leverAnswer.hostedUrl, leverAnswer);
    expect(fields && values(fields)).toMatchObject({
      role: 'Platform Engineer',
      location: 'London, UK',
      employmentType: 'Full-time',
      salary: { min: 70000, max: 90000, currency: 'GBP', period: 'year' },
      postedOn: '2026-10-26',
      jobUrl: leverAnswer.hostedUrl,
      text: 'Build the platform everyone deploys on.\n\nWhat you will do\n• Own CI\n• Mentor\n\nWe offer a stipend.',
    });
  });

  it('maps an Ashby board answer to the job with that id (remote, compensation)', () => {
    const fields = answer(`https://jobs.ashbyhq.com/orbit/${ASHBY_JOB_ID}`, ashbyAnswer);
    expect(fields && values(fields)).toMatchObject({
      role: 'Founding Engineer',
      location: 'New York',
      workplace: 'remote',
      employmentType: 'Full-time',
      postedOn: '2026-09-15',
      salary: { min: 150000, max: 190000, currency: 'USD', period: 'year' },
    });
  });

  it('an Ashby board without that job, or an answer that is not a posting, gives nothing', () => {
    expect(answer(`https://jobs.ashbyhq.com/orbit/${'a'.repeat(8)}-0000-0000-0000-000000000000`, ashbyAnswer)).toBeNull();
    expect(answer('https://boards.greenhouse.io/acme/jobs/1', { status: 404, error: 'Job not found' })).toBeNull();
  });
});
