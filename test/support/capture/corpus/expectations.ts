import type { SalaryRange, Workplace } from '../../../../shared/domain';

/**
 * What a user needs from each corpus item (corpus.ts), field by field — from the format and the
 * posting, not from Hearback's output. A field listed is compared exactly (`text`: the words it
 * must contain); `null` means the preview must leave the field empty; `guessed` fields must be
 * shown as "check" (not certain), every other expected field as certain.
 */
export interface CaptureExpectation {
  company?: string;
  role?: string;
  location?: string;
  workplace?: Workplace | null;
  salary?: SalaryRange | null;
  employmentType?: string;
  postedOn?: string;
  jobUrl?: string;
  textContains?: string[];
  guessed?: string[];
  /** The problem sentence must be absent (null) or match. */
  problem?: null | RegExp;
}

export const CAPTURE_EXPECTATIONS: Record<string, CaptureExpectation> = {
  'greenhouse: pay range, hybrid office': {
    company: 'Northwind Labs', role: 'Senior Data Engineer', location: 'New York, NY (Hybrid)', workplace: 'hybrid',
    salary: { min: 165000, max: 210000, currency: 'USD', period: 'year' }, postedOn: '2026-11-18',
    jobUrl: 'https://job-boards.greenhouse.io/northwindlabs/jobs/7012345',
    textContains: ["What you'll do", '• Own our batch & streaming pipelines'], problem: null,
  },
  'greenhouse: hourly pay in CAD, remote': {
    company: 'MapleCare', role: 'Customer Support Specialist (French & English)', location: 'Remote - Canada', workplace: 'remote',
    salary: { min: 26, max: 31.5, currency: 'CAD', period: 'hour' }, postedOn: '2026-11-25', problem: null,
  },
  'greenhouse: the job page when the API does not know the job': {
    company: 'Brightside Health', role: 'R&D Engineer, Power & Thermal', workplace: null, salary: null,
    jobUrl: 'https://boards.greenhouse.io/brightside/jobs/4455667', guessed: ['company', 'role', 'jobUrl'],
  },
  'greenhouse: no pay range, an office city (workplace not stated)': {
    company: 'Northwind Labs', role: 'Office Manager', location: 'Berlin', workplace: null, salary: null, postedOn: '2026-12-04',
    textContains: ['Keep our Berlin office running.'], problem: null,
  },
  'lever: hybrid, yearly salary range': {
    role: 'Machine Learning Engineer', location: 'London', workplace: 'hybrid', employmentType: 'Full-time',
    salary: { min: 70000, max: 85000, currency: 'GBP', period: 'year' }, postedOn: '2026-11-30',
    textContains: ['forecasting models', "What you'll do", 'Train and ship forecasting models', 'We sponsor visas'],
    guessed: ['company'], problem: null,
  },
  'lever: on-site, hourly wage': {
    role: 'Warehouse Associate', location: 'Oakland, CA', workplace: 'onsite', employmentType: 'Part-time',
    salary: { min: 24, max: 28, currency: 'USD', period: 'hour' }, problem: null,
  },
  'lever: the page when the API is down': {
    company: 'Kestrel AI', role: 'Machine Learning Engineer', guessed: ['company', 'role'],
  },
  'ashby: hybrid, salary and equity': {
    role: 'Product Designer', location: 'Berlin', workplace: 'hybrid', employmentType: 'Full-time', postedOn: '2026-11-21',
    salary: { min: 80000, max: 95000, currency: 'EUR', period: 'year' }, textContains: ['plan their week'], guessed: ['company'], problem: null,
  },
  'ashby: remote by isRemote only': {
    role: 'Senior Backend Engineer', workplace: 'remote', salary: { min: 85000, max: 105000, currency: 'GBP', period: 'year' }, problem: null,
  },
  'ashby: on site, no compensation': {
    role: 'Hardware Lab Technician', location: 'Munich', workplace: 'onsite', employmentType: 'Contract', salary: null, postedOn: '2026-12-03', problem: null,
  },
  'workday: remote from the location, no remoteType': {
    company: 'Acme Health Corporation', role: 'Claims Analyst II', location: 'Remote - USA', workplace: 'remote', employmentType: 'Part-time',
    postedOn: '2026-12-05', problem: null,
  },
  'workday: the CXS job API': {
    company: 'Acme Health Corporation', role: 'Senior Data Engineer', location: 'Boston, MA; Hartford, CT', workplace: 'hybrid',
    employmentType: 'Full-time', postedOn: '2026-11-27', salary: null,
    jobUrl: 'https://acmehealth.wd5.myworkdayjobs.com/External_Careers/job/Boston-MA/Senior-Data-Engineer_R-10231',
    textContains: ['Clinical Data & Analytics team', '• Design pipelines on Spark'], problem: null,
  },
  'workday: the page when the API fails': {
    company: 'Acmehealth', role: 'Senior Data Engineer', location: 'Boston, MA, United States of America', workplace: null, employmentType: 'Full-time',
    postedOn: '2026-11-27', guessed: ['company'], problem: null,
  },
  'json-ld: TELECOMMUTE with applicant countries': {
    company: 'Fernleaf Software', role: 'Senior Technical Writer', location: 'Remote (USA, Canada)', workplace: 'remote',
    salary: { min: 110000, max: 135000, currency: 'USD', period: 'year' }, employmentType: 'Full-time', postedOn: '2026-11-30',
    textContains: ['• API references'], problem: null,
  },
  'json-ld: TELECOMMUTE and an office (hybrid)': {
    company: 'Canal Street Bikes B.V.', role: 'Backend Developer', location: 'Amsterdam, Noord-Holland, NL', workplace: 'hybrid',
    salary: { min: 4200, max: 5600, currency: 'EUR', period: 'month' }, postedOn: '2026-11-15',
    textContains: ['Work from home or from our Amsterdam workshop — your choice.'], problem: null,
  },
  'json-ld: a place only (workplace not stated), organisation by @id': {
    company: 'Harbor & Vine', role: 'Line Cook', location: 'Portland, ME, US', workplace: null, employmentType: 'Part-time',
    salary: { min: 21, max: 21, currency: 'USD', period: 'hour' }, problem: null,
  },
  'json-ld: TELECOMMUTE with a country-only jobLocation (remote, not hybrid)': {
    company: 'Quillpoint', role: 'Staff Security Engineer', location: 'Remote (United States)', workplace: 'remote', employmentType: 'Full-time',
    postedOn: '2026-12-02', textContains: ["Keep our customers' data safe"], problem: null,
  },
  'json-ld: a salary written as text ("$100,000"), as tag-manager snippets publish it': {
    company: 'Simple Forms Co.', role: 'Content Designer', location: 'Remote (USA)', workplace: 'remote',
    salary: { min: 100000, max: 100000, currency: 'USD', period: 'year' }, postedOn: '2026-11-24', problem: null,
  },
  'json-ld: entity-escaped values': {
    company: 'Baker & Sons Ltd', role: 'R&D Engineer', location: 'Leeds, GB', workplace: null,
    textContains: ['Test ovens & mixers in our Leeds lab.'], problem: null,
  },
};
