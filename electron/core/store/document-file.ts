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
 */
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
    writeFileDurable(this.path, JSON.stringify(value), this.fs);
  }
}
