/**
 * ICS text → its calendars, each split into a header (properties, VTIMEZONEs, anything not an
 * event) and one text per VEVENT, so events are parsed one at a time (a reader can pause between
 * them, and one damaged event does not lose the others). The lenient pre-pass, line by line:
 *
 * | line as written                                          | read as                                   |
 * | -------------------------------------------------------- | ----------------------------------------- |
 * | CRLF, LF or CR endings                                    | the same line                             |
 * | empty (a blank line, also inside a folded value)          | dropped: RFC 5545 content lines are never empty, so the fold after it joins the line before |
 * | starts with a space or tab                                | a folded continuation (unfolded: RFC 5545 §3.1) |
 * | `SUMMARY=…` (a known property, `=` before any `:` or `;`) | `SUMMARY:…`                               |
 * | no `:` at all, after a text property (DESCRIPTION, …)     | a line break inside that text (its fold was lost) |
 * | no `:` at all, anywhere else                              | dropped, and counted                      |
 * | anything after END:VCALENDAR                              | dropped, and counted                      |
 * | BEGIN/END not balanced                                    | the file is damaged (`null`)              |
 */
export interface IcsBlock {
  /** The calendar without its events: BEGIN:VCALENDAR … END:VCALENDAR. */
  header: string;
  events: string[];
}

export interface IcsSplit {
  calendars: IcsBlock[];
  /** Lines that were repaired or dropped by the pre-pass. */
  repaired: number;
}

const KNOWN_PROPERTIES = new Set([
  'summary',
  'description',
  'location',
  'dtstart',
  'dtend',
  'duration',
  'uid',
  'organizer',
  'attendee',
  'status',
  'sequence',
  'rrule',
  'rdate',
  'exdate',
  'recurrence-id',
  'url',
  'dtstamp',
  'method',
  'prodid',
  'version',
  'tzid',
  'class',
  'transp',
  'categories',
]);
const TEXT_PROPERTY = /^(summary|description|location|comment|x-alt-desc)[;:]/i;
const NAME = /^[A-Za-z0-9-]+/;

/** Lines between two pauses while splitting a large text. */
const LINES_PER_SLICE = 4000;

/** The physical lines of a text, any line ending, read lazily (a 20 MB text is never split at once). */
function* physicalLines(text: string): Generator<string, void, void> {
  let at = 0;
  while (at < text.length) {
    const lf = text.indexOf('\n', at);
    const cr = text.indexOf('\r', at);
    const end = lf < 0 ? (cr < 0 ? text.length : cr) : cr < 0 ? lf : Math.min(lf, cr);
    yield text.slice(at, end);
    at = end + (text.startsWith('\r\n', end) ? 2 : 1);
  }
}

/** The logical (unfolded) lines of a calendar text after the pre-pass, and how many were repaired. */
function* lenientLines(text: string): Generator<void, { lines: string[]; repaired: number }, void> {
  const lines: string[] = [];
  let repaired = 0;
  let count = 0;
  for (const raw of physicalLines(text)) {
    if (++count % LINES_PER_SLICE === 0) yield;
    if (raw.trim() === '') continue;
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && lines.length > 0) {
      lines[lines.length - 1] += raw.slice(1);
      continue;
    }
    lines.push(raw);
  }
  const out: string[] = [];
  for (const line of lines) {
    if (++count % LINES_PER_SLICE === 0) yield;
    const name = NAME.exec(line)?.[0] ?? '';
    if (line.charAt(name.length) === '=' && KNOWN_PROPERTIES.has(name.toLowerCase())) {
      out.push(`${name}:${line.slice(name.length + 1)}`);
      repaired++;
    } else if (!line.includes(':')) {
      repaired++;
      const previous = out.length - 1;
      if (previous >= 0 && TEXT_PROPERTY.test(out[previous]!)) out[previous] += `\\n${line}`;
    } else {
      out.push(line);
    }
  }
  return { lines: out, repaired };
}

/** Splits the text into calendars and events; null when BEGIN and END do not pair up. Pauses (`yield`) every few thousand lines. */
export function* splitIcs(text: string): Generator<void, IcsSplit | null, void> {
  const pass = yield* lenientLines(text);
  let repaired = pass.repaired;
  const calendars: IcsBlock[] = [];
  const stack: string[] = [];
  let header: string[] = [];
  let event: string[] | null = null;
  let events: string[] = [];
  let count = 0;
  for (const line of pass.lines) {
    if (++count % LINES_PER_SLICE === 0) yield;
    const begin = /^BEGIN:(\S+)\s*$/i.exec(line);
    const end = /^END:(\S+)\s*$/i.exec(line);
    if (begin) {
      const name = begin[1]!.toUpperCase();
      if (stack.length === 0 && name !== 'VCALENDAR') return null;
      stack.push(name);
      if (name === 'VEVENT' && stack.length === 2) event = [];
    } else if (end) {
      const name = end[1]!.toUpperCase();
      if (stack.pop() !== name) return null;
      if (name === 'VEVENT' && stack.length === 1 && event) {
        event.push(line);
        events.push(event.join('\r\n'));
        event = null;
        continue;
      }
      if (stack.length === 0) {
        header.push(line);
        calendars.push({ header: header.join('\r\n'), events });
        header = [];
        events = [];
        continue;
      }
    } else if (stack.length === 0) {
      // Text after the calendar's end (a mail footer): not the calendar's.
      repaired++;
      continue;
    }
    if (event) event.push(line);
    else header.push(line);
  }
  if (stack.length > 0 || calendars.length === 0) return null;
  return { calendars, repaired };
}
