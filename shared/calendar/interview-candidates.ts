import type { CalendarEvent } from './calendar-event';
import type { EventMatch } from './match-event';
import { domainOf, isHiringSystem, textWords } from '../company/company-signals';
import { SCHEDULING_LINKS } from './scheduling-links';

/**
 * Which events Today offers, so a whole personal calendar gives its interviews, not its contents.
 *
 * | event                                                        | offered?                                        |
 * | ------------------------------------------------------------ | ----------------------------------------------- |
 * | decided ("not an interview" on it or on its series; an interview made from it or from another of its series) | no |
 * | cancelled, or ended before the recent past (RECENT_PAST_DAYS) | no (match-event.ts)                            |
 * | matches an application, or was dropped on one                | yes, **matched**: listed first, never cut       |
 * | looks like an interview (`looksLikeInterview`)               | yes, to choose the application; at most 50      |
 * | in a dropped invitation (METHOD:REQUEST, or a file of one event or series) | yes, to choose: the user dropped it to be asked |
 * | anything else (a gym series, a dentist, a whole export)      | no                                              |
 * | one of a repeating series                                    | the series once: its next occurrence (else its latest) |
 *
 * Within each group, by start time.
 */
export const MAX_UNMATCHED_CANDIDATES = 50;
/** A dropped file is an invitation (all of it offered) when it says so (RFC 5546 METHOD:REQUEST) or holds one event or series. */
export function isInvitation(method: string | null, uids: number): boolean {
  return method === 'REQUEST' || uids === 1;
}

/**
 * Title words that say "interview", whole words, accents folded:
 *
 * | language | words                                                                                   |
 * | -------- | --------------------------------------------------------------------------------------- |
 * | EN       | interview, phone screen, screening call, recruiter call/chat, hiring manager, onsite, technical/final round, panel interview, take-home review, meet the team |
 * | DE       | Vorstellungsgespräch, Bewerbungsgespräch, Kennenlerngespräch, Telefoninterview, Auswahlgespräch, Interview |
 * | FR       | entretien, entrevue                                                                     |
 * | ES       | entrevista                                                                              |
 *
 * Also: the organizer or an attendee at a hiring or scheduling service (Greenhouse, Lever, Ashby,
 * GoodTime, Calendly…), or a scheduling-service link in the URL, location or description.
 */
const INTERVIEW_WORDS = [
  'interview',
  'interviews',
  'phone screen',
  'screening call',
  'screening interview',
  'recruiter call',
  'recruiter chat',
  'recruiter screen',
  'hiring manager',
  'onsite',
  'on site interview',
  'technical round',
  'final round',
  'panel interview',
  'take home review',
  'meet the team',
  'coding interview',
  'system design interview',
  'vorstellungsgesprach',
  'bewerbungsgesprach',
  'kennenlerngesprach',
  'telefoninterview',
  'auswahlgesprach',
  'entretien',
  'entrevue',
  'entrevista',
].map((w) => ` ${w} `);

export function looksLikeInterview(event: CalendarEvent): boolean {
  const title = textWords(event.summary);
  if (INTERVIEW_WORDS.some((w) => title.includes(w))) return true;
  if ([event.organizer, ...event.attendees].some((p) => p !== null && isHiringSystem(domainOf(p.email)))) return true;
  const where = `${event.url}\n${event.location}\n${event.description}`;
  return SCHEDULING_LINKS.some((re) => re.test(where));
}

export interface CandidateInput {
  event: CalendarEvent;
  match: EventMatch;
  /** The application a dropped file was dropped on (still there), else null. */
  droppedOn: string | null;
  /** From a dropped file that is an invitation (`isInvitation`). */
  invitation: boolean;
  /** `looksLikeInterview(event)`, when the caller already knows it (the occurrences of a series share it). */
  looksLikeInterview?: boolean;
}

export interface Offer {
  input: CandidateInput;
  matched: boolean;
  /** One of a repeating series: the decision covers them all. */
  repeats: boolean;
}

/** The offers from undecided events (rules above). `nowMs` picks each series' next occurrence. */
export function pickCandidates(inputs: Iterable<CandidateInput>, nowMs: number): Offer[] {
  const bySeries = new Map<string, CandidateInput>();
  const series = new Set<string>();
  for (const input of inputs) {
    const { event, match } = input;
    if (match.kind === 'not-considered') continue;
    const offered = match.kind === 'match' || input.droppedOn !== null || input.invitation || (input.looksLikeInterview ?? looksLikeInterview(event));
    if (!offered) continue;
    const seriesKey = event.recurrenceId === null ? event.key : `${event.uid}#series`;
    if (event.recurrenceId !== null) series.add(seriesKey);
    const held = bySeries.get(seriesKey);
    if (!held || better(event, held.event, nowMs)) bySeries.set(seriesKey, input);
  }
  const matched: Offer[] = [];
  const others: Offer[] = [];
  for (const [seriesKey, input] of bySeries) {
    const isMatched = input.match.kind === 'match' || input.droppedOn !== null;
    (isMatched ? matched : others).push({ input, matched: isMatched, repeats: series.has(seriesKey) });
  }
  const byStart = (a: Offer, b: Offer) => a.input.event.startsAt.localeCompare(b.input.event.startsAt) || a.input.event.key.localeCompare(b.input.event.key);
  return [...matched.sort(byStart), ...others.sort(byStart).slice(0, MAX_UNMATCHED_CANDIDATES)];
}

/** Of two occurrences of a series, the next one not yet ended wins; if none is ahead, the latest. */
function better(candidate: CalendarEvent, held: CalendarEvent, nowMs: number): boolean {
  const ahead = (e: CalendarEvent) => Date.parse(e.endsAt) >= nowMs;
  if (ahead(candidate) !== ahead(held)) return ahead(candidate);
  return ahead(candidate) ? candidate.startsAt < held.startsAt : candidate.startsAt > held.startsAt;
}
