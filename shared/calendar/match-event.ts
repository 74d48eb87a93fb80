import type { Application } from '../domain';
import { MS_PER_DAY } from '../followup/zoned-time';
import type { CalendarEvent } from './calendar-event';
import { companyDomains, companyKey, domainOf, isHiringSystem, textWords } from '../company/company-signals';
import { CALENDAR_SERVICE_DOMAINS } from './calendar-services';
import { RECENT_PAST_DAYS } from './recent-past';
import { SCHEDULING_LINKS } from './scheduling-links';

/**
 * Which application a calendar event is an interview for. Strongest rule first; the strongest
 * rule that matches decides; two applications at that level → the user chooses.
 *
 * | rule          | an event matches an application when…                                                 |
 * |---------------|-----------------------------------------------------------------------------------------|
 * | not considered| cancelled; ended before the recent past (RECENT_PAST_DAYS); archived applications never match |
 * | `contact`     | the organizer or an attendee is one of its contacts (address, any case)                 |
 * | `domain`      | the organizer's or an attendee's domain is the company's (contacts' or job link's;      |
 * |               | scheduling services and free mail never count)                                          |
 * | `title`       | the title names the company (whole words, "Inc."/"GmbH" optional)                       |
 * | `scheduling`  | booked through a scheduling service (Calendly, GoodTime, Greenhouse, Lever, Ashby,      |
 * |               | Google appointment pages, Microsoft Bookings — in the organizer, URL, location or       |
 * |               | description) and the description names the company                                     |
 */
export type EventMatchVia = 'contact' | 'domain' | 'title' | 'scheduling';

export type EventMatch = { kind: 'not-considered'; reason: 'cancelled' | 'past' } | { kind: 'none' } | { kind: 'match'; via: EventMatchVia; applicationIds: string[] };

function viaSchedulingService(event: CalendarEvent): boolean {
  if (event.organizer && isHiringSystem(domainOf(event.organizer.email))) return true;
  const where = `${event.url}\n${event.location}\n${event.description}`;
  return SCHEDULING_LINKS.some((re) => re.test(where));
}

/** The applications, indexed once for matching many events (archived ones left out). */
export interface ApplicationIndex {
  byAddress: ReadonlyMap<string, readonly string[]>;
  byDomain: ReadonlyMap<string, readonly string[]>;
  names: readonly { id: string; key: string }[];
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

export function indexApplications(applications: readonly Application[]): ApplicationIndex {
  const byAddress = new Map<string, string[]>();
  const byDomain = new Map<string, string[]>();
  const names: { id: string; key: string }[] = [];
  for (const app of applications) {
    if (app.archived) continue;
    for (const c of app.contacts) if (c.email !== '') add(byAddress, c.email.toLowerCase(), app.id);
    for (const d of companyDomains(app, CALENDAR_SERVICE_DOMAINS)) add(byDomain, d, app.id);
    const key = companyKey(app.company);
    if (key) names.push({ id: app.id, key });
  }
  return { byAddress, byDomain, names };
}

/**
 * The first row of the table: an event not considered at all (cancelled, or ended before the
 * recent past), else null. `recentPastIso` (the start of the recent past as an ISO instant) lets a
 * caller checking thousands of events compare text: ISO instants in one form sort as they occur.
 */
export function notConsidered(event: CalendarEvent, nowMs: number, recentPastIso?: string): EventMatch | null {
  if (event.status === 'cancelled') return { kind: 'not-considered', reason: 'cancelled' };
  const ended = recentPastIso !== undefined && event.endsAt.length === recentPastIso.length && event.endsAt.endsWith('Z') ? event.endsAt < recentPastIso : Date.parse(event.endsAt) < nowMs - RECENT_PAST_DAYS * MS_PER_DAY;
  if (ended) return { kind: 'not-considered', reason: 'past' };
  return null;
}

/** The start of the recent past, as `notConsidered` compares it. */
export function recentPastStart(nowMs: number): string {
  return new Date(nowMs - RECENT_PAST_DAYS * MS_PER_DAY).toISOString();
}

export function matchEvent(event: CalendarEvent, applications: readonly Application[] | ApplicationIndex, nowMs: number): EventMatch {
  const skipped = notConsidered(event, nowMs);
  if (skipped) return skipped;
  const index = Array.isArray(applications) ? indexApplications(applications) : (applications as ApplicationIndex);
  const people = [event.organizer, ...event.attendees].filter((p) => p !== null).map((p) => p.email.toLowerCase());
  const decide = (via: EventMatchVia, ids: Iterable<string>): EventMatch | null => {
    const unique = [...new Set(ids)].sort();
    return unique.length > 0 ? { kind: 'match', via, applicationIds: unique } : null;
  };
  const byContact = decide(
    'contact',
    people.flatMap((p) => index.byAddress.get(p) ?? []),
  );
  if (byContact) return byContact;
  const byDomain = decide(
    'domain',
    people.flatMap((p) => index.byDomain.get(domainOf(p)) ?? []),
  );
  if (byDomain) return byDomain;
  const title = textWords(event.summary);
  const byTitle = decide(
    'title',
    index.names.filter((n) => title.includes(n.key)).map((n) => n.id),
  );
  if (byTitle) return byTitle;
  if (viaSchedulingService(event)) {
    const description = textWords(event.description);
    const byService = decide(
      'scheduling',
      index.names.filter((n) => description.includes(n.key)).map((n) => n.id),
    );
    if (byService) return byService;
  }
  return { kind: 'none' };
}
