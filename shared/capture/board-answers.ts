import type { PostingField, SalaryRange } from '../domain';
import type { FoundFields, SourceFinding } from './captured-fields';
import { clip } from './captured-fields';
import { descriptionToText, htmlToText } from '../text/html-text';
import type { JobBoard, JobBoardRequest } from './job-boards';
import { salaryPeriod, salaryRange } from './salary';
import { dayOfMillis, employmentTypeLabel, isoDay } from './values';
import { workplaceFromBoardValue, workplaceFromWords } from './workplace-reading';

/**
 * Each board's answer → fields, as the boards document them:
 *
 * | board      | role / company                     | salary                                               | workplace (workplace-reading.ts) |
 * |------------|------------------------------------|------------------------------------------------------|----------------------------------|
 * | Greenhouse | `title` / `company_name`           | `pay_input_ranges[0]`: `min_cents`/`max_cents` ÷ 100, `currency_type`; the period from its `title` ("Hourly…"), else a year, marked "check" | location words |
 * | Lever      | `text` / the link's name (a guess) | `salaryRange` min, max, currency, `interval`         | `workplaceType`                  |
 * | Ashby      | `title` / the link's name (a guess)| the first Salary component of `compensation.compensationTiers` | `workplaceType`, `isRemote` |
 * | Workday    | `jobPostingInfo.title` / `hiringOrganization.name` | none (Workday sends no pay field)     | `jobPostingInfo.remoteType`, location words |
 *
 * Board fields are plain text (no entity decoding); descriptions are HTML (Greenhouse's escaped once more).
 */
type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const node = (v: unknown): Node => (isNode(v) ? v : {});
const nodes = (v: unknown): Node[] => (Array.isArray(v) ? v.map(node) : []);

/** "acme-corp" → "Acme Corp": only a guess, marked so. */
const boardNameAsCompany = (name: string) => name.replace(/[-_.]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());

function finding(board: JobBoard, fields: FoundFields, boardName: string, guessed: PostingField[] = []): SourceFinding {
  const guesses: PostingField[] = fields.company ? guessed : [...guessed, 'company'];
  return { source: board, fields: { ...fields, company: clip(fields.company || boardNameAsCompany(boardName), 200) }, guessed: guesses };
}

function greenhousePay(answer: Node): { salary?: SalaryRange; periodGuessed: boolean } {
  for (const range of nodes(answer['pay_input_ranges'])) {
    const title = str(range['title']).toLowerCase();
    const stated = /\bhour/.test(title) ? 'hour' : /\bmonth/.test(title) ? 'month' : /\b(?:year|annual|annually|yearly)\b/.test(title) ? 'year' : null;
    const cents = (v: unknown) => (typeof v === 'number' ? v / 100 : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) / 100 : null);
    const salary = salaryRange(cents(range['min_cents']), cents(range['max_cents']), range['currency_type'], stated ?? 'year');
    if (salary) return { salary, periodGuessed: stated === null };
  }
  return { periodGuessed: false };
}

function greenhouse(answer: Node, request: JobBoardRequest): SourceFinding {
  const location = str(node(answer['location'])['name']);
  const workplace = workplaceFromWords(location);
  const { salary, periodGuessed } = greenhousePay(answer);
  return finding(
    'greenhouse',
    {
      role: clip(str(answer['title']), 200),
      company: clip(str(answer['company_name']), 200),
      location: clip(location, 200),
      ...(workplace ? { workplace } : {}),
      postedOn: isoDay(str(answer['first_published']) || str(answer['updated_at'])),
      jobUrl: str(answer['absolute_url']),
      // `content` is HTML escaped once more (`&lt;p&gt;`).
      text: descriptionToText(str(answer['content'])),
      ...(salary ? { salary } : {}),
    },
    request.boardName,
    periodGuessed ? ['salary'] : [],
  );
}

function lever(answer: Node, request: JobBoardRequest): SourceFinding {
  const categories = node(answer['categories']);
  const sections = [
    str(answer['descriptionPlain']) || htmlToText(str(answer['description'])),
    ...nodes(answer['lists']).map((l) => `${str(l['text'])}\n${htmlToText(str(l['content']))}`),
    str(answer['additionalPlain']) || htmlToText(str(answer['additional'])),
  ].filter((s) => s.trim() !== '');
  const location = str(categories['location']);
  const workplace = workplaceFromBoardValue(answer['workplaceType']) ?? workplaceFromWords(location);
  const pay = node(answer['salaryRange']);
  const salary = salaryRange(pay['min'], pay['max'], pay['currency'], salaryPeriod(pay['interval']));
  return finding(
    'lever',
    {
      role: clip(str(answer['text']), 200),
      location: clip(location, 200),
      ...(workplace ? { workplace } : {}),
      employmentType: clip(employmentTypeLabel(str(categories['commitment'])), 80),
      postedOn: dayOfMillis(answer['createdAt']),
      jobUrl: str(answer['hostedUrl']),
      text: sections.join('\n\n'),
      ...(salary ? { salary } : {}),
    },
    request.boardName,
  );
}

function ashbySalary(job: Node): SalaryRange | undefined {
  for (const tier of nodes(node(job['compensation'])['compensationTiers'])) {
    for (const component of nodes(tier['components'])) {
      if (str(component['compensationType']) !== 'Salary') continue;
      const range = salaryRange(component['minValue'], component['maxValue'], component['currencyCode'], salaryPeriod(str(component['interval']).replace(/^1 /, '')));
      if (range) return range;
    }
  }
  return undefined;
}

function ashby(answer: Node, request: JobBoardRequest): SourceFinding | null {
  const job = nodes(answer['jobs']).find((j) => str(j['id']).toLowerCase() === request.id.toLowerCase());
  if (!job) return null;
  const location = str(job['location']);
  const workplace = workplaceFromBoardValue(job['workplaceType']) ?? (job['isRemote'] === true ? 'remote' : workplaceFromWords(location));
  const salary = ashbySalary(job);
  return finding(
    'ashby',
    {
      role: clip(str(job['title']), 200),
      location: clip(location, 200),
      ...(workplace ? { workplace } : {}),
      employmentType: clip(employmentTypeLabel(str(job['employmentType'])), 80),
      postedOn: isoDay(str(job['publishedAt'])),
      jobUrl: str(job['jobUrl']),
      text: str(job['descriptionPlain']) || htmlToText(str(job['descriptionHtml'])),
      ...(salary ? { salary } : {}),
    },
    request.boardName,
  );
}

function workday(answer: Node, request: JobBoardRequest): SourceFinding | null {
  const info = node(answer['jobPostingInfo']);
  if (!str(info['title'])) return null;
  const locations = [str(info['location']), ...(Array.isArray(info['additionalLocations']) ? info['additionalLocations'].map(str) : [])].filter((l) => l !== '');
  const location = [...new Set(locations)].join('; ');
  const workplace = workplaceFromBoardValue(info['remoteType']) ?? workplaceFromWords(location);
  return finding(
    'workday',
    {
      role: clip(str(info['title']), 200),
      company: clip(str(node(answer['hiringOrganization'])['name']), 200),
      location: clip(location, 200),
      ...(workplace ? { workplace } : {}),
      employmentType: clip(employmentTypeLabel(str(info['timeType'])), 80),
      // `postedOn` is relative ("Posted 30+ Days Ago"); `startDate` is the posting's day.
      postedOn: isoDay(str(info['startDate'])),
      jobUrl: str(info['externalUrl']),
      text: htmlToText(str(info['jobDescription'])),
    },
    request.boardName,
  );
}

/** The board's answer as a finding, or null when it does not hold the posting. */
export function jobBoardFinding(request: JobBoardRequest, answer: unknown): SourceFinding | null {
  if (!isNode(answer)) return null;
  if (request.board === 'greenhouse') return str(answer['title']) ? greenhouse(answer, request) : null;
  if (request.board === 'lever') return str(answer['text']) ? lever(answer, request) : null;
  if (request.board === 'workday') return workday(answer, request);
  return ashby(answer, request);
}
