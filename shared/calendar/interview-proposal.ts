import type { Application } from '../domain';
import type { InterviewFormat } from '../domain';
import type { CalendarEvent, EventPerson } from './calendar-event';
import { companyDomains, domainOf } from '../company/company-signals';
import { CALENDAR_SERVICE_DOMAINS } from './calendar-services';
import { meetingDetails } from './meeting-details';
import { epochMsToWallTime, localDateOf, localTimeToEpochMs, toInstant, wallTimeToEpochMs } from '../followup/zoned-time';

/** Someone from the invitation who interviews: an existing contact, or one to add. */
export interface ProposedInterviewer extends EventPerson {
  contactId: string | null;
}

/** What confirming an event creates (interviews.create's fields) and who interviews. */
export interface InterviewProposal {
  round: string;
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  format: InterviewFormat;
  location: string;
  interviewers: ProposedInterviewer[];
}

export const DEFAULT_MINUTES = 60;

/**
 * When an interview from an event starts. An all-day event (an onsite day) gives a day, not a time:
 * an interview at 00:00 would send its thank-you and hear-back prompt at the wrong hour, so the user
 * picks the time when adding it — as they know it from the invitation's text or the recruiter.
 *
 * | event                      | the interview starts                                               | lasts                             |
 * | -------------------------- | ------------------------------------------------------------------ | --------------------------------- |
 * | timed                      | at the event's start (a picked time is refused)                    | the event's length (5 min – 24 h), else an hour |
 * | all-day (one or more days) | on its first day, at the time the user picks, in the event's zone  | what the user picks, else an hour |
 * | all-day, moved to new days | on the new first day, at the same wall time as before              | as it was                         |
 */
export function startOnEventDay(event: Pick<CalendarEvent, 'startsAt' | 'timeZone'>, startTime: string): string {
  return toInstant(localTimeToEpochMs(localDateOf(Date.parse(event.startsAt), event.timeZone), startTime, event.timeZone));
}

/** An interview made from an all-day event whose day moved: the same wall time on the event's new first day. */
export function movedToEventDay(interviewStartsAt: string, event: Pick<CalendarEvent, 'startsAt' | 'timeZone'>): string {
  const { minutes } = epochMsToWallTime(Date.parse(interviewStartsAt), event.timeZone);
  return toInstant(wallTimeToEpochMs(localDateOf(Date.parse(event.startsAt), event.timeZone), minutes, event.timeZone));
}

/**
 * The interview an event becomes. Interviewers are the organizer and attendees who are the
 * application's contacts or at the company's domain (so never the user, a room or a
 * scheduling robot); at most 30, as an interview holds.
 */
export function proposeInterview(event: CalendarEvent, app: Application): InterviewProposal {
  const minutes = Math.round((Date.parse(event.endsAt) - Date.parse(event.startsAt)) / 60_000);
  const details = meetingDetails(event);
  const domains = companyDomains(app, CALENDAR_SERVICE_DOMAINS);
  const seen = new Set<string>();
  const interviewers: ProposedInterviewer[] = [];
  for (const person of [event.organizer, ...event.attendees]) {
    if (!person || seen.has(person.email)) continue;
    seen.add(person.email);
    const contact = app.contacts.find((c) => c.email.toLowerCase() === person.email);
    if (contact) interviewers.push({ ...person, name: contact.name, contactId: contact.id });
    else if (domains.has(domainOf(person.email))) interviewers.push({ ...person, name: person.name || nameFromAddress(person.email), contactId: null });
  }
  return {
    round: (event.summary.trim() || 'Interview').slice(0, 200),
    startsAt: event.startsAt,
    timeZone: event.timeZone,
    durationMinutes: minutes >= 5 ? Math.min(minutes, 24 * 60) : DEFAULT_MINUTES,
    format: details.format,
    location: details.location,
    interviewers: interviewers.slice(0, 30),
  };
}

/** "lena.vogel@globex.de" → "Lena Vogel": a name to show until the user edits it. */
function nameFromAddress(email: string): string {
  const local = email.slice(0, email.indexOf('@'));
  return (
    local
      .split(/[._-]+/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(' ')
      .slice(0, 120) || email.slice(0, 120)
  );
}
