import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobBoardFinding, jobBoardFor, pageFindings, previewFields } from '../../../../shared/capture';

/**
 * The capture problems users met, each reproduced on the corpus's shapes (these failed before the
 * fix: no pay, `R&amp;D`, "Job Application for…" kept, Lever's company and role swapped, an empty
 * Workday company and no Workday API, no hybrid and Lever's "on-site" read as not stated).
 */
const corpus = (file: string) => readFileSync(join(__dirname, '../../../support/capture/corpus', file), 'utf8');
const answer = (file: string) => JSON.parse(corpus(file)) as unknown;
const valuesOf = (fields: Record<string, { value: unknown } | undefined>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v?.value]));

function fromBoard(link: string, file: string) {
  const request = jobBoardFor(new URL(link));
  if (!request) throw new Error(`no board for ${link}`);
  const found = jobBoardFinding(request, answer(file));
  return found ? valuesOf(previewFields([found], link)) : null;
}
const fromPage = (link: string, file: string) => valuesOf(previewFields(pageFindings(corpus(file), link).findings, link));

describe('Greenhouse postings keep their salary (the boards API pay ranges)', () => {
  it('asks for pay transparency and reads pay_input_ranges in cents', () => {
    expect(jobBoardFor(new URL('https://job-boards.greenhouse.io/northwindlabs/jobs/7012345'))?.apiUrl).toMatch(/\?pay_transparency=true$/);
    expect(fromBoard('https://job-boards.greenhouse.io/northwindlabs/jobs/7012345', 'greenhouse-job-pay.json')?.['salary']).toEqual({ min: 165000, max: 210000, currency: 'USD', period: 'year' });
    expect(fromBoard('https://boards.greenhouse.io/maplecare/jobs/5566778', 'greenhouse-job-hourly.json')?.['salary']).toEqual({ min: 26, max: 31.5, currency: 'CAD', period: 'hour' });
  });
});

describe('text as the posting wrote it', () => {
  it('decodes an entity-escaped JSON-LD title once: R&amp;D → R&D', () => {
    expect(fromPage('https://bakerandsons.example/careers/rd-engineer', 'career-site-entities.html')).toMatchObject({ role: 'R&D Engineer', company: 'Baker & Sons Ltd' });
  });

  it('drops Greenhouse’s "Job Application for … at …" from the role (the title alone, without OpenGraph)', () => {
    const link = 'https://boards.greenhouse.io/brightside/jobs/4455667';
    const titleOnly = corpus('greenhouse-job-application-page.html').replace(/<meta property="og:[^>]*>/g, '');
    expect(valuesOf(previewFields(pageFindings(titleOnly, link).findings, link))).toMatchObject({ role: 'R&D Engineer, Power & Thermal', company: 'Brightside Health' });
  });

  it('reads Lever’s page title as "company - role"', () => {
    expect(fromPage('https://jobs.lever.co/kestrel-ai/8f14e45f-ceea-467e-9c1b-2a2f3c4d5e6f', 'lever-posting-page.html')).toMatchObject({ company: 'Kestrel AI', role: 'Machine Learning Engineer' });
  });

  it('uses Workday’s job API for myworkdayjobs.com links, and names the company from it', () => {
    const link = 'https://acmehealth.wd5.myworkdayjobs.com/en-US/External_Careers/job/Boston-MA/Senior-Data-Engineer_R-10231';
    expect(jobBoardFor(new URL(link))?.apiUrl).toBe('https://acmehealth.wd5.myworkdayjobs.com/wday/cxs/acmehealth/External_Careers/job/Boston-MA/Senior-Data-Engineer_R-10231');
    expect(fromBoard(link, 'workday-cxs-job.json')).toMatchObject({ company: 'Acme Health Corporation', role: 'Senior Data Engineer' });
  });

  it('a Workday page alone still names a company (the tenant, to check)', () => {
    const link = 'https://acmehealth.wd5.myworkdayjobs.com/External_Careers/job/Boston-MA/Senior-Data-Engineer_R-10231';
    expect(fromPage(link, 'workday-job-page.html')['company']).toBe('Acmehealth');
  });
});

describe('workplace: remote, hybrid, on site or not stated', () => {
  it('reads Lever’s documented "on-site" as on site and "hybrid" as hybrid', () => {
    expect(fromBoard('https://jobs.lever.co/leverdemo/0c9d6f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6', 'lever-posting-onsite.json')?.['workplace']).toBe('onsite');
    expect(fromBoard('https://jobs.lever.co/kestrel-ai/8f14e45f-ceea-467e-9c1b-2a2f3c4d5e6f', 'lever-posting-hybrid.json')?.['workplace']).toBe('hybrid');
  });

  it('reads a JSON-LD posting with TELECOMMUTE and an office as hybrid, not remote', () => {
    expect(fromPage('https://canalstreetbikes.example/vacatures/backend-developer', 'career-site-hybrid.html')['workplace']).toBe('hybrid');
    expect(fromPage('https://fernleaf.example/careers/senior-technical-writer', 'career-site-telecommute.html')['workplace']).toBe('remote');
  });

  it('reads Ashby’s "Hybrid"', () => {
    expect(fromBoard('https://jobs.ashbyhq.com/tessellate/4d3c2b1a-9f8e-4d7c-b6a5-1234567890ab', 'ashby-job-board.json')?.['workplace']).toBe('hybrid');
  });
});
