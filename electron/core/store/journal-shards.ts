import { join } from 'node:path';
import { z } from 'zod';
import type { HistoryEvent } from '../../../shared/domain';
import { writeFileDurable } from './durable-fs';
import { salvageDamagedLine, scanJournal } from './journal-line';
import type { StoreFs } from './store-fs';

/**
 * The history's shard files: names, the summaries in `history/index.json`, the per-shard
 * application lists, and reading a sealed shard (damaged lines skipped and described).
 */

export const SHARD_NAME = /^(\d{6})\.jsonl$/;

const ShardSummarySchema = z
  .object({
    file: z.string(),
    firstSeq: z.number().int(),
    lastSeq: z.number().int(),
    firstAt: z.string(),
    lastAt: z.string(),
  })
  .strict();
export type ShardSummary = z.infer<typeof ShardSummarySchema>;
const IndexSchema = z.object({ version: z.literal(2), shards: z.array(ShardSummarySchema) }).strict();
export const AppsSchema = z.array(z.string());

export function summarise(file: string, events: readonly HistoryEvent[]): ShardSummary {
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
export const appsFileOf = (shardFile: string) => shardFile.replace(/\.jsonl$/, '.apps.json');

export function applicationIdsOf(events: readonly HistoryEvent[]): string[] {
  const ids = new Set<string>();
  for (const e of events) if (e.applicationId) ids.add(e.applicationId);
  return [...ids];
}

/** The events of a sealed shard, skipping damaged lines (reported when they matter: replay). */
export function parseShard(text: string): { events: HistoryEvent[]; damaged: DamagedAction[] } {
  const events: HistoryEvent[] = [];
  const damaged: DamagedAction[] = [];
  for (const line of scanJournal(text).lines) {
    if (line.ok) events.push(...parseAction(line.json));
    else damaged.push(damagedAction(line.raw, events[events.length - 1]?.seq ?? null));
  }
  return { events, damaged };
}

/** A journal line that failed its checksum, with what could be read of it. */
export interface DamagedAction {
  /** The last seq before it (null at the start of a shard). */
  afterSeq: number | null;
  seqs: number[];
  at: string | null;
  summary: string | null;
}

export function damagedAction(raw: string, afterSeq: number | null): DamagedAction {
  return { afterSeq, ...salvageDamagedLine(raw) };
}

/**
 * "“Moved Acme to Offer” (2 Mar 2026, 10:00)", or as much of it as could be read; the time in
 * `timeZone` (the user's setting, else the computer's).
 */
export function describeDamagedAction(action: DamagedAction, timeZone?: string): string {
  const when = action.at ? ` (${formatWhen(action.at, timeZone)})` : '';
  if (action.summary) return `“${action.summary}”${when}`;
  if (action.seqs.length > 0) return `action #${Math.min(...action.seqs)}${when}`;
  return action.afterSeq === null ? `an unreadable action${when}` : `an unreadable action after #${action.afterSeq}${when}`;
}

/** A time as the user reads it: "2 Mar 2026, 10:00" in `timeZone` (the computer's when undefined). */
export function formatWhen(iso: string, timeZone: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
}

export const parseAction = (json: string): HistoryEvent[] => JSON.parse(json) as HistoryEvent[];
export const lastSeqOf = (json: string): number => parseAction(json).at(-1)?.seq ?? 0;

const read = (fs: StoreFs, path: string): string => fs.readFileSync(path).toString('utf8');

/**
 * The sealed shards' summaries from `index.json`, or rebuilt from the shard files (every shard but
 * the newest is sealed) and saved, so a rebuild happens once.
 */
export function readShardIndex(fs: StoreFs, dir: string, files: string[], readOnly: boolean): ShardSummary[] {
  const indexPath = join(dir, 'index.json');
  if (fs.existsSync(indexPath)) {
    try {
      const index = IndexSchema.parse(JSON.parse(read(fs, indexPath)));
      // Trusted only when it lists every shard but (at most) the newest, the open one: an index
      // whose last write was lost would otherwise hide the shards after it.
      const listed = new Set(index.shards.map((s) => s.file));
      const unlisted = files.filter((f) => !listed.has(f));
      const consistent = index.shards.every((s) => files.includes(s.file)) && unlisted.every((f) => f === files[files.length - 1]);
      if (consistent) return index.shards;
    } catch {
      // Fall through: rebuild from the shards themselves.
    }
  }
  // Rebuild: every shard but the newest is sealed. Saved, so this happens once.
  const shards = files.slice(0, -1).flatMap((file) => {
    const { events } = parseShard(read(fs, join(dir, file)));
    return events.length > 0 ? [summarise(file, events)] : [];
  });
  if (shards.length > 0 && !readOnly) {
    try {
      writeFileDurable(indexPath, JSON.stringify({ version: 2, shards }), fs);
    } catch {
      // Not fatal: it is rebuilt again next time.
    }
  }
  return shards;
}
