import type { Application, FollowUp, Interview } from '../domain';
import { CRLF, escapeIcsText, icsLine, icsTextLine, icsUtc } from './ics-text';
import { buildVtimezone, icsLocalInZone } from './ics-timezone';

/**
 * Calendar export, as pieces a streaming writer concatenates:
 * `icsHeader()`, then for each record its component(s), then `icsFooter()`.
 * Interviews are VEVENTs in UTC; follow-ups are VEVENTs with a VALARM; recurring follow-ups use
 * `DTSTART;TZID=` plus RRULE so the wall time holds across DST (their VTIMEZONE is emitted once,
 * just before the first event that needs it — component order inside VCALENDAR is free).
 */

export const ICS_PRODID = '-//Hearback//Hearback export//EN';
/** Minutes a follow-up occupies in the calendar. */
export const FOLLOW_UP_EVENT_MINUTES = 15;
/** Years of DST transitions written in each VTIMEZONE after a recurring reminder's start. */
export const VTIMEZONE_YEARS_AHEAD = 5;

export function icsHeader(calendarName = 'Hearback'): string {
  return `BEGIN:VCALENDAR${CRLF}` + icsLine('VERSION', '2.0') + icsLine('PRODID', ICS_PRODID) + icsLine('CALSCALE', 'GREGORIAN') + icsLine('METHOD', 'PUBLISH') + icsTextLine('X-WR-CALNAME', calendarName);
}

export function icsFooter(): string {
  return `END:VCALENDAR${CRLF}`;
}

function appLabel(app: Pick<Application, 'company' | 'role'> | null): string {
  return app ? `${app.company} (${app.role})` : '';
}

/** One interview as a VEVENT. `stamp` is the export instant (DTSTAMP). */
export function interviewVevent(interview: Interview, app: Pick<Application, 'company' | 'role'> | null, stamp: string): string {
  const promise =
    interview.hearBack.status === 'date'
      ? `Promised answer by ${interview.hearBack.date ?? ''}${interview.hearBack.channel ? ` via ${interview.hearBack.channel}` : ''}`
      : interview.hearBack.status === 'not_given'
        ? 'No answer date given'
        : 'Answer date not recorded';
  const description = [`Format: ${interview.format}`, `Time zone: ${interview.timeZone}`, promise, interview.memorableDetail ? `Memorable: ${interview.memorableDetail}` : '', interview.notes].filter((s) => s !== '').join('\n');
  return (
    `BEGIN:VEVENT${CRLF}` +
    icsLine('UID', `interview-${interview.id}@hearback`) +
    icsLine('DTSTAMP', icsUtc(stamp)) +
    icsLine('DTSTART', icsUtc(interview.startsAt)) +
    icsLine('DURATION', `PT${interview.durationMinutes}M`) +
    icsTextLine('SUMMARY', `Interview: ${interview.round}${app ? ` — ${appLabel(app)}` : ''}`) +
    (interview.location ? icsTextLine('LOCATION', interview.location) : '') +
    icsTextLine('DESCRIPTION', description) +
    icsLine('CATEGORIES', 'INTERVIEW') +
    `END:VEVENT${CRLF}`
  );
}

/**
 * Normalises a stored recurrence to an RRULE value, or null when it is not a plain RRULE body.
 * Only RRULE's own alphabet is let through, so a value can never start a new content line.
 */
export function icsRrule(recurrence: string | null): string | null {
  if (recurrence === null) return null;
  const body = recurrence
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  const part = '[A-Z]+=[A-Z0-9,+\\-]+';
  return new RegExp(`^${part}(;${part})*$`).test(body) && /(^|;)FREQ=[A-Z]+(;|$)/.test(body) ? body : null;
}

/** Whether a follow-up belongs in the calendar (cancelled ones do not). */
export function isExportableFollowUp(f: FollowUp): boolean {
  return f.status !== 'cancelled';
}

/** Tracks which VTIMEZONEs a streamed calendar already contains. */
export class IcsZoneTracker {
  private readonly written = new Set<string>();

  /** The VTIMEZONE text to write before an event in `zone` starting at `instant` ('' if already written). */
  need(zone: string, instant: string): string {
    if (this.written.has(zone)) return '';
    this.written.add(zone);
    const year = new Date(instant).getUTCFullYear();
    return buildVtimezone(zone, year - 1, year + VTIMEZONE_YEARS_AHEAD);
  }
}

/**
 * One follow-up as a VEVENT with a display VALARM at its due time (no alarm once done/skipped).
 * Returns '' for follow-ups that are not exported; may start with a VTIMEZONE.
 */
export function followUpVevent(followUp: FollowUp, app: Pick<Application, 'company' | 'role'> | null, stamp: string, zones: IcsZoneTracker): string {
  if (!isExportableFollowUp(followUp)) return '';
  const rrule = icsRrule(followUp.recurrence);
  const title = followUp.title || followUp.kind;
  const summary = `${title}${app ? ` — ${appLabel(app)}` : ''}`;
  const active = followUp.status === 'pending' || followUp.status === 'snoozed';
  let out = rrule ? zones.need(followUp.timeZone, followUp.dueAt) : '';
  out +=
    `BEGIN:VEVENT${CRLF}` +
    icsLine('UID', `follow-up-${followUp.id}@hearback`) +
    icsLine('DTSTAMP', icsUtc(stamp)) +
    (rrule ? icsLine('DTSTART', icsLocalInZone(followUp.dueAt, followUp.timeZone), { TZID: followUp.timeZone }) + icsLine('RRULE', rrule) : icsLine('DTSTART', icsUtc(followUp.dueAt))) +
    icsLine('DURATION', `PT${FOLLOW_UP_EVENT_MINUTES}M`) +
    icsTextLine('SUMMARY', summary) +
    icsTextLine('DESCRIPTION', [`Kind: ${followUp.kind}`, `Channel: ${followUp.channel}`, `Status: ${followUp.status}`, followUp.statusReason].filter(Boolean).join('\n')) +
    icsLine('CATEGORIES', escapeIcsText(followUp.kind.toUpperCase())) +
    (active ? `BEGIN:VALARM${CRLF}` + icsLine('ACTION', 'DISPLAY') + icsLine('TRIGGER', 'PT0S') + icsTextLine('DESCRIPTION', summary) + `END:VALARM${CRLF}` : '') +
    `END:VEVENT${CRLF}`;
  return out;
}

/** A whole calendar in one string (for small exports and tests). */
export function buildIcs(input: { interviews: readonly Interview[]; followUps: readonly FollowUp[]; applications: readonly Pick<Application, 'id' | 'company' | 'role'>[] }, stamp: string): string {
  const apps = new Map(input.applications.map((a) => [a.id, a]));
  const zones = new IcsZoneTracker();
  let out = icsHeader();
  for (const i of input.interviews) out += interviewVevent(i, apps.get(i.applicationId) ?? null, stamp);
  for (const f of input.followUps) out += followUpVevent(f, apps.get(f.applicationId) ?? null, stamp, zones);
  return out + icsFooter();
}
