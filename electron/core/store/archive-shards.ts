import { join } from 'node:path';
import { checkSigned, DocumentFile } from './document-file';
import { mkdirDurable, renameDurable } from './durable-fs';
import type { StoreFs } from './store-fs';
import { emptyRecordSet, recordSetFrom, recordSetToDoc, type RecordSet } from './records';
import { ArchiveShardSchema, CURRENT_SCHEMA_VERSION } from './snapshot-schema';
import { ARCHIVE_DIR } from './store-layout';

/**
 * Archived applications live apart from the active set, in `ARCHIVE_SHARDS` files chosen by a hash
 * of the application id. None is read at open; a shard is loaded the first time something touches
 * one of its applications, so years of archived applications cost nothing on a card move.
 */

export const ARCHIVE_SHARDS = 16;

export function archiveShardOf(applicationId: string): number {
  // FNV-1a: stable across runs and platforms.
  let hash = 0x811c9dc5;
  for (let i = 0; i < applicationId.length; i++) {
    hash ^= applicationId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % ARCHIVE_SHARDS;
}

export interface ArchiveProblem {
  shard: number;
  movedTo: string;
  reason: string;
}

export class ArchiveShards {
  private readonly loaded = new Map<number, RecordSet>();
  private readonly dirty = new Set<number>();
  private readonly files = new Map<number, DocumentFile>();
  private readonly dir: string;
  /** Called when a shard turns out to be damaged: refill `set` (e.g. from the history). */
  onDamaged: (problem: ArchiveProblem, set: RecordSet) => void = () => {};

  constructor(
    dataDir: string,
    private readonly fs: StoreFs,
    private readonly now: () => string,
  ) {
    this.dir = join(dataDir, ARCHIVE_DIR);
  }

  private fileOf(shard: number): DocumentFile {
    let file = this.files.get(shard);
    if (!file) {
      file = new DocumentFile(this.dir, `shard-${String(shard).padStart(2, '0')}`, this.fs);
      this.files.set(shard, file);
    }
    return file;
  }

  /** The shard holding `applicationId` (loading it on first use). */
  shardFor(applicationId: string): RecordSet {
    return this.load(archiveShardOf(applicationId));
  }

  load(shard: number): RecordSet {
    const cached = this.loaded.get(shard);
    if (cached) return cached;
    const path = this.fileOf(shard).path;
    let set = emptyRecordSet();
    if (this.fs.existsSync(path)) {
      // A read error (permission, I/O) propagates: only content that fails to parse is damage.
      const text = this.fs.readFileSync(path).toString('utf8');
      const parsed = (() => {
        try {
          const { doc, verdict } = checkSigned(JSON.parse(text));
          return verdict === 'changed' ? null : ArchiveShardSchema.safeParse(doc);
        } catch {
          return null;
        }
      })();
      if (parsed?.success) {
        set = recordSetFrom(parsed.data);
      } else {
        // Moved aside, never deleted; the store rebuilds the shard from the history.
        const movedTo = `${path}.damaged-${this.now().replace(/[:.]/g, '-')}`;
        renameDurable(path, movedTo, this.fs);
        this.loaded.set(shard, set);
        this.onDamaged({ shard, movedTo, reason: parsed ? 'invalid records' : 'not valid JSON, or changed after it was saved' }, set);
        this.dirty.add(shard);
        return set;
      }
    }
    this.loaded.set(shard, set);
    return set;
  }

  markDirty(applicationId: string): void {
    this.dirty.add(archiveShardOf(applicationId));
  }

  loadAll(): RecordSet[] {
    const sets: RecordSet[] = [];
    for (let shard = 0; shard < ARCHIVE_SHARDS; shard++) sets.push(this.load(shard));
    return sets;
  }

  /** Writes every changed shard; `lastSeq` is the history position they now include. */
  flush(lastSeq: number): void {
    if (this.dirty.size === 0) return;
    // Durable before the shards, and so before the snapshot that no longer holds their applications.
    mkdirDurable(this.dir, this.fs);
    for (const shard of this.dirty) {
      const set = this.loaded.get(shard);
      if (!set) continue;
      this.fileOf(shard).write({ schemaVersion: CURRENT_SCHEMA_VERSION, lastSeq, ...recordSetToDoc(set) });
    }
    this.dirty.clear();
  }
}
