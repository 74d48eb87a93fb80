import type { SourceProblem } from '../../../shared/contract/methods/calendar';
import type { CalendarEvent } from '../../../shared/calendar/calendar-event';
import type { IcsResult } from '../../../shared/calendar/parse-ics';
import type { ServiceContext } from '../service/context';
import type { DurableLocalStateEngine } from '../data-folder/local-state-engine';
import type { CalDavAccount, CalDavConnection, CalDavRead, CalDavSnapshot } from './caldav';
import type { StoredSource } from './calendar-file';
import type { NetworkReach, Resolver } from '../net/address-rule';
import type { FeedFetch, FeedValidators } from './fetch-feed';

/**
 * What a calendar source is while the core runs — its ports, its runtime state, one check's
 * result in one shape for feeds and CalDAV — apart from how the sources are managed
 * (calendar-sources.ts) and how one is checked (source-check.ts).
 */
export interface SourcePorts {
  ctx: ServiceContext;
  dataDir: string;
  /** The engine that keeps `calendar.json` (electron-store in the desktop app; default conf). */
  localStateEngine?: DurableLocalStateEngine;
  log: { warn(message: string, meta?: Record<string, unknown>): void };
  /** Runs `fn` in the core's call queue (one change at a time), then announces store changes. */
  run: <T>(fn: () => T) => Promise<T>;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  fetch?: (url: string, validators: FeedValidators, reach: NetworkReach) => Promise<FeedFetch>;
  /** How CalDAV accounts are reached (tests shorten the timeout). */
  connectCalDav?: (account: CalDavAccount, reach: NetworkReach) => CalDavConnection;
  /** How server names are resolved when a source is added (tests resolve names to 127.0.0.1). */
  resolve?: Resolver;
  pollMs?: number;
}

/** What one check of a source brought: the same for a feed (one text) and a CalDAV calendar (one text per event). */
export type SourceRead =
  { kind: 'unchanged'; calDav: CalDavSnapshot | null } | { kind: 'changed'; texts: ReadonlyMap<string, string>; validators: FeedValidators; calDav: CalDavSnapshot | null } | { kind: 'failed'; problem: SourceProblem; status: number | null };

export interface SourceRuntime {
  id: string;
  kind: 'feed' | 'caldav' | 'file';
  stored: StoredSource | null;
  /** CalDAV: the calendar as last read (change markers and every event's text). */
  calDav: CalDavSnapshot | null;
  /** Each text's parse, so a changed calendar parses only its changed events. */
  parsed: Map<string, ParsedText>;
  /** A dropped file's text (kept in memory too, so a second drop is compared without reading every file). */
  droppedText: string | null;
  name: string;
  events: CalendarEvent[];
  /** The iTIP method the text declared (REQUEST for an invitation), if any. */
  method: string | null;
  validators: FeedValidators;
  problem: SourceProblem | null;
  message: string | null;
  checkedAt: string | null;
  /** The last read succeeded: an event missing from it was deleted. */
  complete: boolean;
  warnings: string[];
  inFlight: Promise<void> | null;
}

/** One text's parse and the window and zone it was made for. */
export interface ParsedText {
  text: string;
  windowDay: number;
  zone: string;
  result: IcsResult;
}
export type ParsedTexts = ReadonlyMap<string, ParsedText>;

/** What a source tells the rest: it was read (its events may have changed), or anything shown changed. */
export interface SourceEvents {
  read(source: SourceRuntime): void;
  changed(): void;
}

export function feedRead(result: FeedFetch): SourceRead {
  if (result.kind === 'changed') return { kind: 'changed', texts: new Map([['feed', result.text]]), validators: result.validators, calDav: null };
  return result.kind === 'unchanged' ? { kind: 'unchanged', calDav: null } : result;
}

export function calDavRead(result: CalDavRead): SourceRead {
  if (result.kind === 'changed') return { kind: 'changed', texts: new Map([...result.snapshot.items].map(([url, item]) => [url, item.text])), validators: { etag: null, lastModified: null }, calDav: result.snapshot };
  return result.kind === 'unchanged' ? { kind: 'unchanged', calDav: result.snapshot } : result;
}
