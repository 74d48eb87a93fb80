import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobBoardFinding, jobBoardFor, pageFindings, previewFields } from '../../../../shared/capture';
import { CapturedFieldsSchema } from '../../../../shared/contract';

/** Any JSON value where a JobPosting field is expected: pages publish every shape. */
const anyField = fc.jsonValue({ maxDepth: 3 });
const jobPosting = fc.record(
  {
    '@type': fc.constantFrom('JobPosting', ['JobPosting'], 'schema:JobPosting', 'Thing'),
    title: anyField,
    hiringOrganization: anyField,
    jobLocation: anyField,
    jobLocationType: fc.oneof(anyField, fc.constant('TELECOMMUTE')),
    applicantLocationRequirements: anyField,
    baseSalary: fc.oneof(anyField, fc.record({ '@type': fc.constant('MonetaryAmount'), currency: anyField, value: fc.oneof(anyField, fc.record({ minValue: anyField, maxValue: anyField, unitText: anyField, value: anyField })) })),
    employmentType: anyField,
    datePosted: anyField,
    description: fc.oneof(anyField, fc.string({ maxLength: 400 })),
    url: anyField,
  },
  { requiredKeys: ['@type'] },
);
const page = fc
  .tuple(
    fc.oneof(
      jobPosting,
      fc.array(jobPosting, { maxLength: 3 }).map((g) => ({ '@graph': g })),
    ),
    fc.string({ maxLength: 200 }),
    fc.string({ maxLength: 200 }),
  )
  .map(
    ([ld, title, og]) =>
      `<html><head><title>${title}</title><meta property="og:title" content="${og.replace(/"/g, '&quot;')}"><script type="application/ld+json">${JSON.stringify(ld).replace(/<\//g, '<\\/')}</script></head><body>${title}</body></html>`,
  );

describe('any page, any board answer', () => {
  it('gives a preview that fits the contract (limits, links, dates, salary), never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(page, fc.string({ maxLength: 2000 })), (html) => {
        const fields = previewFields(pageFindings(html).findings, 'https://site.example/jobs/1');
        const parsed = CapturedFieldsSchema.safeParse(fields);
        expect(parsed.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('a board API answer of any shape gives a valid preview or none', () => {
    const links = ['https://boards.greenhouse.io/acme/jobs/1', 'https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902', 'https://jobs.ashbyhq.com/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902'];
    const answer = fc.record(
      {
        title: anyField,
        text: anyField,
        company_name: anyField,
        location: anyField,
        content: anyField,
        categories: anyField,
        salaryRange: anyField,
        lists: anyField,
        createdAt: anyField,
        jobs: fc.array(fc.record({ id: fc.constant('5ac21346-8e0c-4494-8e7a-3eb92ff77902'), title: anyField, compensation: anyField, publishedAt: anyField, isRemote: anyField }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...links), answer, (link, body) => {
        const request = jobBoardFor(new URL(link));
        if (!request) throw new Error('not a board link');
        const finding = jobBoardFinding(request, body);
        if (finding === null) return;
        const parsed = CapturedFieldsSchema.safeParse(previewFields([finding], link));
        expect(parsed.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
