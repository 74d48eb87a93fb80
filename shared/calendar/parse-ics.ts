import ICAL from 'ical.js';
import type { CalendarEvent } from './calendar-event';
import { CalendarReader, describeError, FILE_EXPAND_MS, type FileBudget } from './calendar-reader';
import { splitIcs } from './ics-lines';

/**
 * ICS text → occurrences with instants and IANA zones (calendar-event.ts). The rules:
 *
 * | Input                                     | Result                                                        |
 * | ----------------------------------------- | ------------------------------------------------------------- |
 * | longer than `maxChars`                    | error `too-large`, before any parsing                         |
 * | starts with `<` (a login page)            | error `html`                                                  |
 * | not starting with BEGIN:VCALENDAR         | error `not-a-calendar`                                        |
 * | lines out of form                         | the lenient pre-pass (ics-lines.ts) first                     |
 * | BEGIN/END unbalanced, or the calendar's own properties unreadable | error `broken`        |
 * | one event unreadable                      | that event skipped, a problem named; the others read          |
 * | TZID = IANA / Windows / prefixed IANA     | that zone, converted by zoned-time.ts (the recurrence engine's)|
 * | TZID unknown but a VTIMEZONE defines it   | the VTIMEZONE's offsets; zone = calendar's zone if it agrees  |
 * | TZID never defined                        | read in X-WR-TIMEZONE, else the user's zone; `unknownZone` set, a problem named |
 * | UTC time ("Z")                            | that instant; zone = X-WR-TIMEZONE or the user's              |
 * | floating time / all-day date              | wall time in the user's zone (`floating` / `allDay`)          |
 * | RRULE (+RDATE, −EXDATE)                   | occurrences in [windowStart, windowEnd]: at most `maxSteps` repeats stepped and `maxOccurrencesPerEvent` kept per event; time limits per step, event and file (calendar-reader.ts) |
 * | the whole file                            | at most `maxOccurrences` occurrences and `maxFileSteps` repeats; past that the rest is left out and the user told |
 * | RECURRENCE-ID                             | replaces that occurrence (its own time, status, sequence)     |
 * | STATUS:CANCELLED or METHOD:CANCEL         | status `cancelled`                                            |
 * | X-ALT-DESC;FMTTYPE=text/html              | its text is the description when DESCRIPTION is empty; a video link in it is `conferenceUrl` |
 * | X-MICROSOFT-SKYPETEAMSMEETINGURL, CONFERENCE | `conferenceUrl`                                            |
 *
 * `readIcs` yields between events and every few repeats: `parseIcs` runs it at once; the core
 * runs it in slices so no other call waits long (electron/core/calendar/parse-in-slices.ts).
 */
export type IcsErrorCode = 'too-large' | 'html' | 'not-a-calendar' | 'broken';

export interface IcsOptions {
  /** The user's zone: floating and all-day times are read in it. */
  fallbackZone: string;
  windowStartMs: number;
  windowEndMs: number;
  maxChars?: number;
  /** Repeats of one RRULE stepped through before giving up on it (an endless or sparse rule cannot hang us). */
  maxSteps?: number;
  maxOccurrencesPerEvent?: number;
  maxOccurrences?: number;
  maxFileSteps?: number;
  /** A clock in ms for the reader's time limits (calendar-reader.ts); Date.now unless given. */
  clock?: () => number;
}

export type IcsResult = { ok: true; events: CalendarEvent[]; problems: string[]; method: string | null } | { ok: false; code: IcsErrorCode; message: string };

export const DEFAULT_MAX_ICS_CHARS = 20 * 1024 * 1024;
export const DEFAULT_MAX_RRULE_STEPS = 5000;
/** A daily series over the whole window (14 days back, a year ahead) fits. */
export const DEFAULT_MAX_OCCURRENCES_PER_EVENT = 400;
export const DEFAULT_MAX_OCCURRENCES = 10_000;
export const DEFAULT_MAX_FILE_STEPS = 100_000;

const ERROR_TEXT: Record<IcsErrorCode, string> = {
  'too-large': 'The calendar is larger than Hearback reads',
  html: 'The address answered with a web page (a sign-in page?), not a calendar',
  'not-a-calendar': 'This is not a calendar (no BEGIN:VCALENDAR)',
  broken: 'The calendar file is damaged and could not be read',
};

export function icsErrorText(code: IcsErrorCode): string {
  return ERROR_TEXT[code];
}

/** Reads the whole text at once (tests, small texts). */
export function parseIcs(text: string, options: IcsOptions): IcsResult {
  const reading = readIcs(text, options);
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
  }
}

/** The same reading, pausing (`yield`) between events and every few repeats. Never throws. */
export function* readIcs(text: string, options: IcsOptions): Generator<void, IcsResult, void> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_ICS_CHARS;
  if (text.length > maxChars) return failure('too-large');
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('<')) return failure('html');
  if (!/^BEGIN:VCALENDAR/i.test(body)) return failure('not-a-calendar');
  yield;
  const split = yield* splitIcs(body);
  if (!split) return failure('broken');
  const events: CalendarEvent[] = [];
  const problems: string[] = [];
  const maxOccurrences = options.maxOccurrences ?? DEFAULT_MAX_OCCURRENCES;
  const budget: FileBudget = { occurrencesLeft: maxOccurrences, stepsLeft: options.maxFileSteps ?? DEFAULT_MAX_FILE_STEPS, expandMsLeft: FILE_EXPAND_MS, cut: false };
  const limits = {
    windowStartMs: options.windowStartMs,
    windowEndMs: options.windowEndMs,
    fallbackZone: options.fallbackZone,
    maxStepsPerEvent: options.maxSteps ?? DEFAULT_MAX_RRULE_STEPS,
    maxOccurrencesPerEvent: options.maxOccurrencesPerEvent ?? DEFAULT_MAX_OCCURRENCES_PER_EVENT,
    clock: options.clock ?? Date.now,
  };
  let method: string | null = null;
  for (const block of split.calendars) {
    yield;
    let calendar: ICAL.Component;
    try {
      calendar = new ICAL.Component(ICAL.parse(block.header) as never);
    } catch (error) {
      return { ok: false, code: 'broken', message: `${ERROR_TEXT.broken}: ${describeError(error)}` };
    }
    if (calendar.name !== 'vcalendar') return failure('not-a-calendar');
    try {
      const reader = new CalendarReader(calendar, limits, budget, problems);
      method = method ?? reader.method;
      yield* reader.read(block.events, events);
    } catch (error) {
      return { ok: false, code: 'broken', message: `${ERROR_TEXT.broken}: ${describeError(error)}` };
    }
  }
  if (budget.cut) problems.unshift(`This calendar holds more than ${maxOccurrences.toLocaleString('en-US')} events in the coming year: Hearback read the first ${maxOccurrences.toLocaleString('en-US')} and left the rest out`);
  if (split.repaired > 0) problems.push(`${split.repaired} line${split.repaired === 1 ? ' was' : 's were'} out of form and read leniently`);
  return { ok: true, events, problems, method };
}

function failure(code: IcsErrorCode): IcsResult {
  return { ok: false, code, message: ERROR_TEXT[code] };
}
