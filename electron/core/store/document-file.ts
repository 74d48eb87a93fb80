import { createHash } from 'node:crypto';
import { nodeStoreFs, type StoreFs } from './store-fs';
import { writeFileDurable } from './durable-fs';

/**
 * One whole-document JSON file of the store (the snapshot, an archive shard), replaced durably.
 *
 * These used to be written through electron-store / conf (`store = value`). They no longer are:
 * conf's writer (`atomically`) does not retry a short write and renamed a truncated snapshot into
 * place when the disk filled; it falls back to a plain non-atomic `writeFileSync` on EXDEV and
 * under Snap; and every `set` re-reads and re-parses the old file first. We never used conf for
 * reading (damage must be seen, not reset) nor for migrations (ours are pure functions in
 * `migrations/`), so the documents go through the store's one durable-write path instead.
 *
 * Each document carries a checksum of its own JSON, as its last key: one changed digit that still
 * parses (a snapshot's `lastSeq` raised by damage) is seen, not believed.
 *
 * | `checksum` key | verdict    | meaning                                                    |
 * |----------------|------------|------------------------------------------------------------|
 * | matches        | `verified` | the document is exactly as Hearback wrote it               |
 * | absent         | `unsigned` | written before documents carried one: judged by content    |
 * | differs        | `changed`  | changed after it was written: not trusted                  |
 */

export const CHECKSUM_KEY = 'checksum';
export type ChecksumVerdict = 'verified' | 'unsigned' | 'changed';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The document's JSON with its checksum appended as the last key. */
export function signedJson(value: Record<string, unknown>): string {
  const json = JSON.stringify(value);
  if (!json.startsWith('{') || json === '{}') throw new Error('a document must be a non-empty object');
  return `${json.slice(0, -1)},"${CHECKSUM_KEY}":"${sha256(json)}"}`;
}

/** The parsed document without its checksum, and whether the checksum held. */
export function checkSigned(parsed: unknown): { doc: unknown; verdict: ChecksumVerdict } {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !(CHECKSUM_KEY in parsed)) return { doc: parsed, verdict: 'unsigned' };
  const { [CHECKSUM_KEY]: checksum, ...doc } = parsed as Record<string, unknown>;
  return { doc, verdict: checksum === sha256(JSON.stringify(doc)) ? 'verified' : 'changed' };
}

export class DocumentFile {
  constructor(
    readonly dir: string,
    readonly name: string,
    private readonly fs: StoreFs = nodeStoreFs,
  ) {}

  get path(): string {
    return `${this.dir}/${this.name}.json`;
  }

  /** Replaces the document durably; on failure the previous file is left as it was. */
  write(value: Record<string, unknown>): void {
    // Compact: an indented form is ~20% larger to write and read.
    writeFileDurable(this.path, signedJson(value), this.fs);
  }
}
