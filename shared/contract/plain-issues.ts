import { z } from 'zod';
import type { ContractIssue } from './errors';

/**
 * A refused request, said in the user's words. The dispatcher logs zod's own issues for the
 * developer and hands the renderer one sentence per field, built here from the issue and the
 * request schema (which knows both bounds of a number, where zod's issue names only one).
 *
 * | zod says                                             | the user reads                                     |
 * |------------------------------------------------------|----------------------------------------------------|
 * | missing value, or text empty after trimming          | "Company is required."                             |
 * | number out of range, not whole, or not a number      | "Days between check-ins must be a whole number     |
 * |   (the schema is an integer with both bounds)        |  from 1 to 60."  ("a number from 0 to 48" if not   |
 * |                                                      |  whole; "at least 1" / "at most 60" with one bound)|
 * | text too long                                        | "Role must be at most 200 characters."             |
 * | list too short / too long                            | "Work week must have at least 1." / "at most 7."   |
 * | not one of a fixed set of choices                    | "Format must be one of the choices offered."       |
 * | keys the contract does not know                      | "This form sent something Hearback cannot save."   |
 * | a rule of ours, written as "must …" / "is …"         | the label, then the rule: "Job link must be an     |
 * |                                                      |  http:// or https:// link."                        |
 * | anything else (zod's default text)                   | "Company is not valid."                            |
 *
 * Labels come from FIELD_LABELS by the last named segment of the path; an unknown field is named
 * by splitting its camelCase ("fooBar" → "Foo bar"). No sentence names a method, a path with dots,
 * or zod's vocabulary (expected, received, int, >=…).
 */

const FIELD_LABELS: Record<string, string> = {
  company: 'Company',
  role: 'Role',
  jobUrl: 'Job link',
  location: 'Location',
  source: 'Source',
  notes: 'Notes',
  tags: 'Tags',
  fitLine: 'Why I’m a good fit',
  contacts: 'Contacts',
  name: 'Name',
  title: 'Title',
  email: 'Email',
  phone: 'Phone',
  min: 'Minimum salary',
  max: 'Maximum salary',
  currency: 'Currency',
  period: 'Salary period',
  stageId: 'Stage',
  toStageId: 'Stage',
  round: 'Round',
  startsAt: 'Start',
  timeZone: 'Time zone',
  durationMinutes: 'Duration in minutes',
  format: 'Format',
  interviewerIds: 'Interviewers',
  memorableDetail: 'Memorable detail',
  date: 'Promised date',
  channel: 'Channel',
  hearBackPromptDelayMinutes: 'Minutes before asking for the hear-back promise',
  thankYouDelayHours: 'Hours before the thank-you note is due',
  thankYouLatestTime: 'Latest time for the thank-you note',
  checkInBusinessDaysAfterPromise: 'Business days to wait after the promised date',
  checkInBusinessDaysWithoutPromise: 'Business days to wait when no date was given',
  checkInTime: 'Check-in reminder time',
  checkInRepeatDays: 'Days between check-ins',
  maxCheckIns: 'Check-ins before proposing “ghosted”',
  start: 'Start time',
  end: 'End time',
  workWeek: 'Work week',
  holidays: 'Holidays',
  userName: 'Your name',
  label: 'Account name',
  host: 'Server',
  port: 'Port',
  user: 'User name',
  password: 'Password',
  address: 'Your email address',
  inbox: 'Inbox folder',
  sentFolder: 'Sent folder',
  lookBackDays: 'Days of mail to look back',
  url: 'Link',
  subject: 'Subject',
  body: 'Message',
  to: 'Recipient',
  reason: 'Reason',
  recurrence: 'Repeat rule',
  until: 'Until',
  color: 'Colour',
};

const humanize = (key: string): string => {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'This value';
};

/** The user's name for the field at `path` (its last named segment). */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const named = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  if (named === undefined) return 'This value';
  return FIELD_LABELS[named] ?? humanize(named);
}

/** The schema found at `path` inside `schema`, looking through optional, nullable, default and pipes. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | null {
  let current: z.ZodType | null = schema;
  for (const segment of path) {
    current = current && unwrap(current);
    if (current instanceof z.ZodObject && typeof segment === 'string') current = (current.shape as Record<string, z.ZodType>)[segment] ?? null;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else if (current instanceof z.ZodUnion) current = (current.options as z.ZodType[]).map((o) => schemaAt(o, [segment])).find((s) => s !== null) ?? null;
    else return null;
  }
  return current && unwrap(current);
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else break;
  }
  return current;
}

function numberRule(schema: z.ZodType | null, issue: z.core.$ZodIssue): string {
  const number = schema instanceof z.ZodNumber ? schema : null;
  const whole = number?.isInt === true || (issue.code === 'invalid_type' && issue.expected === 'int');
  const finite = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : null);
  const min = finite(number?.minValue) ?? (issue.code === 'too_small' ? finite(Number(issue.minimum)) : null);
  const max = finite(number?.maxValue) ?? (issue.code === 'too_big' ? finite(Number(issue.maximum)) : null);
  const kind = whole ? 'a whole number' : 'a number';
  if (min !== null && max !== null) return `must be ${kind} from ${min} to ${max}`;
  if (min !== null) return `must be ${kind} of at least ${min}`;
  if (max !== null) return `must be ${kind} of at most ${max}`;
  return `must be ${kind}`;
}

/** Rules of our own schemas are written as "must …" / "is …" fragments; zod's defaults are not. */
const OWN_RULE = /^(must|is|should|cannot|can only|a |an |minimum)\b/;

function ruleOf(issue: z.core.$ZodIssue, schema: z.ZodType | null): string {
  if (issue.message === 'is required') return 'is required';
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return numberRule(schema, issue);
      if (issue.origin === 'string') {
        if (issue.code === 'too_small' && Number(issue.minimum) <= 1) return 'is required';
        return issue.code === 'too_big' ? `must be at most ${String(issue.maximum)} characters` : `must be at least ${String(issue.minimum)} characters`;
      }
      if (OWN_RULE.test(issue.message)) return issue.message;
      return issue.code === 'too_big' ? `must have at most ${String(issue.maximum)}` : `must have at least ${String(issue.minimum)}`;
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return numberRule(schema, issue);
      if (issue.expected === 'boolean') return 'must be on or off';
      if (issue.expected === 'string') return 'must be text';
      return 'is not valid';
    case 'invalid_value':
      return 'must be one of the choices offered';
    default:
      return OWN_RULE.test(issue.message) ? issue.message : 'is not valid';
  }
}

const sentence = (label: string, rule: string) => `${label} ${rule.replace(/[.\s]+$/, '')}.`;

/** One plain sentence per problem, keyed by the field's path (dots between segments, as before). */
export function plainIssues(error: z.ZodError, schema: z.ZodType): ContractIssue[] {
  const out: ContractIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(root)';
    if (issue.code === 'unrecognized_keys') {
      out.push({ path, message: 'This form sent something Hearback cannot save.' });
      continue;
    }
    out.push({ path, message: sentence(fieldLabel(issue.path), ruleOf(issue, schemaAt(schema, issue.path))) });
  }
  return out;
}

/** The sentences of a refusal, each once, as one message (for places that show a single line). */
export function plainSummary(issues: readonly ContractIssue[]): string {
  const unique = [...new Set(issues.map((i) => i.message))];
  if (unique.length === 0) return 'Some of the values are not valid.';
  return unique.slice(0, 4).join(' ') + (unique.length > 4 ? ` (${unique.length - 4} more)` : '');
}
