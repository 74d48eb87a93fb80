import type { Application, FollowUp, Interview, Stage, WorkSearchActivity, WorkSearchMethod, WorkSearchType } from '../domain';
import { interviewEndMs } from '../followup/cadence-dates';
import { wasSent } from '../followup/sent';
import { localDateOf, MS_PER_DAY, MS_PER_HOUR, toEpochMs } from '../followup/zoned-time';
import { inRange, type DateRange } from './week';

/**
 * What counts as a work-search activity — the one place that decides it. Each row links to the
 * record it came from; its date is that moment's calendar date in the user's zone.
 *
 * | source record                 | counts when                                                                 | date                         | method (until the user edits it)           |
 * |-------------------------------|-----------------------------------------------------------------------------|------------------------------|--------------------------------------------|
 * | application                   | it reached a stage after the board's first column (the wish list): the      | the earliest such arrival    | online                                     |
 * |                               | earliest `stageReachedAt` of a later stage; in a later stage without one,   |   (else `createdAt`)         |                                            |
 * |                               | its `createdAt`. Never while it only sits in the first column.              |                              |                                            |
 * | interview                     | held: it has ended (start + duration ≤ now) and its outcome is not          | its start                    | phone / video / in person / other, from its format |
 * |                               | `cancelled`. A future interview, or a cancelled one, never counts.          |                              |                                            |
 * | follow-up (thank-you,         | sent: marked sent by the user or seen in Sent mail (`wasSent`). Never a     | when it was marked sent      | email / phone / other, from its channel    |
 * |   check-in, the user's own)   | reminder only shown, snoozed, skipped, cancelled or still open; never a     |                              |                                            |
 * |                               | hear-back prompt (recording a promise is not a contact).                   |                              |                                            |
 * |                               |   date: the moment it was marked sent (`updatedAt`; Sent-mail detection marks it at the message's time), even before it was due |
 * | manual entry                  | always (job fair, workshop, networking contact, call…): the user wrote it   | its own date                 | its own                                    |
 * | the user's edit of a row      | replaces the fields it sets; `excluded` keeps the row visible but out of   | —                            | —                                          |
 * |                               | every export and count                                                      |                              |                                            |
 *
 * A networking contact is recorded as a manual entry: an application's contacts carry no date.
 * An edit whose record no longer counts (a follow-up reopened, an interview cancelled) shows nothing.
 */

export type WorkLogLink = { entity: 'application' | 'interview' | 'followUp' | 'workSearchActivity'; id: string };

export interface WorkLogRow {
  /** `application:<id>`, `interview:<id>`, `followUp:<id>` or `manual:<id>`. */
  key: string;
  type: WorkSearchType;
  date: string;
  employer: string;
  position: string;
  method: WorkSearchMethod;
  contact: string;
  result: string;
  note: string;
  excluded: boolean;
  applicationId: string | null;
  link: WorkLogLink;
  /** The work-search record holding the user's entry or edits, or null when untouched. */
  recordId: string | null;
}

export interface WorkLogInput {
  stages: readonly Stage[];
  applications: Iterable<Application>;
  interviews: Iterable<Interview>;
  followUps: Iterable<FollowUp>;
  activities: Iterable<WorkSearchActivity>;
  /** The user's zone. */
  zone: string;
  nowMs: number;
}

const FORMAT_METHOD: Record<Interview['format'], WorkSearchMethod> = { phone: 'phone', video: 'video', onsite: 'in-person', other: 'other' };
const CHANNEL_METHOD: Record<FollowUp['channel'], WorkSearchMethod> = { email: 'email', phone: 'phone', other: 'other' };

const STAGE_RESULT: Record<Stage['kind'], string> = {
  active: 'Applied, waiting to hear back',
  offer: 'Offer received',
  hired: 'Hired',
  rejected: 'Not selected',
  withdrawn: 'Withdrew the application',
  ghosted: 'No answer',
};
const OUTCOME_RESULT: Record<Interview['outcome'], string> = {
  pending: 'Interviewed, waiting to hear back',
  advanced: 'Invited to the next round',
  offer: 'Offer received',
  rejected: 'Not selected',
  withdrawn: 'Withdrew the application',
  cancelled: 'Cancelled',
};
const FOLLOW_UP_RESULT: Record<FollowUp['kind'], string> = {
  'thank-you': 'Thank-you note sent',
  'check-in': 'Asked about the decision',
  custom: 'Contacted',
  'hear-back-prompt': '',
};

/** When the application was submitted (epoch ms), or null while it only sits in the first column. `stages` in board order. */
export function appliedAtMs(app: Application, stages: readonly Stage[]): number | null {
  const first = stages[0]?.id;
  let earliest: number | null = null;
  for (const [id, at] of Object.entries(app.stageReachedAt)) {
    if (id === first || !stages.some((s) => s.id === id)) continue;
    const ms = toEpochMs(at);
    if (earliest === null || ms < earliest) earliest = ms;
  }
  if (earliest !== null) return earliest;
  return app.stageId !== first ? toEpochMs(app.createdAt) : null;
}

function contactLine(app: Application, ids?: readonly string[]): string {
  const people = ids ? app.contacts.filter((c) => ids.includes(c.id)) : app.contacts.slice(0, 1);
  return people.map((c) => [c.name, c.email || c.phone].filter(Boolean).join(', ')).join('; ');
}

/**
 * Every derived activity (before the user's edits) that `near` keeps. `near` sees the row's key and
 * instant before its calendar date is worked out, which is most of the cost.
 */
function* derived(input: WorkLogInput, near: (key: string, ms: number) => boolean): Generator<WorkLogRow> {
  const apps = new Map<string, Application>();
  const stageKind = new Map(input.stages.map((s) => [s.id, s.kind]));
  for (const app of input.applications) apps.set(app.id, app);
  const interviewsById = new Map<string, Interview>();
  const interviewed = new Set<string>();
  for (const interview of input.interviews) {
    interviewsById.set(interview.id, interview);
    const app = apps.get(interview.applicationId);
    if (!app || interview.outcome === 'cancelled' || interviewEndMs(interview) > input.nowMs) continue;
    interviewed.add(app.id);
    const at = toEpochMs(interview.startsAt);
    if (!near(`interview:${interview.id}`, at)) continue;
    yield base(`interview:${interview.id}`, 'interview', localDateOf(at, input.zone), app, {
      method: FORMAT_METHOD[interview.format],
      contact: contactLine(app, interview.interviewerIds),
      result: OUTCOME_RESULT[interview.outcome],
      link: { entity: 'interview', id: interview.id },
    });
  }
  const ordered = [...input.stages].sort((a, b) => a.order - b.order);
  for (const app of apps.values()) {
    const at = appliedAtMs(app, ordered);
    if (at === null || !near(`application:${app.id}`, at)) continue;
    const kind = stageKind.get(app.stageId) ?? 'active';
    const result = kind === 'active' && interviewed.has(app.id) ? 'Invited to interview' : STAGE_RESULT[kind];
    yield base(`application:${app.id}`, 'application', localDateOf(at, input.zone), app, {
      method: 'online',
      contact: contactLine(app) || app.jobUrl,
      result,
      link: { entity: 'application', id: app.id },
    });
  }
  for (const followUp of input.followUps) {
    const app = apps.get(followUp.applicationId);
    if (!app || followUp.kind === 'hear-back-prompt' || !wasSent(followUp)) continue;
    const at = toEpochMs(followUp.updatedAt);
    if (!near(`followUp:${followUp.id}`, at)) continue;
    const interview = followUp.interviewId ? interviewsById.get(followUp.interviewId) : undefined;
    yield base(`followUp:${followUp.id}`, 'follow-up', localDateOf(at, input.zone), app, {
      method: CHANNEL_METHOD[followUp.channel],
      contact: contactLine(app, interview?.interviewerIds.length ? interview.interviewerIds : undefined),
      result: followUp.kind === 'custom' && followUp.title ? followUp.title : FOLLOW_UP_RESULT[followUp.kind],
      link: { entity: 'followUp', id: followUp.id },
    });
  }
}

function base(key: string, type: WorkSearchType, date: string, app: Application, rest: Pick<WorkLogRow, 'method' | 'contact' | 'result' | 'link'>): WorkLogRow {
  return { key, type, date, employer: app.company, position: app.role, note: '', excluded: false, applicationId: app.id, recordId: null, ...rest };
}

/** A derived row with the user's edits laid over it: each field the edit sets wins. */
function withEdits(row: WorkLogRow, edit: WorkSearchActivity | undefined): WorkLogRow {
  if (!edit) return row;
  return {
    ...row,
    type: edit.type ?? row.type,
    date: edit.date ?? row.date,
    employer: edit.employer ?? row.employer,
    position: edit.position ?? row.position,
    method: edit.method ?? row.method,
    contact: edit.contact ?? row.contact,
    result: edit.result ?? row.result,
    note: edit.note ?? row.note,
    excluded: edit.excluded,
    recordId: edit.id,
  };
}

function manualRow(entry: WorkSearchActivity): WorkLogRow {
  return {
    key: `manual:${entry.id}`,
    type: entry.type ?? 'other',
    date: entry.date ?? entry.createdAt.slice(0, 10),
    employer: entry.employer ?? '',
    position: entry.position ?? '',
    method: entry.method ?? 'other',
    contact: entry.contact ?? '',
    result: entry.result ?? '',
    note: entry.note ?? '',
    excluded: entry.excluded,
    applicationId: entry.applicationId,
    link: { entity: 'workSearchActivity', id: entry.id },
    recordId: entry.id,
  };
}

const ZONE_REACH_MS = 14 * MS_PER_HOUR;

const TYPE_ORDER: readonly WorkSearchType[] = ['application', 'interview', 'follow-up', 'networking', 'job-fair', 'workshop', 'other'];

/** Date, then kind, then employer, then key: the same order for the screen and every export. */
export function compareRows(a: WorkLogRow, b: WorkLogRow): number {
  return a.date.localeCompare(b.date) || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.employer.localeCompare(b.employer) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The log of `range`: every counted activity dated in it, excluded ones flagged, in {@link compareRows} order. */
export function workSearchLog(input: WorkLogInput, range: DateRange): WorkLogRow[] {
  const edits = new Map<string, WorkSearchActivity>();
  const rows: WorkLogRow[] = [];
  for (const activity of input.activities) {
    if (activity.source === null) {
      const row = manualRow(activity);
      if (inRange(row.date, range)) rows.push(row);
      continue;
    }
    const held = edits.get(activity.source);
    if (!held || held.updatedAt < activity.updatedAt) edits.set(activity.source, activity);
  }
  // A calendar date in any zone is within 14 hours of the UTC date (UTC−12 … UTC+14): records
  // further than that from the range cannot fall in it, unless an edit gave them another date.
  const loMs = Date.parse(`${range.from}T00:00:00Z`) - ZONE_REACH_MS;
  const hiMs = Date.parse(`${range.to}T00:00:00Z`) + MS_PER_DAY + ZONE_REACH_MS;
  const redated = new Set([...edits.values()].filter((e) => e.date !== null).map((e) => e.source));
  const near = (key: string, ms: number) => (ms >= loMs && ms < hiMs) || redated.has(key);
  for (const row of derived(input, near)) {
    const edited = withEdits(row, edits.get(row.key));
    if (inRange(edited.date, range)) rows.push(edited);
  }
  return rows.sort(compareRows);
}

/** The rows a form or a count takes: the ones the user did not leave out. */
export const countedRows = (rows: readonly WorkLogRow[]): WorkLogRow[] => rows.filter((r) => !r.excluded);
