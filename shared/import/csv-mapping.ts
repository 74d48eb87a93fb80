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

export const CSV_PRESETS = ['generic', 'huntr', 'teal', 'simplify'] as const;
export type CsvPreset = (typeof CSV_PRESETS)[number];

/** Lower-case, no accents, punctuation or spaces: "Job Title", "job_title" → "jobtitle"; "Société" → "societe". */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Header names any tracker or hand-made sheet tends to use (normalised), in English, German,
 * French and Spanish — a sheet is written in its owner's language.
 */
const GENERIC_ALIASES: Record<ImportField, readonly string[]> = {
  company: ['company', 'companyname', 'employer', 'organization', 'organisation', 'firma', 'unternehmen', 'arbeitgeber', 'entreprise', 'societe', 'empresa'],
  role: ['role', 'title', 'jobtitle', 'position', 'jobposition', 'job', 'stelle', 'stellenbezeichnung', 'poste', 'intitule', 'puesto', 'cargo'],
  stage: ['stage', 'status', 'list', 'column', 'applicationstatus', 'statut', 'etape', 'estado'],
  jobUrl: ['url', 'joburl', 'link', 'joblink', 'postingurl', 'jobpostingurl', 'posting', 'stellenanzeige', 'anzeige', 'lien', 'annonce', 'enlace'],
  location: ['location', 'city', 'joblocation', 'ort', 'stadt', 'standort', 'arbeitsort', 'ville', 'lieu', 'ciudad', 'ubicacion'],
  workplace: ['workplace', 'workplacetype', 'worksetting', 'workarrangement', 'remotetype', 'arbeitsmodell', 'modalite', 'modalidad'],
  source: ['source', 'jobsource', 'quelle', 'fuente'],
  notes: ['notes', 'note', 'comments', 'description', 'jobdescription', 'notizen', 'bemerkungen', 'kommentar', 'commentaires', 'remarques', 'notas'],
  postingText: ['htmldescription', 'postingtext', 'jobposting', 'postinghtml'],
  tags: ['tags', 'labels', 'tag', 'schlagworte', 'etiquettes', 'etiquetas'],
  salaryMin: ['salarymin', 'minsalary', 'salary', 'salaryfrom', 'salaryrange', 'pay', 'compensation', 'gehalt', 'jahresgehalt', 'gehaltsvorstellung', 'salaire', 'remuneration', 'salario', 'sueldo'],
  salaryMax: ['salarymax', 'maxsalary', 'salaryto'],
  salaryCurrency: ['currency', 'salarycurrency', 'wahrung', 'devise', 'moneda'],
  createdAt: ['createdat', 'created', 'datecreated', 'dateadded', 'added', 'datesaved', 'saved', 'erstellt', 'erstelltam', 'datedajout'],
  appliedAt: ['appliedat', 'dateapplied', 'applieddate', 'appliedon', 'applied', 'applicationdate', 'beworbenam', 'bewerbungsdatum', 'beworben', 'datedecandidature', 'candidature', 'fechadeaplicacion', 'fechadepostulacion'],
  contactName: ['contact', 'contactname', 'recruiter', 'kontakt', 'ansprechpartner', 'ansprechpartnerin', 'contacto'],
  contactEmail: ['contactemail', 'email', 'recruiteremail', 'mail', 'courriel', 'correo'],
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
 * - Simplify, CHECKED against the columns a public dashboard for Simplify's tracker export reads
 *   (`Job Title, Company Name, Job URL, Applied Date, Status, Status Date, Archived, Date
 *   Archived, Notes`; statuses in capitals such as `APPLIED`, `INTERVIEWING`, `SAVED`).
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
  simplify: {
    company: ['companyname', 'company'],
    role: ['jobtitle', 'title', 'position'],
    stage: ['status'],
    jobUrl: ['joburl', 'url'],
    location: ['location'],
    salaryMin: ['salary'],
    notes: ['notes'],
    appliedAt: ['applieddate', 'dateapplied'],
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
