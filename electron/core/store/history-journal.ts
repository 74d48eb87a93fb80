import { join } from 'node:path';
import type { HistoryEvent } from '../../../shared/domain';
import { copyFileDurable, fsyncDirectory, mkdirDurable, wasRenamed, writeAll, writeFileDurable } from './durable-fs';
import { encodeChecked, encodeJournalLine, jsonOfEncoded, scanJournal, type ScannedLine } from './journal-line';
import { AppsSchema, appsFileOf, applicationIdsOf, damagedAction, lastSeqOf, parseAction, parseShard, readShardIndex, SHARD_NAME, summarise, type DamagedAction, type ShardSummary } from './journal-shards';
import { nodeStoreFs, type StoreFs } from './store-fs';
import { isPermissionError } from './write-failure';
import { HISTORY_DIR } from './store-layout';

/**
 * The append-only history, split in shards of at most `SHARD_EVENTS` action lines
 * (`history/000001.jsonl`, …). Appending touches only the current shard, so a change costs the same
 * with 2,000 or 200,000 events behind it. Sealed shards are summarised in `history/index.json`
 * (seq and time range, applications present) so queries skip shards that cannot match.
 *
 * The journal is also the store's write-ahead log: the snapshot records the last seq it contains,
 * and opening replays what came after.
 */

export const SHARD_EVENTS = 5000;

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

/** What opening the journal found, for the store's notices. */
export interface JournalOpenReport {
  /** `history/` did not exist. */
  folderMissing: boolean;
  /** Damaged lines in the current shard whose actions the snapshot does not hold: lost. */
  lost: DamagedAction[];
  /** Damaged lines the snapshot already holds: history entries gone, data intact. */
  covered: DamagedAction[];
  /** Where the damaged file was copied before it was cleaned (null when read-only). */
  copiedTo: string | null;
}

export class HistoryJournal {
  private readonly dir: string;
  private shards: ShardSummary[] = [];
  private currentFile = '';
  private currentFd = -1;
  /** The current shard's action lines (JSON, checksums verified), at most `shardEvents`. */
  private currentLines: string[] = [];
  /** Their events, parsed on first need. */
  private currentParsed: HistoryEvent[] | null = [];
  /** The last seq in the current shard (0 when it is empty). */
  private currentLastSeq = 0;
  /** Bytes of whole, acknowledged lines in the current shard: where a failed append is cut back to. */
  private currentBytes = 0;
  /**
   * The current shard holds bytes past `currentBytes` that could not be cut off (or its damaged copy
   * could not be replaced): nothing may be appended until `repair` succeeds.
   */
  private repair: (() => void) | null = null;
  /** Why the last repair (or reopening the shard) failed: what a refused append reports. */
  private repairFailure: unknown = null;
  private cache: { file: string; events: HistoryEvent[]; damaged: DamagedAction[] } | null = null;
  private readonly appsCache = new Map<string, Set<string>>();
  private readOnly = false;

  constructor(
    dataDir: string,
    private readonly shardEvents: number = SHARD_EVENTS,
    private readonly fs: StoreFs = nodeStoreFs,
  ) {
    this.dir = join(dataDir, HISTORY_DIR);
  }

  /** The last seq on disk (0 when empty). */
  get lastSeq(): number {
    return this.currentLastSeq || (this.shards[this.shards.length - 1]?.lastSeq ?? 0);
  }

  /** Whether appends wait for a repair (see `repair`). */
  get needsRepair(): boolean {
    return this.repair !== null;
  }

  private read(path: string): string {
    return this.fs.readFileSync(path).toString('utf8');
  }

  private currentEvents(): HistoryEvent[] {
    this.currentParsed ??= this.currentLines.flatMap(parseAction);
    return this.currentParsed;
  }

  /**
   * Reads the shards and cleans the open one: a torn final write is cut off; damaged lines are
   * dropped (the file copied aside first) and every good line after them kept. `snapshotSeq`
   * tells which damaged lines cost nothing (the snapshot already holds their actions).
   */
  open(readOnly: boolean, now: () => Date, snapshotSeq: number): JournalOpenReport {
    this.readOnly = readOnly;
    const report: JournalOpenReport = { folderMissing: !this.fs.existsSync(this.dir), lost: [], covered: [], copiedTo: null };
    if (!readOnly) this.unlessDenied(() => mkdirDurable(this.dir, this.fs));
    const files = report.folderMissing
      ? []
      : this.fs
          .readdirSync(this.dir)
          .filter((f) => SHARD_NAME.test(f))
          .sort();
    this.shards = readShardIndex(this.fs, this.dir, files, this.readOnly);
    const currentFile = files.find((f) => !this.shards.some((s) => s.file === f)) ?? null;
    if (currentFile === null) {
      // A permission error surfaces here (the store opens read-only); others wait for the next append.
      this.startShard(true);
      return report;
    }
    this.currentFile = currentFile;
    const path = join(this.dir, currentFile);
    const text = this.read(path);
    const scanned = scanJournal(text);
    const sealedSeq: number | null = this.shards[this.shards.length - 1]?.lastSeq ?? null;
    const damaged: DamagedAction[] = [];
    const good: string[] = [];
    for (let i = 0; i < scanned.lines.length; i++) {
      const line = scanned.lines[i]!;
      if (line.ok) {
        good.push(line.json);
        continue;
      }
      // Parsed only here: opening an undamaged shard parses nothing but its last line.
      const previous = good[good.length - 1];
      const action = damagedAction(line.raw, previous === undefined ? sealedSeq : lastSeqOf(previous));
      const next = scanned.lines.slice(i + 1).find((l): l is Extract<ScannedLine, { ok: true }> => l.ok);
      // Its actions end before the next good line's first seq (or at the seqs still readable in it).
      const endsBefore = next ? (parseAction(next.json)[0]?.seq ?? 0) - 1 : action.seqs.length > 0 ? Math.max(...action.seqs) : Number.POSITIVE_INFINITY;
      (endsBefore <= snapshotSeq ? report.covered : report.lost).push(action);
      damaged.push(action);
    }
    this.currentLines = good;
    this.currentParsed = null;
    this.currentLastSeq = good.length === 0 ? 0 : lastSeqOf(good[good.length - 1]!);
    this.currentBytes = scanned.lines.reduce((sum, line) => (line.ok ? sum + line.bytes : sum), 0);
    if (readOnly) return report;
    if (damaged.length > 0) {
      const copiedTo = `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
      const copy = () => copyFileDurable(path, copiedTo, this.fs);
      let copied = this.unlessDenied(copy);
      if (copied) report.copiedTo = copiedTo;
      // Only whole lines go back: the damaged ones are in the copy, the good ones stay readable.
      this.repair = () => {
        if (!copied) copied = (copy(), true);
        writeFileDurable(path, good.map(encodeChecked).join(''), this.fs);
      };
    } else if (scanned.tornTailBytes > 0) {
      // An unfinished final line was never acknowledged: cut it off so appends start clean.
      this.repair = () => this.truncateOpenShard();
    }
    // On a full or failing disk the store still opens: appends clean up first (see `runRepair`).
    this.unlessDenied(() => this.openForAppend());
    this.runRepair();
    return report;
  }

  /**
   * Runs a write at open: a permission error is rethrown (the store then opens read-only);
   * any other failure (full disk, I/O error) is left for the next append to retry. True if it ran.
   */
  private unlessDenied(write: () => void): boolean {
    try {
      write();
      return true;
    } catch (error) {
      if (isPermissionError(error)) throw error;
      return false;
    }
  }

  /** Cuts the current shard back to its last whole line and makes that durable. */
  private truncateOpenShard(): void {
    this.fs.ftruncateSync(this.currentFd, this.currentBytes);
    this.fs.fsyncSync(this.currentFd);
  }

  /** Opens the shard for appending and runs the pending repair; true when appends may go ahead. */
  runRepair(): boolean {
    if (this.readOnly) return false;
    try {
      if (this.currentFd < 0) this.openForAppend();
      for (let attempt = 0; this.repair !== null; attempt++) {
        if (attempt === 2) throw Object.assign(new Error(`${this.currentFile} could not be cleaned up`), { code: 'EIO' });
        this.repair();
        this.repair = null;
        // A rewritten file is a new inode: append to it, not to the old one (and check its size).
        this.fs.closeSync(this.currentFd);
        this.currentFd = -1;
        this.openForAppend();
      }
      this.repairFailure = null;
      return true;
    } catch (error) {
      this.repairFailure = error;
      return false;
    }
  }

  /** Opens the shard for appending; bytes past the last whole line are cut off first (a repair). */
  private openForAppend(): void {
    const path = join(this.dir, this.currentFile);
    const existed = this.fs.existsSync(path);
    if (!existed) mkdirDurable(this.dir, this.fs);
    this.currentFd = this.fs.openSync(path, 'a', 0o600);
    if (!existed) fsyncDirectory(this.dir, this.fs);
    if (this.fs.fstatSize(this.currentFd) !== this.currentBytes) this.repair ??= () => this.truncateOpenShard();
  }

  /** Starts the next shard file; when it cannot be created, the next append tries again. */
  private startShard(atOpen = false): void {
    const number = this.shards.length === 0 ? 1 : Number(SHARD_NAME.exec(this.shards[this.shards.length - 1]!.file)![1]) + 1;
    this.currentFile = `${String(number).padStart(6, '0')}.jsonl`;
    this.currentLines = [];
    this.currentParsed = [];
    this.currentLastSeq = 0;
    this.currentBytes = 0;
    this.currentFd = -1;
    if (this.readOnly) return;
    try {
      this.openForAppend();
    } catch (error) {
      if (this.currentFd >= 0) this.fs.closeSync(this.currentFd);
      this.currentFd = -1;
      if (atOpen && isPermissionError(error)) throw error;
    }
  }

  /** Actions the current shard takes before it is sealed (at least one). */
  get room(): number {
    return Math.max(1, this.shardEvents - this.currentLines.length);
  }

  /**
   * Appends actions durably, a line each, in one write and one fsync: all acknowledged or none (a
   * failure cuts the shard back to its last whole line, else `needsRepair` holds appends). At most `room`.
   */
  appendActions(actions: readonly (readonly HistoryEvent[])[]): void {
    if (this.readOnly) throw new Error('journal is open read-only');
    if (actions.length > this.room) throw new Error('more actions than the history shard has room for');
    if (!this.runRepair()) throw this.repairFailure;
    const lines = actions.map((events) => encodeJournalLine(events));
    const bytes = Buffer.from(lines.join(''), 'utf8');
    try {
      writeAll(this.fs, this.currentFd, bytes, this.currentFile);
      this.fs.fsyncSync(this.currentFd);
    } catch (error) {
      this.repair = () => this.truncateOpenShard();
      this.runRepair();
      throw error;
    }
    this.currentBytes += bytes.length;
    this.currentLines.push(...lines.map(jsonOfEncoded));
    this.currentParsed?.push(...actions.flat());
    this.currentLastSeq = actions.flat().at(-1)?.seq ?? this.currentLastSeq;
    if (this.currentLines.length >= this.shardEvents) this.seal();
  }

  /**
   * Closes the full shard. Never throws: the action that filled it is already acknowledged, so a
   * failure here (a full disk) leaves the shard open and the next append tries again.
   */
  private seal(): void {
    const events = this.currentEvents();
    const summary = summarise(this.currentFile, events);
    // Once the new index is in place (even if its folder fsync failed) the shard is sealed: no
    // line may follow what the index says it holds. Before that, the shard simply stays open.
    const written = (path: string, text: string) => {
      try {
        writeFileDurable(path, text, this.fs);
        return true;
      } catch (error) {
        return wasRenamed(error);
      }
    };
    if (!written(join(this.dir, appsFileOf(this.currentFile)), JSON.stringify(applicationIdsOf(events)))) return;
    if (!written(join(this.dir, 'index.json'), JSON.stringify({ version: 2, shards: [...this.shards, summary] }))) return;
    this.shards.push(summary);
    this.fs.closeSync(this.currentFd);
    this.startShard();
  }

  private shardHas(file: string, applicationId: string): boolean {
    let ids = this.appsCache.get(file);
    if (!ids) {
      const path = join(this.dir, appsFileOf(file));
      let list: string[] | null = null;
      try {
        list = AppsSchema.parse(JSON.parse(this.read(path)));
      } catch {
        // Missing or damaged: derived data, rebuilt from the shard.
        list = applicationIdsOf(this.readShard(file).events);
        try {
          if (!this.readOnly) writeFileDurable(path, JSON.stringify(list), this.fs);
        } catch {
          // Not fatal: rebuilt again next time.
        }
      }
      ids = new Set(list);
      this.appsCache.set(file, ids);
    }
    return ids.has(applicationId);
  }

  /**
   * Events with seq > `afterSeq`, oldest first (the write-ahead tail), and the damaged lines in
   * sealed shards that held actions after `afterSeq` (those cannot be replayed).
   */
  eventsAfter(afterSeq: number): { events: HistoryEvent[]; lost: DamagedAction[] } {
    const events: HistoryEvent[] = [];
    const lost: DamagedAction[] = [];
    for (const shard of this.shards) {
      if (shard.lastSeq <= afterSeq) continue;
      const read = this.readShard(shard.file);
      events.push(...read.events.filter((e) => e.seq > afterSeq));
      lost.push(...read.damaged.filter((d) => (d.afterSeq ?? 0) >= afterSeq || d.seqs.some((seq) => seq > afterSeq)));
    }
    // The current shard from its end: usually nothing (the snapshot is recent), never a full parse.
    const tail: HistoryEvent[][] = [];
    for (let i = this.currentLines.length - 1; i >= 0; i--) {
      const action = parseAction(this.currentLines[i]!);
      if ((action[action.length - 1]?.seq ?? 0) <= afterSeq) break;
      tail.push(action.filter((e) => e.seq > afterSeq));
    }
    events.push(...tail.reverse().flat());
    return { events, lost };
  }

  private readShard(file: string): { events: HistoryEvent[]; damaged: DamagedAction[] } {
    if (this.cache?.file === file) return this.cache;
    const read = parseShard(this.read(join(this.dir, file)));
    this.cache = { file, ...read };
    return this.cache;
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
    take(this.currentEvents());
    for (let i = this.shards.length - 1; i >= 0 && result.length < limit; i--) {
      const shard = this.shards[i]!;
      if (shard.firstSeq >= beforeSeq) continue;
      if (filter.applicationId !== undefined && !this.shardHas(shard.file, filter.applicationId)) continue;
      if (filter.from !== undefined && shard.lastAt < filter.from) continue;
      if (filter.to !== undefined && shard.firstAt > filter.to) continue;
      take(this.readShard(shard.file).events);
    }
    return result;
  }

  /** Every event, oldest first, one shard in memory at a time (exports). */
  *iterate(filter: HistoryFilter = {}): Generator<HistoryEvent> {
    for (const shard of this.shards) {
      if (filter.applicationId !== undefined && !this.shardHas(shard.file, filter.applicationId)) continue;
      if (filter.from !== undefined && shard.lastAt < filter.from) continue;
      if (filter.to !== undefined && shard.firstAt > filter.to) continue;
      const events = parseShard(this.read(join(this.dir, shard.file))).events;
      for (const e of events) if (matches(e, filter)) yield e;
    }
    for (const e of [...this.currentEvents()]) if (matches(e, filter)) yield e;
  }

  close(): void {
    if (this.currentFd >= 0) this.fs.closeSync(this.currentFd);
    this.currentFd = -1;
  }
}
