/**
 * Which CSV column feeds which application field. The user confirms (or edits) a mapping in the
 * preview step; presets guess it from another tracker's header names.
 */

export const IMPORT_FIELDS = [
  'company',
  'role',
  'stage',
  'jobUrl',
  'location',
  'workplace',
  'source',
  'notes',
  'postingText',
  'tags',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'createdAt',
  'appliedAt',
  'contactName',
  'contactEmail',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Only the company: a row without a role is still an application (imported as "Role not given"). */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['company'];

/** Field → 0-based column index. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export const CSV_PRESETS = ['generic', 'huntr', 'teal'] as const;
export type CsvPreset = (typeof CSV_PRESETS)[number];

/** Lower-case, no punctuation or spaces: "Job Title" and "job_title" both become "jobtitle". */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Header names any tracker tends to use (normalised). */
const GENERIC_ALIASES: Record<ImportField, readonly string[]> = {
  company: ['company', 'companyname', 'employer', 'organization', 'organisation'],
  role: ['role', 'title', 'jobtitle', 'position', 'jobposition', 'job'],
  stage: ['stage', 'status', 'list', 'column', 'applicationstatus'],
  jobUrl: ['url', 'joburl', 'link', 'joblink', 'postingurl', 'jobpostingurl'],
  location: ['location', 'city', 'joblocation'],
  workplace: ['workplace', 'workplacetype', 'worksetting', 'workarrangement', 'remotetype'],
  source: ['source', 'jobsource'],
  notes: ['notes', 'note', 'comments', 'description', 'jobdescription'],
  postingText: ['htmldescription', 'postingtext', 'jobposting', 'postinghtml'],
  tags: ['tags', 'labels', 'tag'],
  salaryMin: ['salarymin', 'minsalary', 'salary', 'salaryfrom'],
  salaryMax: ['salarymax', 'maxsalary', 'salaryto'],
  salaryCurrency: ['currency', 'salarycurrency'],
  createdAt: ['createdat', 'created', 'datecreated', 'dateadded', 'added', 'datesaved', 'saved'],
  appliedAt: ['appliedat', 'dateapplied', 'applied', 'applicationdate'],
  contactName: ['contact', 'contactname', 'recruiter'],
  contactEmail: ['contactemail', 'email', 'recruiteremail'],
};

/**
 * Preset header names, tried before the generic aliases.
 *
 * - Huntr, CHECKED against a real board export shared publicly (a Huntr-to-Notion converter's
 *   sample data): `id, createdAt, title, salary, location, url, rootDomain, htmlDescription,
 *   deadline, color, lastMovedAt, boardId, boardName, listId, listName, companyId, companyName,
 *   companyDomain, creatorUser…`; `-` for an empty cell; dates `2022-02-26 19:17:05`; list names
 *   as the user typed them (`applied`, `rejected`). `htmlDescription` is the posting, as HTML: it
 *   becomes the application's posting text, turned into plain text (user text is never HTML). The older list-style export the issue describes (`Company`,
 *   `Job Title`, `List`, `URL`, `Date Applied`) is matched too.
 * - Teal, ASSUMED: no public sample of its job-tracker CSV was found; these follow the column
 *   names Teal shows in its tracker (`Company`, `Job Position`, `Status`, `Min Salary`,
 *   `Max Salary`, `Location`, `Date Saved`, `Date Applied`, `Job URL`, `Notes`). The preview always
 *   shows the guessed mapping for the user to fix.
 */
const PRESET_ALIASES: Record<Exclude<CsvPreset, 'generic'>, Partial<Record<ImportField, readonly string[]>>> = {
  huntr: {
    company: ['company', 'companyname'],
    role: ['jobtitle', 'title', 'position'],
    stage: ['list', 'listname', 'stage', 'status'],
    jobUrl: ['url', 'joburl', 'postingurl'],
    location: ['location'],
    salaryMin: ['salary', 'salarymin'],
    notes: ['notes', 'description'],
    postingText: ['htmldescription'],
    createdAt: ['datecreated', 'createdat', 'created'],
    appliedAt: ['dateapplied', 'appliedat', 'applied'],
  },
  teal: {
    company: ['company', 'companyname'],
    role: ['jobposition', 'jobtitle', 'position', 'title'],
    stage: ['status', 'applicationstatus', 'stage'],
    jobUrl: ['joburl', 'url', 'joblink'],
    location: ['location'],
    salaryMin: ['minsalary', 'salarymin', 'salary'],
    salaryMax: ['maxsalary', 'salarymax'],
    notes: ['notes', 'jobdescription'],
    createdAt: ['datesaved', 'datecreated', 'createdat'],
    appliedAt: ['dateapplied', 'appliedat'],
  },
};

/** Guesses a mapping from a header row: preset names first, then generic aliases; each column used once. */
export function guessMapping(headers: readonly string[], preset: CsvPreset): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const pick = (field: ImportField, aliases: readonly string[] | undefined) => {
    if (mapping[field] !== undefined || !aliases) return;
    for (const alias of aliases) {
      const index = normalised.findIndex((h, i) => h === alias && !used.has(i));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
        return;
      }
    }
  };
  if (preset !== 'generic') for (const field of IMPORT_FIELDS) pick(field, PRESET_ALIASES[preset][field]);
  for (const field of IMPORT_FIELDS) pick(field, GENERIC_ALIASES[field]);
  return mapping;
}
