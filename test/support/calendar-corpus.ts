import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../electron/core';
import type { CalendarCandidate, CalendarState } from '../../shared/contract';
import type { Application } from '../../shared/domain';
import { ok } from './core';

/** The calendar corpus (test/unit/shared/calendar/corpus): files, expectations, and the checks they make. */
export const CORPUS_DIR = join(__dirname, '..', 'unit', 'shared', 'calendar', 'corpus');

export interface ExpectedEvent {
  uid: string;
  interview: boolean;
  application?: string;
  startsAt?: string;
  /** An all-day event's day, in the user's zone. */
  date?: string;
  allDay?: boolean;
  floating?: boolean;
  timeZone?: string;
  unknownZone?: string;
  summary?: string;
  format?: CalendarCandidate['format'];
  location?: string;
}

export interface CorpusFile {
  file: string;
  source: string;
  damaged?: boolean;
  events: ExpectedEvent[];
}

export interface Corpus {
  now: string;
  userZone: string;
  applications: { company: string; jobUrl: string; contacts: string[] }[];
  files: CorpusFile[];
}

export const corpus = (): Corpus => JSON.parse(readFileSync(join(CORPUS_DIR, 'expectations.json'), 'utf8')) as Corpus;
export const corpusText = (file: string): string => readFileSync(join(CORPUS_DIR, file), 'utf8');

/** The corpus's applications, created in the core; company → id. */
export async function createCorpusApplications(core: Core, c: Corpus): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const app of c.applications) {
    const created = await ok<Application>(core, 'applications.create', {
      company: app.company,
      role: 'Engineer',
      stageId: 'interviewing',
      jobUrl: app.jobUrl,
      contacts: app.contacts.map((email) => ({ name: email.split('@')[0]!, title: '', email, phone: '', notes: '' })),
    });
    ids.set(app.company, created.id);
  }
  return ids;
}

export interface CheckResult {
  checks: number;
  passed: number;
  failures: string[];
}

const dayIn = (instant: string, zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

/** Every expected field of every event of one file against what Today offers. */
export function checkFile(file: CorpusFile, state: CalendarState, ids: ReadonlyMap<string, string>, userZone: string): CheckResult {
  const result: CheckResult = { checks: 0, passed: 0, failures: [] };
  const check = (what: string, actual: unknown, expected: unknown) => {
    result.checks++;
    if (JSON.stringify(actual) === JSON.stringify(expected)) result.passed++;
    else result.failures.push(`${file.file} ${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  };
  for (const expected of file.events) {
    const offered = state.candidates.filter((c) => c.event.uid === expected.uid);
    check(`${expected.uid.slice(0, 24)} offered`, offered.length, expected.interview ? 1 : 0);
    const candidate = offered[0];
    if (!expected.interview || !candidate) continue;
    const { event } = candidate;
    if (expected.application !== undefined) check('application', candidate.applicationIds, [ids.get(expected.application)]);
    if (expected.startsAt !== undefined) check('startsAt', event.startsAt, expected.startsAt);
    if (expected.date !== undefined) check('date', dayIn(event.startsAt, userZone), expected.date);
    if (expected.allDay !== undefined) check('allDay', event.allDay, expected.allDay);
    if (expected.floating !== undefined) check('floating', event.floating, expected.floating);
    if (expected.timeZone !== undefined) check('timeZone', event.timeZone, expected.timeZone);
    if (expected.unknownZone !== undefined) check('unknownZone', event.unknownZone, expected.unknownZone);
    if (expected.summary !== undefined) check('summary', event.summary, expected.summary);
    if (expected.format !== undefined) check('format', candidate.format, expected.format);
    if (expected.location !== undefined) check('location', candidate.location, expected.location);
  }
  return result;
}

/**
 * One file as CalDAV resources: one per UID (its overrides with it), each with the file's time
 * zones; METHOD left out, as RFC 4791 §4.1 requires of stored calendar objects.
 */
export function calDavResources(text: string): Map<string, string> {
  const lines = text.split(/\r\n/);
  const header: string[] = [];
  const byUid = new Map<string, string[]>();
  let event: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === 'BEGIN:VEVENT') event = [];
    if (event) event.push(line);
    else if (line !== 'END:VCALENDAR' && line !== '' && !line.startsWith('METHOD:')) header.push(line);
    if (line === 'END:VEVENT' && event) {
      const unfolded = event.join('\r\n').replace(/\r\n[ \t]/g, '');
      const uid = /^UID:(.*)$/m.exec(unfolded)?.[1] ?? `no-uid-${i}`;
      byUid.set(uid, [...(byUid.get(uid) ?? []), ...event]);
      event = null;
    }
  }
  return new Map([...byUid.values()].map((body, n) => [`event-${n}`, [...header, ...body, 'END:VCALENDAR', ''].join('\r\n')]));
}
