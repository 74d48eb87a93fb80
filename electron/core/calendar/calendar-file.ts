import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { IdSchema, InstantSchema } from '../../../shared/domain';
import { writeFileDurable } from '../store/durable-fs';

/**
 * What the calendar remembers across restarts, in `calendar.json` beside the store: the sources
 * (never their addresses — those are secrets) and the user's decision per event (by UID, plus the
 * occurrence for one of a series). Events themselves are fetched again.
 */
/** 'own-network': the user said the server is on their own network (loopback and private addresses allowed); absent in older files = public. */
const ReachSchema = z.enum(['public', 'own-network']).optional();
const FeedSourceSchema = z.object({ id: IdSchema, kind: z.literal('feed'), name: z.string().max(200), addedAt: InstantSchema, reach: ReachSchema }).strict();
/** One calendar of a CalDAV account (the password is a secret, kept under the source's id). */
const CalDavSourceSchema = z
  .object({ id: IdSchema, kind: z.literal('caldav'), name: z.string().max(200), addedAt: InstantSchema, serverUrl: z.string().max(2048), username: z.string().max(320), calendarUrl: z.string().max(2048), reach: ReachSchema })
  .strict();
export type CalDavSource = z.infer<typeof CalDavSourceSchema>;
/**
 * A dropped invitation file, kept until the user removes it (its text in `calendar-files/<id>.ics`),
 * with the application it was dropped on, if any.
 */
const FileSourceSchema = z.object({ id: IdSchema, kind: z.literal('file'), name: z.string().max(200), addedAt: InstantSchema, applicationId: IdSchema.nullable() }).strict();
export type FileSource = z.infer<typeof FileSourceSchema>;
const SourceSchema = z.discriminatedUnion('kind', [FeedSourceSchema, CalDavSourceSchema, FileSourceSchema]);
export type StoredSource = z.infer<typeof SourceSchema>;

const DecisionSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('confirmed'),
      interviewId: IdSchema,
      applicationId: IdSchema,
      sourceId: IdSchema,
      startsAt: InstantSchema,
      endsAt: InstantSchema,
      sequence: z.number().int().min(0),
      /** The event went away and the user answered: nothing more to ask. */
      cancellationResolved: z.boolean(),
    })
    .strict(),
  z.object({ kind: z.literal('dismissed') }).strict(),
]);
export type Decision = z.infer<typeof DecisionSchema>;

const CalendarFileSchema = z
  .object({
    version: z.literal(1),
    /** At most 50 calendars and 50 dropped files. */
    sources: z.array(SourceSchema).max(100),
    decisions: z.record(z.string().max(1200), DecisionSchema),
  })
  .strict();
export type CalendarFile = z.infer<typeof CalendarFileSchema>;

export const CALENDAR_FILE = 'calendar.json';

export function emptyCalendarFile(): CalendarFile {
  return { version: 1, sources: [], decisions: {} };
}

/** The file, or an empty one when there is none; a damaged file is reported, never overwritten silently. */
export function readCalendarFile(dataDir: string): { file: CalendarFile; problem: string | null } {
  const path = join(dataDir, CALENDAR_FILE);
  if (!existsSync(path)) return { file: emptyCalendarFile(), problem: null };
  try {
    return { file: CalendarFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))), problem: null };
  } catch {
    // Kept aside, never overwritten: the user (or support) can still read what it held.
    const aside = `${path}.damaged-${Date.now()}`;
    try {
      renameSync(path, aside);
    } catch {
      // Unmovable (a read-only folder): it stays where it is and is not written over, as writes fail too.
    }
    return { file: emptyCalendarFile(), problem: 'The calendar settings file could not be read; it was kept aside and calendars start empty.' };
  }
}

export function writeCalendarFile(dataDir: string, file: CalendarFile): void {
  writeFileDurable(join(dataDir, CALENDAR_FILE), JSON.stringify(CalendarFileSchema.parse(file)));
}

/** `calendar.json` as the calendar works with it: read once, written whole on every change, each change announced. */
export class CalendarRecord {
  private current: CalendarFile;

  constructor(
    private readonly dataDir: string,
    private readonly onSaved: () => void,
    log: { warn(message: string): void },
  ) {
    const { file, problem } = readCalendarFile(dataDir);
    this.current = file;
    if (problem) log.warn('calendar file unreadable');
  }

  get file(): CalendarFile {
    return this.current;
  }

  /** Written first: when the disk refuses, nothing changes in memory either. */
  save(next: CalendarFile): void {
    writeCalendarFile(this.dataDir, next);
    this.current = next;
    this.onSaved();
  }
}

const FILES_FOLDER = 'calendar-files';
const droppedPath = (dataDir: string, id: string) => join(dataDir, FILES_FOLDER, `${id}.ics`);

/** Keeps a dropped file's text (durably, 0600) under its source id. */
export function writeDroppedFile(dataDir: string, id: string, text: string): void {
  mkdirSync(join(dataDir, FILES_FOLDER), { recursive: true, mode: 0o700 });
  writeFileDurable(droppedPath(dataDir, id), text);
}

/** A dropped file's text, or null when it is gone or unreadable. */
export function readDroppedFile(dataDir: string, id: string): string | null {
  try {
    return readFileSync(droppedPath(dataDir, id), 'utf8');
  } catch {
    return null;
  }
}

export function removeDroppedFile(dataDir: string, id: string): void {
  rmSync(droppedPath(dataDir, id), { force: true });
}
