import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { IdSchema, InstantSchema } from '../../../shared/domain';
import { LocalStateFile } from '../data-folder/local-state';
import type { DurableLocalStateEngine } from '../data-folder/local-state-engine';
import { mkdirDurable, writeFileDurable } from '../store/durable-fs';

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

/**
 * `calendar.json` is this computer's state (local-state.ts: conf with this schema, written
 * durably); a damaged one is kept aside with a notice, never overwritten silently.
 */
export function openCalendarFile(dataDir: string, engine?: DurableLocalStateEngine): LocalStateFile<typeof CalendarFileSchema> {
  return new LocalStateFile({ dir: dataDir, name: CALENDAR_FILE.replace(/\.json$/, ''), schema: CalendarFileSchema, empty: emptyCalendarFile, ...(engine ? { engine } : {}) });
}

/** `calendar.json` as the calendar works with it: read once, written whole on every change, each change announced. */
export class CalendarRecord {
  private readonly stored: LocalStateFile<typeof CalendarFileSchema>;
  /** Said once to the user when the file was damaged (kept aside). */
  readonly problem: string | null;

  constructor(
    dataDir: string,
    private readonly onSaved: () => void,
    log: { warn(message: string): void },
    engine?: DurableLocalStateEngine,
  ) {
    this.stored = openCalendarFile(dataDir, engine);
    this.problem = this.stored.problem;
    if (this.problem) log.warn('calendar file unreadable');
  }

  get file(): CalendarFile {
    return this.stored.value;
  }

  /** Written first: when the disk refuses, nothing changes in memory either. */
  save(next: CalendarFile): void {
    this.stored.save(next);
    this.onSaved();
  }
}

const FILES_FOLDER = 'calendar-files';
const droppedPath = (dataDir: string, id: string) => join(dataDir, FILES_FOLDER, `${id}.ics`);

/** Keeps a dropped file's text (durably, 0600) under its source id. */
export function writeDroppedFile(dataDir: string, id: string, text: string): void {
  mkdirDurable(join(dataDir, FILES_FOLDER));
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
