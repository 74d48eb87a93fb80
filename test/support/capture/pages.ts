/**
 * Posting pages and board API answers in the shapes their sources really produce (trimmed to the
 * fields that matter; field names, nesting and escaping as the live services send them).
 */

const html = (head: string, body = '<h1>Careers</h1>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}<script>window.__tracker = "<meta property='og:title' content='not this'>";</script></body></html>`;
/** As sites embed it: `</` written `<\/` so a string cannot end the script element early. */
const ldJson = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value).replace(/<\//g, '<\\/')}</script>`;

/** A big job board: one JobPosting object, MonetaryAmount with QuantitativeValue, a Place list. */
export const jobBoardPage = html(
  `<title>Senior Backend Engineer - Acme Payments | BigBoard</title>
  <meta property="og:title" content="Senior Backend Engineer at Acme Payments">
  <link rel="canonical" href="/jobs/view/4242">
  ${ldJson({
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: 'Senior Backend Engineer',
    description: '<p>We move money &amp; keep it safe.</p><ul><li>Go</li><li>Postgres</li></ul><p>Caf&eacute; &#8211; on&nbsp;site.</p>',
    datePosted: '2026-11-10T09:00:00-05:00',
    employmentType: ['FULL_TIME', 'CONTRACTOR'],
    hiringOrganization: { '@type': 'Organization', name: 'Acme Payments', sameAs: 'https://acme.example' },
    jobLocation: [
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressRegion: 'BE', addressCountry: 'DE' } },
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Lisbon', addressCountry: { '@type': 'Country', name: 'PT' } } },
    ],
    baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 80000, maxValue: 95000, unitText: 'YEAR' } },
    url: 'https://bigboard.example/jobs/view/4242',
  })}`,
);

/** A company career site (Yoast-style `@graph`), org referenced by `@id`, remote, escaped HTML description. */
export const careerSiteGraphPage = html(
  `<title>Product Designer — Careers at Nimbus</title>
  ${ldJson({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [] })}
  <script type="application/ld+json">{ this is not json </script>
  ${ldJson({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': 'https://nimbus.example/#website', name: 'Nimbus' },
      { '@type': 'Organization', '@id': 'https://nimbus.example/#org', name: 'Nimbus Cloud GmbH', logo: 'https://nimbus.example/logo.png' },
      {
        '@type': ['JobPosting'],
        title: 'Product Designer',
        hiringOrganization: { '@id': 'https://nimbus.example/#org' },
        jobLocationType: 'TELECOMMUTE',
        applicantLocationRequirements: [
          { '@type': 'Country', name: 'Germany' },
          { '@type': 'Country', name: 'Austria' },
        ],
        description: '&lt;h2&gt;About you&lt;/h2&gt;&lt;p&gt;You sketch &amp;amp; ship.&lt;/p&gt;',
        datePosted: '2026-10-01',
        employmentType: 'PART_TIME',
        baseSalary: { '@type': 'MonetaryAmount', currency: 'eur', value: { '@type': 'QuantitativeValue', value: 45, unitText: 'HOUR' } },
      },
    ],
  })}`,
);

/** An array at the top level, `schema:` prefixed type, address as a string. */
export const arrayPage = html(
  `<title>Jobs</title>${ldJson([
    { '@context': 'https://schema.org', '@type': 'Organization', name: 'Other Org' },
    { '@context': 'https://schema.org', '@type': 'schema:JobPosting', title: 'Data Analyst', hiringOrganization: 'Kite Labs', jobLocation: { '@type': 'Place', address: 'Toronto, ON' }, description: 'Plain text, no markup.' },
  ])}`,
);

/** Only OpenGraph (many small career sites). */
export const openGraphOnlyPage = html(
  `<title>Careers</title>
  <meta property="og:title" content="Support Lead at Brightside">
  <meta property="og:description" content="Help our customers &amp; grow the team.">
  <meta property="og:url" content="https://brightside.example/careers/support-lead">
  <meta property="og:site_name" content="Brightside">`,
);

export const notAPostingPage = html('<title>Our blog</title>', '<article><p>Ten tips for your garden.</p></article>');
export const bareHtml = '<html><body><p>Hello</p></body></html>';

export const loginWallPage = html('<title>Sign in | LinkedIn</title>', '<form><p>Please sign in to continue</p></form>');

/** Greenhouse's job-board API: `content` is HTML escaped once more. */
export const greenhouseAnswer = {
  absolute_url: 'https://boards.greenhouse.io/acme/jobs/4012345',
  data_compliance: [],
  internal_job_id: 300001,
  location: { name: 'Remote - US' },
  metadata: null,
  id: 4012345,
  updated_at: '2026-11-02T12:01:02-04:00',
  requisition_id: 'R-101',
  title: 'Staff Site Reliability Engineer',
  company_name: 'Acme Robotics',
  first_published: '2026-10-28T09:00:00-04:00',
  content: '&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;Keep robots &amp;amp; people safe.&lt;/p&gt;&lt;/div&gt;&lt;ul&gt;&lt;li&gt;Kubernetes&lt;/li&gt;&lt;/ul&gt;',
  departments: [{ id: 1, name: 'Infrastructure', child_ids: [], parent_id: null }],
  offices: [{ id: 2, name: 'Remote', location: 'United States', child_ids: [], parent_id: null }],
};

/** Lever's postings API (one posting). */
export const leverAnswer = {
  additional: '<div>We offer a stipend.</div>',
  additionalPlain: 'We offer a stipend.',
  categories: { commitment: 'Full-time', department: 'Engineering', location: 'London, UK', team: 'Platform', allLocations: ['London, UK'] },
  createdAt: 1_793_000_000_000,
  descriptionPlain: 'Build the platform everyone deploys on.',
  description: '<div>Build the platform everyone deploys on.</div>',
  id: '5ac21346-8e0c-4494-8e7a-3eb92ff77902',
  lists: [{ text: 'What you will do', content: '<li>Own CI</li><li>Mentor</li>' }],
  text: 'Platform Engineer',
  country: 'GB',
  workplaceType: 'hybrid',
  salaryRange: { max: 90000, min: 70000, currency: 'GBP', interval: 'per-year-salary' },
  hostedUrl: 'https://jobs.lever.co/kestrel/5ac21346-8e0c-4494-8e7a-3eb92ff77902',
  applyUrl: 'https://jobs.lever.co/kestrel/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply',
};

export const ASHBY_JOB_ID = '0f3c1c1e-58f6-4a6e-9a5c-1d7b1f1d2c3b';
/** Ashby's posting API: the whole board; the job is found by id. */
export const ashbyAnswer = {
  apiVersion: '1',
  jobs: [
    { id: '11111111-2222-3333-4444-555555555555', title: 'Another role', location: 'Paris' },
    {
      id: ASHBY_JOB_ID,
      title: 'Founding Engineer',
      department: 'Engineering',
      team: 'Core',
      employmentType: 'FullTime',
      location: 'New York',
      secondaryLocations: [],
      isRemote: true,
      workplaceType: 'Remote',
      publishedAt: '2026-09-15T16:30:00.000+00:00',
      jobUrl: `https://jobs.ashbyhq.com/orbit/${ASHBY_JOB_ID}`,
      applyUrl: `https://jobs.ashbyhq.com/orbit/${ASHBY_JOB_ID}/application`,
      descriptionHtml: '<p>Build it with us.</p>',
      descriptionPlain: 'Build it with us.',
      compensation: {
        compensationTierSummary: '$150K – $190K • Offers Equity',
        compensationTiers: [{ id: 't', tierSummary: '$150K – $190K', components: [{ id: 'c', compensationType: 'Salary', interval: '1 YEAR', currencyCode: 'USD', minValue: 150000, maxValue: 190000 }] }],
      },
    },
  ],
};

/** A posting whose text carries markup meant to run: it must arrive as words, never as HTML. */
export const hostilePostingPage = html(
  `<title>Hostile</title>${ldJson({
    '@type': 'JobPosting',
    title: 'Night Operator',
    hiringOrganization: { name: 'Shady Corp' },
    description: '<p>Apply &lt;img src=x onerror="window.__xss=1"&gt; today.</p><script>window.__xss=1</script><img src=x onerror="window.__xss=1">',
  })}`,
);
