import { closeSync, copyFileSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { HistoryEventSchema, type HistoryEvent } from '../../../shared/domain';
import { appendDurable, fsyncDirectory, writeFileDurable } from './durable-fs';
import { checkedJson, decodeJournalLine, encodeJournalLine } from './journal-line';

/**
 * The append-only history, split in shards of at most `SHARD_EVENTS` action lines
 * (`history/000001.jsonl`, …). Appending touches only the open shard, so a change costs the same
 * with 2,000 or 200,000 events behind it. Sealed shards are summarised in `history/index.json`
 * (seq and time range, applications present) so queries skip shards that cannot match.
 *
 * The journal is also the store's write-ahead log: the snapshot records the last seq it contains,
 * and opening replays what came after.
 */

export const SHARD_EVENTS = 5000;
const SHARD_NAME = /^(\d{6})\.jsonl$/;

const ShardSummarySchema = z
  .object({
    file: z.string(),
    firstSeq: z.number().int(),
    lastSeq: z.number().int(),
    firstAt: z.string(),
    lastAt: z.string(),
  })
  .strict();
type ShardSummary = z.infer<typeof ShardSummarySchema>;
const IndexSchema = z.object({ version: z.literal(2), shards: z.array(ShardSummarySchema) }).strict();
const AppsSchema = z.array(z.string());

const ActionLineSchema = z.array(HistoryEventSchema).min(1);

export interface JournalProblem {
  file: string;
  movedTo: string | null;
  message: string;
}

export interface HistoryFilter {
  applicationId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  entities?: readonly string[] | undefined;
  kinds?: readonly string[] | undefined;
}

function matches(event: HistoryEvent, filter: HistoryFilter): boolean {
  if (filter.applicationId !== undefined && event.applicationId !== filter.applicationId) return false;
  if (filter.from !== undefined && event.at < filter.from) return false;
  if (filter.to !== undefined && event.at > filter.to) return false;
  if (filter.entities && !filter.entities.includes(event.entity)) return false;
  if (filter.kinds && !filter.kinds.includes(event.kind)) return false;
  return true;
}

function summarise(file: string, events: readonly HistoryEvent[]): ShardSummary {
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) throw new Error('cannot summarise an empty shard');
  return {
    file,
    firstSeq: first.seq,
    lastSeq: last.seq,
    firstAt: events.reduce((m, e) => (e.at < m ? e.at : m), first.at),
    lastAt: events.reduce((m, e) => (e.at > m ? e.at : m), first.at),
  };
}

/**
 * Which applications a sealed shard mentions, in a file beside it (`000001.apps.json`): read only
 * by queries about one application, so the index itself stays small and opening stays fast.
 */
const appsFileOf = (shardFile: string) => shardFile.replace(/\.jsonl$/, '.apps.json');

function applicationIdsOf(events: readonly HistoryEvent[]): string[] {
  const ids = new Set<string>();
  for (const e of events) if (e.applicationId) ids.add(e.applicationId);
  return [...ids];
}

interface ParsedShard {
  events: HistoryEvent[];
  /** Byte length of the valid prefix. */
  validBytes: number;
  /** A bad line before the end: real corruption, not a torn final write. */
  corruptInMiddle: boolean;
  tornTail: boolean;
}

/** Parses a shard; `validate` runs the full schema (slow), otherwise the checksum is trusted. */
function parseShard(text: string, validate: boolean): ParsedShard {
  const events: HistoryEvent[] = [];
  let offset = 0;
  let validBytes = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end === -1) return { events, validBytes, corruptInMiddle: false, tornTail: true };
    const payload = decodeJournalLine(text.slice(offset, end));
    const parsed = payload === null ? null : validate ? ActionLineSchema.safeParse(payload) : { success: true as const, data: payload as HistoryEvent[] };
    if (!parsed || !parsed.success) {
      const isLast = end === text.length - 1;
      return { events, validBytes, corruptInMiddle: !isLast, tornTail: isLast };
    }
    events.push(...parsed.data);
    validBytes += Buffer.byteLength(text.slice(offset, end + 1), 'utf8');
    offset = end + 1;
  }
  return { events, validBytes, corruptInMiddle: false, tornTail: false };
}

/**
 * Checks every line's checksum without parsing it (the open shard is parsed only when a query
 * needs it, so opening costs a checksum pass, not a JSON parse of up to SHARD_EVENTS events).
 */
function splitShard(text: string): { lines: string[]; validBytes: number; corruptInMiddle: boolean; tornTail: boolean } {
  const lines: string[] = [];
  let offset = 0;
  let validBytes = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end === -1) return { lines, validBytes, corruptInMiddle: false, tornTail: true };
    const json = checkedJson(text.slice(offset, end));
    if (json === null) {
      const isLast = end === text.length - 1;
      return { lines, validBytes, corruptInMiddle: !isLast, tornTail: isLast };
    }
    lines.push(json);
    validBytes += Buffer.byteLength(text.slice(offset, end + 1), 'utf8');
    offset = end + 1;
  }
  return { lines, validBytes, corruptInMiddle: false, tornTail: false };
}

const parseAction = (json: string): HistoryEvent[] => JSON.parse(json) as HistoryEvent[];

export class HistoryJournal {
  private readonly dir: string;
  private shards: ShardSummary[] = [];
  private openFile = '';
  private openFd = -1;
  /** The open shard's action lines (JSON, checksums verified), at most `shardEvents`. */
  private openLines: string[] = [];
  /** Their events, parsed on first need. */
  private openParsed: HistoryEvent[] | null = [];
  /** The last seq in the open shard (0 when it is empty). */
  private openLastSeq = 0;
  private cache: { file: string; events: HistoryEvent[] } | null = null;
  private readonly appsCache = new Map<string, Set<string>>();
  readonly problems: JournalProblem[] = [];

  constructor(
    dataDir: string,
    private readonly shardEvents: number = SHARD_EVENTS,
  ) {
    this.dir = join(dataDir, 'history');
  }

  /** The last seq on disk (0 when empty). */
  get lastSeq(): number {
    return this.openLastSeq || (this.shards[this.shards.length - 1]?.lastSeq ?? 0);
  }

  private openEvents(): HistoryEvent[] {
    this.openParsed ??= this.openLines.flatMap(parseAction);
    return this.openParsed;
  }

  private readOnly = false;

  open(readOnly: boolean, now: () => Date): void {
    this.readOnly = readOnly;
    mkdirSync(this.dir, { recursive: true });
    const files = readdirSync(this.dir)
      .filter((f) => SHARD_NAME.test(f))
      .sort();
    this.shards = this.readIndex(files);
    const openFile = files.find((f) => !this.shards.some((s) => s.file === f)) ?? null;
    if (openFile === null) {
      this.startShard(readOnly);
      return;
    }
    this.openFile = openFile;
    const path = join(this.dir, openFile);
    const parsed = splitShard(readFileSync(path, 'utf8'));
    if (parsed.corruptInMiddle) {
      const movedTo = `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
      if (!readOnly) copyFileSync(path, movedTo);
      this.problems.push({
        file: path,
        movedTo: readOnly ? null : movedTo,
        message: `Part of the history file ${openFile} was damaged; the ${parsed.lines.length} actions before the damage were kept and the damaged file was copied aside.`,
      });
    }
    this.openLines = parsed.lines;
    this.openParsed = null;
    const lastLine = parsed.lines[parsed.lines.length - 1];
    this.openLastSeq = lastLine === undefined ? 0 : (parseAction(lastLine).at(-1)?.seq ?? 0);
    if (readOnly) return;
    this.openFd = openSync(path, 'r+');
    if (parsed.tornTail || parsed.corruptInMiddle) {
      // An unfinished final line was never acknowledged: cut it off so appends start clean.
      ftruncateSync(this.openFd, parsed.validBytes);
    }
    closeSync(this.openFd);
    this.openFd = openSync(path, 'a', 0o600);
  }

  private readIndex(files: string[]): ShardSummary[] {
    const indexPath = join(this.dir, 'index.json');
    if (existsSync(indexPath)) {
      try {
        const index = IndexSchema.parse(JSON.parse(readFileSync(indexPath, 'utf8')));
        if (index.shards.every((s) => files.includes(s.file))) return index.shards;
      } catch {
        // Fall through: rebuild from the shards themselves.
      }
    }
    // Rebuild: every shard but the newest is sealed. Saved, so this happens once.
    const shards = files.slice(0, -1).flatMap((file) => {
      const { events } = parseShard(readFileSync(join(this.dir, file), 'utf8'), false);
      return events.length > 0 ? [summarise(file, events)] : [];
    });
    if (shards.length > 0 && !this.readOnly) {
      try {
        writeFileDurable(indexPath, JSON.stringify({ version: 2, shards }));
      } catch {
        // Not fatal: it is rebuilt again next time.
      }
    }
    return shards;
  }

  private startShard(readOnly: boolean): void {
    const number = this.shards.length === 0 ? 1 : Number(SHARD_NAME.exec(this.shards[this.shards.length - 1]!.file)![1]) + 1;
    this.openFile = `${String(number).padStart(6, '0')}.jsonl`;
    this.openLines = [];
    this.openParsed = [];
    this.openLastSeq = 0;
    if (readOnly) return;
    this.openFd = openSync(join(this.dir, this.openFile), 'a', 0o600);
    fsyncDirectory(this.dir);
  }

  /** Appends one action durably. Returns once its bytes are on disk. */
  append(events: readonly HistoryEvent[]): void {
    if (this.openFd < 0) throw new Error('journal is not open for writing');
    const line = encodeJournalLine(events);
    appendDurable(this.openFd, line);
    this.openLines.push(line.slice(9, -1));
    this.openParsed?.push(...events);
    this.openLastSeq = events[events.length - 1]?.seq ?? this.openLastSeq;
    if (this.openLines.length >= this.shardEvents) this.seal();
  }

  private seal(): void {
    closeSync(this.openFd);
    const events = this.openEvents();
    this.shards.push(summarise(this.openFile, events));
    writeFileDurable(join(this.dir, appsFileOf(this.openFile)), JSON.stringify(applicationIdsOf(events)));
    writeFileDurable(join(this.dir, 'index.json'), JSON.stringify({ version: 2, shards: this.shards }));
    this.startShard(false);
  }

  private shardHas(file: string, applicationId: string): boolean {
    let ids = this.appsCache.get(file);
    if (!ids) {
      const path = join(this.dir, appsFileOf(file));
      let list: string[] | null = null;
      try {
        list = AppsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      } catch {
        // Missing or damaged: derived data, rebuilt from the shard.
        list = applicationIdsOf(this.readShard(file));
        if (!this.readOnly) writeFileDurable(path, JSON.stringify(list));
      }
      ids = new Set(list);
      this.appsCache.set(file, ids);
    }
    return ids.has(applicationId);
  }

  /** Events with seq > `afterSeq`, oldest first (the write-ahead tail). */
  eventsAfter(afterSeq: number): HistoryEvent[] {
    const result: HistoryEvent[] = [];
    for (const shard of this.shards) {
      if (shard.lastSeq <= afterSeq) continue;
      result.push(...this.readShard(shard.file).filter((e) => e.seq > afterSeq));
    }
    // The open shard from its end: usually nothing (the snapshot is recent), never a full parse.
    const tail: HistoryEvent[][] = [];
    for (let i = this.openLines.length - 1; i >= 0; i--) {
      const action = parseAction(this.openLines[i]!);
      if ((action[action.length - 1]?.seq ?? 0) <= afterSeq) break;
      tail.push(action.filter((e) => e.seq > afterSeq));
    }
    result.push(...tail.reverse().flat());
    return result;
  }

  private readShard(file: string): HistoryEvent[] {
    if (this.cache?.file === file) return this.cache.events;
    const events = parseShard(readFileSync(join(this.dir, file), 'utf8'), false).events;
    this.cache = { file, events };
    return events;
  }

  /** Newest first, `limit` events with seq < `beforeSeq`. Skips shards that cannot match. */
  page(filter: HistoryFilter, beforeSeq: number, limit: number): HistoryEvent[] {
    const result: HistoryEvent[] = [];
    const take = (events: readonly HistoryEvent[]) => {
      for (let i = events.length - 1; i >= 0 && result.length < limit; i--) {
        const event = events[i]!;
        if (event.seq < beforeSeq && matches(event, filter)) result.push(event);
      }
    };
    take(this.openEvents());
    for (let i = this.shards.length - 1; i >= 0 && result.length < limit; i--) {
      const shard = this.shards[i]!;
      if (shard.firstSeq >= beforeSeq) continue;
      if (filter.applicationId !== undefined && !this.shardHas(shard.file, filter.applicationId)) continue;
      if (filter.from !== undefined && shard.lastAt < filter.from) continue;
      if (filter.to !== undefined && shard.firstAt > filter.to) continue;
      take(this.readShard(shard.file));
    }
    return result;
  }

  /** Every event, oldest first, one shard in memory at a time (exports). */
  *iterate(filter: HistoryFilter = {}): Generator<HistoryEvent> {
    for (const shard of this.shards) {
      if (filter.applicationId !== undefined && !this.shardHas(shard.file, filter.applicationId)) continue;
      if (filter.from !== undefined && shard.lastAt < filter.from) continue;
      if (filter.to !== undefined && shard.firstAt > filter.to) continue;
      const events = parseShard(readFileSync(join(this.dir, shard.file), 'utf8'), false).events;
      for (const e of events) if (matches(e, filter)) yield e;
    }
    for (const e of [...this.openEvents()]) if (matches(e, filter)) yield e;
  }

  close(): void {
    if (this.openFd >= 0) closeSync(this.openFd);
    this.openFd = -1;
  }
}
