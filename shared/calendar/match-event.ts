import type { Application } from '../domain';
import { MS_PER_DAY } from '../followup/zoned-time';
import type { CalendarEvent } from './calendar-event';
import { companyDomains, domainOf, isSchedulingDomain, namesCompany } from './company-signals';

/**
 * Which application a calendar event is an interview for. Strongest rule first; the strongest
 * rule that matches decides; two applications at that level → the user chooses.
 *
 * | rule          | an event matches an application when…                                                 |
 * |---------------|-----------------------------------------------------------------------------------------|
 * | not considered| cancelled; all-day; ended more than 14 days ago; archived applications never match       |
 * | `contact`     | the organizer or an attendee is one of its contacts (address, any case)                 |
 * | `domain`      | the organizer's or an attendee's domain is the company's (contacts' or job link's;      |
 * |               | scheduling services and free mail never count)                                          |
 * | `title`       | the title names the company (whole words, "Inc."/"GmbH" optional)                       |
 * | `scheduling`  | booked through a scheduling service (Calendly, GoodTime, Greenhouse, Lever, Ashby,      |
 * |               | Google appointment pages, Microsoft Bookings — in the organizer, URL, location or       |
 * |               | description) and the description names the company                                     |
 */
export type EventMatchVia = 'contact' | 'domain' | 'title' | 'scheduling';

export type EventMatch =
  | { kind: 'not-considered'; reason: 'cancelled' | 'all-day' | 'past' }
  | { kind: 'none' }
  | { kind: 'match'; via: EventMatchVia; applicationIds: string[] };

/** Events that ended longer ago than this are not offered. */
export const RECENT_DAYS = 14;

const SCHEDULING_LINKS = [
  /\bcalendly\.com\//i,
  /\bgoodtime\.io\b/i,
  /\b(app\.)?greenhouse\.io\/(scheduling|interview)/i,
  /\bgreenhouse\.io\b/i,
  /\b(jobs|hire)\.lever\.co\b/i,
  /\bashbyhq\.com\b/i,
  /\bcalendar\.google\.com\/calendar\/(u\/\d+\/)?appointments\b/i,
  /\bcalendar\.app\.google\//i,
  /\boutlook\.office(365)?\.com\/(owa\/calendar\/.*\/bookings|book)\b/i,
  /\bbookings\.cloud\.microsoft\b/i,
];

function viaSchedulingService(event: CalendarEvent): boolean {
  if (event.organizer && isSchedulingDomain(domainOf(event.organizer.email))) return true;
  const where = `${event.url}\n${event.location}\n${event.description}`;
  return SCHEDULING_LINKS.some((re) => re.test(where));
}

export function matchEvent(event: CalendarEvent, applications: readonly Application[], nowMs: number): EventMatch {
  if (event.status === 'cancelled') return { kind: 'not-considered', reason: 'cancelled' };
  if (event.allDay) return { kind: 'not-considered', reason: 'all-day' };
  if (Date.parse(event.endsAt) < nowMs - RECENT_DAYS * MS_PER_DAY) return { kind: 'not-considered', reason: 'past' };
  const apps = applications.filter((a) => !a.archived);
  const people = [event.organizer, ...event.attendees].filter((p) => p !== null).map((p) => p.email.toLowerCase());
  const decide = (via: EventMatchVia, hits: readonly Application[]): EventMatch | null =>
    hits.length > 0 ? { kind: 'match', via, applicationIds: [...new Set(hits.map((a) => a.id))].sort() } : null;

  const byContact = decide('contact', apps.filter((a) => a.contacts.some((c) => c.email !== '' && people.includes(c.email.toLowerCase()))));
  if (byContact) return byContact;
  const peopleDomains = new Set(people.map(domainOf));
  const byDomain = decide('domain', apps.filter((a) => [...companyDomains(a)].some((d) => peopleDomains.has(d))));
  if (byDomain) return byDomain;
  const byTitle = decide('title', apps.filter((a) => namesCompany(event.summary, a.company)));
  if (byTitle) return byTitle;
  if (viaSchedulingService(event)) {
    const byService = decide('scheduling', apps.filter((a) => namesCompany(event.description, a.company)));
    if (byService) return byService;
  }
  return { kind: 'none' };
}
